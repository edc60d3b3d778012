import { describe, expect, it } from 'vitest';
import { heading } from '../../../../../src-shared/editor/nodes/heading';
import { list } from '../../../../../src-shared/editor/nodes/list';
import { listItem } from '../../../../../src-shared/editor/nodes/listitem';
import { documentContent } from '../../../../../src-shared/editor/nodes/root';
import { textNode } from '../../../../../src-shared/editor/nodes/text';
import { revisionState } from '../../../../../src-shared/export/docx/furniture/cover';
import { CONTENTS_TITLE, manualExport } from '../../../../../src-shared/export/docx/manual-export';
import type { ExportDocument } from '../../../../../src-shared/export/export-model';
import {
  bodyParagraphs,
  mammothHtml,
  packWord,
  partsText,
  TEST_PROJECT,
  wAttr,
  wElements,
} from '../../../../support/docx-package';
import { sampleMeta } from '../../../../support/sample-meta';

const effective = (revision: string) => ({
  revision,
  approvedBy: 'Elaine Marsh',
  approvedOn: '2026-02-26',
  effectiveDate: '2026-03-02',
  selfApproved: false,
  changeSummary: 'Issued.',
  contentHash: null,
});

function doc(id: string, title: string, approved: boolean): ExportDocument {
  return {
    meta: sampleMeta(id, {
      title,
      status: approved ? 'approved' : 'draft',
      revision: '2',
      effective: approved ? effective('2') : null,
    }),
    content: documentContent([
      heading('h1', [textNode(`${title} purpose`)]),
      list('number', [listItem([textNode('First step')]), listItem([textNode('Second step')])]),
    ]),
    source: approved ? 'approved' : 'working',
    revisions: [],
  };
}

const DOCUMENTS = [
  doc('POL-001', 'Quality Policy', true),
  doc('PRO-001', 'Control of Documented Information', true),
  doc('PRO-002', 'Corrective Action', false),
];

describe('the manual', () => {
  it('has a cover, a table of contents and one section per document, each starting on a new page', async () => {
    const progress: number[] = [];
    const { file } = await manualExport(DOCUMENTS, TEST_PROJECT, { onProgress: (done) => void progress.push(done) });
    const pkg = await packWord(file);
    const xml = pkg.xml('word/document.xml');
    const sections = wElements(xml, 'sectPr');
    expect(sections).toHaveLength(1 + DOCUMENTS.length);
    expect(sections.slice(1).map((section) => wAttr(wElements(section, 'type')[0], 'val'))).toEqual([
      'nextPage',
      'nextPage',
      'nextPage',
    ]);
    expect(progress).toEqual([1, 2, 3]);
    const text = bodyParagraphs(pkg).map((p) => p.text);
    expect(text).toContain('Quality Management System');
    expect(text).toContain('Issued 2026-11-30');
    expect(text).toContain('3 documents: 2 approved, 1 draft (marked DRAFT).');
  });

  it('has a real table of contents field over the document titles and their main headings, already filled in', async () => {
    const pkg = await packWord((await manualExport(DOCUMENTS, TEST_PROJECT)).file);
    const documentXml = pkg.parts['word/document.xml'] ?? '';
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    const entries = bodyParagraphs(pkg).filter((p) => p.style?.startsWith('TOC'));
    expect(entries.map((p) => p.text.replace(/\t.*$/, ''))).toEqual([
      'POL-001  Quality Policy',
      'Quality Policy purpose',
      'PRO-001  Control of Documented Information',
      'Control of Documented Information purpose',
      'PRO-002  Corrective Action',
      'Corrective Action purpose',
    ]);
    expect(bodyParagraphs(pkg).some((p) => p.style === 'Title' && p.text === CONTENTS_TITLE)).toBe(true);
    // Each entry links to a bookmark on its heading, as Word's own contents do.
    const anchors = wElements(pkg.xml('word/document.xml'), 'hyperlink').map((link) => wAttr(link, 'anchor'));
    const bookmarks = wElements(pkg.xml('word/document.xml'), 'bookmarkStart').map((mark) => wAttr(mark, 'name'));
    expect(anchors).toHaveLength(6);
    expect(new Set(anchors)).toEqual(new Set(bookmarks));
  });

  it('gives each document its title as a Heading 1, its headings one level down, and its own header', async () => {
    const pkg = await packWord((await manualExport(DOCUMENTS, TEST_PROJECT)).file);
    const headings = bodyParagraphs(pkg).filter((p) => p.style?.startsWith('Heading'));
    expect(headings.map((p) => [p.style, p.text])).toEqual([
      ['Heading1', 'POL-001  Quality Policy'],
      ['Heading2', 'Quality Policy purpose'],
      ['Heading1', 'PRO-001  Control of Documented Information'],
      ['Heading2', 'Control of Documented Information purpose'],
      ['Heading1', 'PRO-002  Corrective Action'],
      ['Heading2', 'Corrective Action purpose'],
    ]);
    const headers = partsText(pkg, 'word/header');
    for (const title of ['Quality Policy', 'Control of Documented Information', 'Corrective Action']) {
      expect(
        headers.some((header) => header.includes(title)),
        title,
      ).toBe(true);
    }
    expect(headers.filter((header) => header.includes('DRAFT'))).toHaveLength(1);
  });

  it('starts the numbering of each document’s lists again', async () => {
    const pkg = await packWord((await manualExport(DOCUMENTS, TEST_PROJECT)).file);
    const numIds = wElements(pkg.xml('word/document.xml'), 'numId').map((n) => wAttr(n, 'val'));
    expect(new Set(numIds).size).toBe(DOCUMENTS.length);
    const { html } = await mammothHtml(pkg.bytes);
    expect(html.match(/<ol>/g)).toHaveLength(3);
  });

  it('describes the revision state on the cover', () => {
    expect(revisionState(DOCUMENTS.slice(0, 2))).toBe('2 documents, each at its approved revision in force.');
    expect(revisionState(DOCUMENTS)).toBe('3 documents: 2 approved, 1 draft (marked DRAFT).');
  });
});
