import { describe, expect, it } from 'vitest';
import { field } from '../../../../../src-shared/editor/nodes/field';
import { guidance } from '../../../../../src-shared/editor/nodes/guidance';
import { heading } from '../../../../../src-shared/editor/nodes/heading';
import { paragraph } from '../../../../../src-shared/editor/nodes/paragraph';
import { documentContent } from '../../../../../src-shared/editor/nodes/root';
import { textNode } from '../../../../../src-shared/editor/nodes/text';
import { documentExport } from '../../../../../src-shared/export/docx/document-export';
import { CONTROL_BLOCK_HEADING } from '../../../../../src-shared/export/docx/furniture/control-block';
import { UNCONTROLLED } from '../../../../../src-shared/export/docx/furniture/control-text';
import { REVISION_HISTORY_HEADING } from '../../../../../src-shared/export/docx/furniture/revision-history';
import type { ExportDocument } from '../../../../../src-shared/export/export-model';
import type { DocumentMeta } from '../../../../../src-shared/project/schema';
import {
  bodyParagraphs,
  mammothHtml,
  packWord,
  partsText,
  TEST_PROJECT,
  wElements,
  wText,
} from '../../../../support/docx-package';
import { sampleMeta } from '../../../../support/sample-meta';

const APPROVED: DocumentMeta = sampleMeta('PRO-002', {
  title: 'Nonconformity and Corrective Action',
  status: 'approved',
  revision: '3',
  reviewer: 'Priya Raman',
  nextReviewDate: '2027-03-02',
  effective: {
    revision: '3',
    approvedBy: 'Elaine Marsh',
    approvedOn: '2026-02-26',
    effectiveDate: '2026-03-02',
    selfApproved: false,
    changeSummary: 'Root-cause step added.',
    contentHash: null,
  },
});

const CONTENT = documentContent([
  heading('h1', [textNode('Purpose')]),
  paragraph([textNode('This procedure applies at '), field('organization.name'), textNode('.')]),
  guidance([paragraph([textNode('Name who decides on rework.')])]),
]);

function exportDoc(
  meta: DocumentMeta,
  source: ExportDocument['source'] = 'working',
  revisions: ExportDocument['revisions'] = [],
) {
  return documentExport({ meta, content: CONTENT, source, revisions }, TEST_PROJECT);
}

/** The text of every table cell of the body, by row. */
function tableRows(pkg: Awaited<ReturnType<typeof packWord>>, index: number): string[][] {
  const table = wElements(pkg.xml('word/document.xml'), 'tbl')[index];
  return wElements(table as never, 'tr').map((row) => wElements(row, 'tc').map((cell) => wText(cell)));
}

describe('one document as a Word file', () => {
  it('opens with the title in Title style, then the control block, the revision history and the content', async () => {
    const pkg = await packWord(exportDoc(APPROVED).file);
    const paragraphs = bodyParagraphs(pkg).filter((p) => p.text);
    expect(paragraphs[0]).toMatchObject({ style: 'Title', text: 'Nonconformity and Corrective Action' });
    const order = paragraphs.map((p) => p.text);
    expect(order.indexOf(CONTROL_BLOCK_HEADING)).toBeLessThan(order.indexOf(REVISION_HISTORY_HEADING));
    expect(order.indexOf(REVISION_HISTORY_HEADING)).toBeLessThan(order.indexOf('Purpose'));
    expect(order).toContain('This procedure applies at Harrow Precision Components.');
  });

  it('fills the control block of an approved revision with its approval', async () => {
    const pkg = await packWord(exportDoc(APPROVED).file);
    expect(tableRows(pkg, 0)).toEqual([
      ['Document number', 'PRO-002', 'Revision', '3'],
      ['Status', 'Approved', 'Owner', 'Tom Okafor'],
      ['Author', 'Tom Okafor', 'Reviewer', 'Priya Raman'],
      ['Approved by', 'Elaine Marsh', 'Approval date', '2026-02-26'],
      ['Effective date', '2026-03-02', 'Next review', '2027-03-02'],
    ]);
  });

  it('says a draft is not yet approved, without borrowing the approval of the revision in force', async () => {
    const draft = { ...APPROVED, status: 'draft' as const, revision: '4', reviewer: '' };
    const pkg = await packWord(exportDoc(draft).file);
    const rows = tableRows(pkg, 0);
    expect(rows[1]).toEqual(['Status', 'Draft', 'Owner', 'Tom Okafor']);
    expect(rows[2]).toEqual(['Author', 'Tom Okafor', 'Reviewer', 'Not assigned']);
    expect(rows[3]).toEqual(['Approved by', 'Not yet approved', 'Approval date', 'Not yet approved']);
    const text = bodyParagraphs(pkg).map((p) => p.text);
    expect(text).toContain('Draft: revision 4 is not approved and not in force. Revision 3 remains in force.');
  });

  it('writes the revision history rows it is given, the draft last', async () => {
    const pkg = await packWord(
      exportDoc({ ...APPROVED, status: 'in-review', revision: '4', changeSummary: 'Supplier returns added.' }, 'working', [
        { revision: '3', date: '2026-02-26', description: 'Root-cause step added.', approvedBy: 'Elaine Marsh' },
        { revision: '4', date: null, description: 'Supplier returns added.', approvedBy: null },
      ]).file,
    );
    expect(tableRows(pkg, 1)).toEqual([
      ['Revision', 'Date', 'Description of change', 'Approved by'],
      ['3', '2026-02-26', 'Root-cause step added.', 'Elaine Marsh'],
      ['4 (draft)', '', 'Supplier returns added.', 'Not yet approved'],
    ]);
    const header = wElements(wElements(pkg.xml('word/document.xml'), 'tbl')[1] as never, 'tr')[0];
    expect(wElements(header as never, 'tblHeader')).toHaveLength(1);
  });

  it('puts the organization and title in the header and number, revision, effective date, Page X of Y and the notice in the footer', async () => {
    const pkg = await packWord(exportDoc(APPROVED).file);
    const [header] = partsText(pkg, 'word/header');
    const footer = partsText(pkg, 'word/footer').join('\n');
    expect(header?.split('Harrow Precision Components')).toHaveLength(2);
    expect(header).toContain('Nonconformity and Corrective Action');
    expect(footer).toContain('PRO-002   Revision 3   Effective: 2026-03-02');
    expect(footer).toContain(UNCONTROLLED);
    const footerXml = Object.entries(pkg.parts).find(([name]) => name.startsWith('word/footer'))?.[1] ?? '';
    expect(footerXml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footerXml).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
  });

  it('marks DRAFT on every page exactly when the copy is not approved', async () => {
    const marked = async (meta: DocumentMeta, source: ExportDocument['source'] = 'working') => {
      const pkg = await packWord(exportDoc(meta, source).file);
      return [...partsText(pkg, 'word/header'), ...partsText(pkg, 'word/footer'), ...bodyParagraphs(pkg).map((p) => p.text)]
        .join('\n')
        .includes('DRAFT');
    };
    expect(await marked(APPROVED)).toBe(false);
    expect(await marked({ ...APPROVED, status: 'draft', revision: '4' })).toBe(true);
    expect(await marked({ ...APPROVED, status: 'in-review', revision: '4' })).toBe(true);
    // The revision in force, exported from its snapshot while a draft is under way.
    expect(await marked({ ...APPROVED, status: 'approved' }, 'approved')).toBe(false);
  });

  it('marks an obsolete document OBSOLETE on every page, and says it must not be used', async () => {
    const pkg = await packWord(exportDoc({ ...APPROVED, status: 'obsolete' }, 'approved').file);
    expect(partsText(pkg, 'word/header').join(' ')).toContain('OBSOLETE: not in force');
    expect(bodyParagraphs(pkg).map((p) => p.text)).toContain('Obsolete: PRO-002 is withdrawn and must not be used.');
  });

  it('reads back in mammoth with the heading, the field resolved and no guidance', async () => {
    const { file, warnings } = exportDoc(APPROVED);
    const { html } = await mammothHtml((await packWord(file)).bytes);
    expect(html).toContain('<h1>Purpose</h1>');
    expect(html).toContain('This procedure applies at Harrow Precision Components.');
    expect(html).not.toContain('Name who decides on rework');
    expect(html).not.toContain('{{');
    expect(warnings).toEqual([]);
  });

  it('includes the guidance, marked, in a review copy and says so in the warnings', async () => {
    const { file, warnings } = documentExport(
      { meta: APPROVED, content: CONTENT, source: 'working', revisions: [] },
      TEST_PROJECT,
      {
        includeGuidance: true,
      },
    );
    const text = bodyParagraphs(await packWord(file)).map((p) => p.text);
    expect(text).toContain('Name who decides on rework.');
    expect(warnings).toEqual(['PRO-002: a review copy: guidance for the author is included, marked as such.']);
  });

  it('sets the page size from the profile: A4 by default, Letter when chosen', async () => {
    const size = async (pageSize: 'A4' | 'Letter') => {
      const pkg = await packWord(
        documentExport({ meta: APPROVED, content: CONTENT, source: 'working', revisions: [] }, { ...TEST_PROJECT, pageSize })
          .file,
      );
      const pgSz = wElements(pkg.xml('word/document.xml'), 'pgSz')[0];
      return [pgSz?.getAttribute('w:w'), pgSz?.getAttribute('w:h')];
    };
    expect(await size('A4')).toEqual(['11906', '16838']);
    expect(await size('Letter')).toEqual(['12240', '15840']);
  });
});
