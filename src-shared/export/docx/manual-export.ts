import { type Document, Footer, type ISectionOptions, PageBreak, Paragraph, TableOfContents, TextRun } from 'docx';
import type { ExportDocument, ExportProject } from '../export-model';
import { ExportWarnings } from '../export-warnings';
import { safeDocument, safeProject } from '../xml-safe';
import { Contents } from './contents';
import { documentSection, pageProperties } from './document-section';
import { UNCONTROLLED } from './furniture/control-text';
import { coverPage, MANUAL_TITLE } from './furniture/cover';
import { ListInstances } from './numbering';
import { STYLE } from './styles';
import { tableStyleOf, wordFile } from './word-file';

export const CONTENTS_TITLE = 'Contents';

export interface ManualExportOptions {
  title?: string;
  /** Called after each document; the caller may wait in it (to let a progress bar show). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

/**
 * The whole manual in one Word file: a cover, a table of contents (a real TOC field
 * over each document's title and main headings, its entries written so it reads right
 * before anyone updates it; the page numbers come with the update), then each document
 * in its own section, starting on a new page with its own header and footer.
 *
 * Pages are numbered through the whole manual ("Page 17 of 312"): a per-document count
 * needs Word's SECTIONPAGES field, which LibreOffice leaves blank, and continuous
 * numbers are what the table of contents points to.
 *
 * @example
 * const { file } = await manualExport(documents, project, { onProgress: (d, t) => bar(d / t) });
 */
export async function manualExport(
  input: readonly ExportDocument[],
  projectInput: ExportProject,
  options: ManualExportOptions = {},
): Promise<{ file: Document; warnings: string[] }> {
  const documents = input.map(safeDocument);
  const project = safeProject(projectInput);
  const warnings = new ExportWarnings();
  const lists = new ListInstances();
  const tableStyle = tableStyleOf(project);
  const title = options.title ?? MANUAL_TITLE;
  const contents = new Contents();
  const sections: ISectionOptions[] = [];
  for (const [index, document] of documents.entries()) {
    sections.push(
      documentSection(document, project, { warnings, lists, includeGuidance: false, inManual: true, tableStyle, contents }),
    );
    await options.onProgress?.(index + 1, documents.length);
  }
  // Made last, when every heading of the contents is known.
  const front: ISectionOptions = {
    properties: { page: pageProperties(project) },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            style: STYLE.footer,
            alignment: 'center',
            children: [new TextRun({ text: UNCONTROLLED, italics: true })],
          }),
        ],
      }),
    },
    children: [
      ...coverPage(project, documents, title),
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph({ style: STYLE.title, children: [new TextRun(CONTENTS_TITLE)] }),
      new TableOfContents(CONTENTS_TITLE, { hyperlink: true, headingStyleRange: '1-2', cachedEntries: contents.entries }),
    ],
  };
  const file = wordFile(project, [front, ...sections], {
    title: `${project.organization.name}: ${title}`,
    description: `${documents.length} documents`,
  });
  return { file, warnings: warnings.list() };
}
