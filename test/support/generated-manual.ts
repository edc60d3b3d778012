import type { ExportDocument } from '../../src-shared/export/export-model';
import { newOrganization } from '../../src-shared/project/schema';
import { compileTemplate } from '../../src-shared/templates/compile-template';

/**
 * A manual of about 300 pages for the export benchmark and the LibreOffice check:
 * 30 procedures of 9 sections, each with paragraphs, a bulleted and a numbered list
 * with a nested item, and a table: about 111,600 words and 270 tables (the size of the
 * pandoc yardstick in TOOLCHAIN.md); LibreOffice prints it on 304 A4 pages with Calibri's
 * metrics (Carlito installed), 309 with a wider stand-in font. The same
 * text is kept as Markdown for pandoc.
 */
const WORDS =
  'the process owner checks each order against the drawing and records the result before release so that customers receive parts that meet every agreed requirement and any deviation is raised with the quality manager who decides on rework concession or scrap and keeps the evidence for review'.split(
    ' ',
  );

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 3) % WORDS.length] as string);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(seed: number, words: number): string {
  const sentences: string[] = [];
  for (let used = 0, i = 0; used < words; i += 1) {
    const length = 12 + ((seed + i) % 9);
    sentences.push(sentence(seed + i, length));
    used += length;
  }
  return sentences.join(' ');
}

function section(doc: number, index: number): string {
  const seed = doc * 100 + index;
  const rows = Array.from(
    { length: 6 },
    (_, r) => `| Step ${r + 1} | ${sentence(seed + r, 6)} | Operator ${r + 1} | ${sentence(seed + r + 3, 10)} |`,
  );
  // Blocks are separated by a blank line; the lines of one list or table are not.
  return [
    `# Section ${index + 1}: activity ${seed}`,
    paragraph(seed, 62),
    paragraph(seed + 1, 52),
    [0, 1, 2, 3].map((i) => `- ${sentence(seed + i, 9)}`).join('\n'),
    [
      ...[0, 1, 2].map((i) => `${i + 1}. ${sentence(seed + i + 5, 11)}`),
      '   - A nested point under the last step, kept with it.',
    ].join('\n'),
    ['| Step | What | Who | Record |', '| --- | --- | --- | --- |', ...rows].join('\n'),
    `## Records for activity ${seed}`,
    paragraph(seed + 2, 60),
  ].join('\n\n');
}

export interface GeneratedManual {
  documents: ExportDocument[];
  /** The same documents as one Markdown file, for pandoc. */
  markdown: string;
  words: number;
}

export function generatedManual(documentCount = 30, sections = 9): GeneratedManual {
  const documents: ExportDocument[] = [];
  const markdown: string[] = [];
  for (let doc = 0; doc < documentCount; doc += 1) {
    const id = `PRO-${String(doc + 1).padStart(3, '0')}`;
    const body = Array.from({ length: sections }, (_, index) => section(doc, index)).join('\n\n');
    const front = `---\nid: generated-${doc}\ntitle: Procedure ${doc + 1}\ndocumentType: procedure\nclauses: ["8.5.1"]\nfields: []\nsummary: Generated for the benchmark.\n---\n\n`;
    const { content } = compileTemplate(front + body);
    const title = `Procedure ${doc + 1}`;
    documents.push({
      meta: {
        id,
        title,
        type: 'procedure',
        status: 'approved',
        revision: '2',
        owner: 'Quality Manager',
        author: 'Author',
        reviewer: 'Reviewer',
        clauses: ['8.5.1'],
        changeSummary: 'Second issue',
        nextReviewDate: '2027-11-30',
        effective: {
          revision: '2',
          approvedBy: 'Managing Director',
          approvedOn: '2026-11-01',
          effectiveDate: '2026-11-02',
          selfApproved: false,
          changeSummary: 'Second issue',
          contentHash: null,
        },
        template: null,
      },
      content,
      source: 'approved',
      revisions: [
        { revision: '1', date: '2025-11-01', description: 'First issue', approvedBy: 'Managing Director' },
        { revision: '2', date: '2026-11-01', description: 'Second issue', approvedBy: 'Managing Director' },
      ],
    });
    markdown.push(`# ${id} ${title}\n\n${body.replace(/^(#+) /gm, '#$1 ')}`);
  }
  const text = markdown.join('\n\n');
  return { documents, markdown: text, words: text.split(/\s+/).filter((word) => /\w/.test(word)).length };
}

export const BENCH_ORGANIZATION = {
  ...newOrganization('Generated Engineering Ltd'),
  scopeStatement: 'Machining of precision parts.',
};
