import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocumentFile, exportManualFile, exportRegisterFile } from '../../../../../src-main/services/export/export-service';
import { ProjectStore } from '../../../../../src-main/services/project-store';
import { UTF8_BOM } from '../../../../../src-shared/export/register-csv';
import { bodyParagraphs, mammothHtml, partsText, readPackage, wElements, wText } from '../../../../support/docx-package';
import { REPO_ROOT } from '../../../../support/paths';
import { openSampleStore, storeOptions } from '../../../../support/sample-store';
import { useTempDirs } from '../../../../support/temp-dir';

/** The rows of the n-th table of the body, as cell texts. */
function tableRows(pkg: ReturnType<typeof readPackage>, index: number): string[][] {
  const table = wElements(pkg.xml('word/document.xml'), 'tbl')[index];
  return wElements(table as never, 'tr').map((row) => wElements(row, 'tc').map((cell) => wText(cell)));
}

const allText = (pkg: ReturnType<typeof readPackage>) =>
  [...partsText(pkg, 'word/header'), ...bodyParagraphs(pkg).map((p) => p.text), ...partsText(pkg, 'word/footer')].join('\n');

describe('exporting from a project', { timeout: 60_000 }, () => {
  const tempDir = useTempDirs();

  it('exports the working draft of a document in review: DRAFT, not yet approved, its history with the draft last', async () => {
    const { store } = await openSampleStore(await tempDir());
    try {
      const exported = await exportDocumentFile(store, { id: 'PRO-001', approved: false, includeGuidance: false });
      expect(exported.fileName).toBe('PRO-001 Control of Documented Information rev 2.docx');
      const pkg = readPackage(exported.bytes);
      expect(allText(pkg)).toContain('DRAFT');
      expect(tableRows(pkg, 0)[3]).toEqual(['Approved by', 'Not yet approved', 'Approval date', 'Not yet approved']);
      expect(tableRows(pkg, 1)).toEqual([
        ['Revision', 'Date', 'Description of change', 'Approved by'],
        ['1', '2025-06-12', expect.any(String), 'Elaine Marsh'],
        ['2 (draft)', '', expect.any(String), 'Not yet approved'],
      ]);
      // The logo from the profile, in the header.
      expect(Object.keys(pkg.parts).some((name) => /^word\/_rels\/header\d*\.xml\.rels$/.test(name))).toBe(true);
      const headerRels = Object.entries(pkg.parts).find(([name]) => name.startsWith('word/_rels/header'))?.[1] ?? '';
      expect(headerRels).toMatch(/Target="media\/[^"]+\.png"/);
    } finally {
      await store.close();
    }
  });

  it('exports the approved revision in force from its snapshot, without DRAFT', async () => {
    const { store } = await openSampleStore(await tempDir());
    try {
      const working = await store.readDocument('PRO-001');
      const exported = await exportDocumentFile(store, { id: 'PRO-001', approved: true, includeGuidance: false });
      expect(exported.fileName).toBe('PRO-001 Control of Documented Information rev 1.docx');
      const pkg = readPackage(exported.bytes);
      expect(allText(pkg)).not.toContain('DRAFT');
      expect(tableRows(pkg, 0)[3]).toEqual(['Approved by', 'Elaine Marsh', 'Approval date', working.meta.effective?.approvedOn]);
      expect(tableRows(pkg, 1).map((row) => row[0])).toEqual(['Revision', '1']);
    } finally {
      await store.close();
    }
  });

  it('refuses an unknown document, an approved revision that does not exist and an altered snapshot, naming each', async () => {
    const { dir, store } = await openSampleStore(await tempDir());
    try {
      await expect(exportDocumentFile(store, { id: 'PRO-009', approved: false, includeGuidance: false })).rejects.toThrow(
        'There is no document PRO-009 in this project.',
      );
      await expect(exportDocumentFile(store, { id: 'PRO-002', approved: true, includeGuidance: false })).rejects.toThrow(
        /PRO-002 has no approved revision yet/,
      );
      const snapshot = join(dir, 'revisions', 'PRO-001', '1.json');
      await writeFile(snapshot, (await readFile(snapshot, 'utf8')).replace('Purpose', 'Porpoise'));
      await expect(exportDocumentFile(store, { id: 'PRO-001', approved: true, includeGuidance: false })).rejects.toThrow(
        /approved copy of PRO-001 revision 1 cannot be used: .*altered/,
      );
    } finally {
      await store.close();
    }
  });

  it('refuses a document whose content fails its schema, naming the file', async () => {
    const { dir, store } = await openSampleStore(await tempDir());
    try {
      const file = join(dir, 'documents', 'PRO-002.json');
      const json = JSON.parse(await readFile(file, 'utf8'));
      json.content.root.children.push({ type: 'table', version: 1, children: [{ type: 'paragraph', version: 1, children: [] }] });
      await writeFile(file, JSON.stringify(json));
      await expect(exportDocumentFile(store, { id: 'PRO-002', approved: false, includeGuidance: false })).rejects.toThrow(
        /documents\/PRO-002\.json is damaged/,
      );
    } finally {
      await store.close();
    }
  });

  it('exports the manual of every document in force, manual and policies first, with progress', async () => {
    const { store } = await openSampleStore(await tempDir());
    try {
      const phases: string[] = [];
      const exported = await exportManualFile(store, {}, (progress) =>
        phases.push(`${progress.phase} ${progress.done}/${progress.total}`),
      );
      expect(exported.documents).toBe(3);
      expect(phases).toEqual([
        'reading 0/3',
        'reading 1/3',
        'reading 2/3',
        'building 1/3',
        'building 2/3',
        'building 3/3',
        'writing 3/3',
      ]);
      const pkg = readPackage(exported.bytes);
      const titles = bodyParagraphs(pkg)
        .filter((p) => p.style === 'Heading1')
        .map((p) => p.text);
      expect(titles).toEqual([
        'POL-001  Quality Policy',
        'POL-002  Scope of the Quality Management System',
        'PRO-001  Control of Documented Information',
      ]);
      expect(allText(pkg)).not.toContain('DRAFT');
      const { html } = await mammothHtml(exported.bytes);
      expect(html).toContain('Harrow Precision Components');
    } finally {
      await store.close();
    }
  });

  it('exports a chosen set in the chosen order, a never-approved document as its draft, and refuses unknown or repeated ones', async () => {
    const { store } = await openSampleStore(await tempDir());
    try {
      const exported = await exportManualFile(store, { ids: ['PRO-002', 'POL-001'] });
      const pkg = readPackage(exported.bytes);
      expect(
        bodyParagraphs(pkg)
          .filter((p) => p.style === 'Heading1')
          .map((p) => p.text),
      ).toEqual(['PRO-002  Nonconformity and Corrective Action', 'POL-001  Quality Policy']);
      expect(partsText(pkg, 'word/header').filter((header) => header.includes('DRAFT'))).toHaveLength(1);
      expect(exported.warnings).toContain(
        'PRO-002: never approved, so it is in the manual as its draft revision 1, marked DRAFT.',
      );
      await expect(exportManualFile(store, { ids: ['POL-001', 'PRO-404'] })).rejects.toThrow(
        'There is no document PRO-404 in this project.',
      );
      await expect(exportManualFile(store, { ids: ['POL-001', 'POL-001'] })).rejects.toThrow(
        'POL-001 is listed twice for the manual.',
      );
    } finally {
      await store.close();
    }
  });

  it('exports the master document list as a Word table and as CSV', async () => {
    const { store } = await openSampleStore(await tempDir());
    try {
      const word = await exportRegisterFile(store, 'docx');
      expect(word.fileName).toBe(`Harrow Precision Components master document list ${store.today()}.docx`);
      const pkg = readPackage(word.bytes);
      const rows = tableRows(pkg, 0);
      expect(rows.map((row) => row[0])).toEqual(['Number', 'POL-001', 'POL-002', 'PRO-001', 'PRO-002']);
      expect(rows[3]).toContain('In review (revision 2)');
      expect(wElements(wElements(pkg.xml('word/document.xml'), 'tr')[0] as never, 'tblHeader')).toHaveLength(1);
      const sheet = wElements(pkg.xml('word/document.xml'), 'pgSz')[0];
      expect(sheet?.getAttribute('w:orient')).toBe('landscape');
      // Landscape A4: wider than tall.
      expect([sheet?.getAttribute('w:w'), sheet?.getAttribute('w:h')]).toEqual(['16838', '11906']);

      const csv = await exportRegisterFile(store, 'csv');
      expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
      expect(text.startsWith(UTF8_BOM)).toBe(true);
      expect(text.split('\r\n')[3]).toMatch(
        /^PRO-001,Control of Documented Information,Procedure,1,In review \(revision 2\),Tom Okafor,/,
      );
    } finally {
      await store.close();
    }
  });

  it('shows a profile fact nobody filled in as [Label], warns about it, and leaves guidance out', async () => {
    const { dir, store } = await openSampleStore(await tempDir());
    try {
      const projectFile = join(dir, 'qms-project.json');
      const project = JSON.parse(await readFile(projectFile, 'utf8'));
      project.organization.strategicDirection = '';
      await writeFile(projectFile, JSON.stringify(project));
      const created = await store.createDocument({ templateId: 'quality-policy', by: 'Tom Okafor' });
      const exported = await exportDocumentFile(store, { id: created.meta.id, approved: false, includeGuidance: false });
      const { html } = await mammothHtml(exported.bytes);
      expect(html).toContain('[Strategic direction]');
      expect(html).toContain('Harrow Precision Components');
      expect(html).not.toMatch(/\{\{|Guidance:/);
      expect(exported.warnings).toContain(
        `${created.meta.id}: no value for Strategic direction, shown as [Strategic direction]; fill it in the project profile.`,
      );
      // The template's own sentences are still there: the tailoring warning says so.
      expect(exported.warnings.some((w) => w.startsWith(`${created.meta.id}: `) && !w.includes('no value for'))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('exports without a logo or house style the profile names but that cannot be read, saying which and why', async () => {
    const { dir, store } = await openSampleStore(await tempDir());
    try {
      await rm(join(dir, 'assets', 'logo.png'));
      const projectFile = join(dir, 'qms-project.json');
      const project = JSON.parse(await readFile(projectFile, 'utf8'));
      project.export = { pageSize: 'A4', houseStyle: 'assets/house-style.docx' };
      await writeFile(projectFile, JSON.stringify(project));
      const exported = await exportDocumentFile(store, { id: 'POL-001', approved: false, includeGuidance: false });
      expect(exported.warnings.slice(0, 2)).toEqual([
        expect.stringMatching(
          /^The logo assets\/logo\.png named in the profile cannot be read \(.*\)\. The export has no logo\.$/,
        ),
        expect.stringMatching(
          /^The house style assets\/house-style\.docx named in the profile cannot be read \(.*\)\. The export uses the built-in styles\.$/,
        ),
      ]);
      const pkg = readPackage(exported.bytes);
      const headerRels = Object.entries(pkg.parts).filter(([name]) => name.startsWith('word/_rels/header'));
      expect(headerRels.map(([, xml]) => xml).join('')).not.toContain('media/');
      expect(allText(pkg)).toContain('Harrow Precision Components');
    } finally {
      await store.close();
    }
  });
});

describe('exporting a project from before approved copies were kept', { timeout: 60_000 }, () => {
  const tempDir = useTempDirs();

  it('takes an approved revision from the document itself, and a later draft into the manual marked DRAFT, saying why', async () => {
    const dir = join(await tempDir(), 'old');
    await cp(join(REPO_ROOT, 'test', 'fixtures', 'schema-v1'), dir, { recursive: true });
    const store = await ProjectStore.open(dir, storeOptions({ readOnly: true }));
    try {
      const policy = readPackage(
        (await exportDocumentFile(store, { id: 'POL-001', approved: true, includeGuidance: false })).bytes,
      );
      expect(allText(policy)).not.toContain('DRAFT');
      await expect(exportDocumentFile(store, { id: 'PRO-001', approved: true, includeGuidance: false })).rejects.toThrow(
        'PRO-001 revision 1 was approved before approved copies were kept, and a later revision has been started since: its text is no longer in the project.',
      );
      const manual = await exportManualFile(store, {});
      expect(manual.documents).toBe(2);
      expect(manual.warnings).toContain(
        'PRO-001 revision 1 was approved before approved copies were kept, and a later revision has been started since: its text is no longer in the project. The manual has its draft revision 2, marked DRAFT.',
      );
    } finally {
      await store.close();
    }
  });
});
