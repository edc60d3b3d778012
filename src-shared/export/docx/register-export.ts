import { type Document, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { MasterListRow } from '../../control/master-list';
import type { ExportProject } from '../export-model';
import { pageGeometry, textWidth } from '../page-setup';
import { REGISTER_COLUMNS } from '../register-columns';
import { safeProject, xmlSafeDeep } from '../xml-safe';
import { pageProperties } from './document-section';
import { UNCONTROLLED } from './furniture/control-text';
import { factTable } from './furniture/fact-table';
import { STYLE } from './styles';
import { wordFile } from './word-file';

export const REGISTER_TITLE = 'Master document list';

/** The master document list as a Word table on landscape pages, its header row repeated on each page. */
export function registerExport(
  input: readonly MasterListRow[],
  projectInput: ExportProject,
): { file: Document; warnings: string[] } {
  const rows = xmlSafeDeep([...input]);
  const project = safeProject(projectInput);
  const width = textWidth(pageGeometry(project.pageSize, true));
  const total = REGISTER_COLUMNS.reduce((sum, column) => sum + column.weight, 0);
  const widths = REGISTER_COLUMNS.map((column) => Math.floor((column.weight / total) * width));
  widths[1] = (widths[1] as number) + width - widths.reduce((a, b) => a + b, 0);
  const table = factTable(
    REGISTER_COLUMNS.map((column) => column.title),
    rows.map((row) => REGISTER_COLUMNS.map((column) => column.value(row))),
    widths,
  );
  const file = wordFile(
    project,
    [
      {
        properties: { page: pageProperties(project, true) },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                style: STYLE.header,
                tabStops: [{ type: TabStopType.RIGHT, position: width }],
                children: [new TextRun(project.organization.name), new TextRun({ text: `\t${REGISTER_TITLE}`, bold: true })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: STYLE.footer,
                tabStops: [{ type: TabStopType.RIGHT, position: width }],
                children: [
                  new TextRun({ text: `As of ${project.today}. ${UNCONTROLLED}.`, italics: true }),
                  new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ style: STYLE.title, children: [new TextRun(REGISTER_TITLE)] }),
          new Paragraph({
            children: [new TextRun(`${project.organization.name}: ${rows.length} controlled documents as of ${project.today}.`)],
          }),
          table,
        ],
      },
    ],
    { title: `${project.organization.name}: ${REGISTER_TITLE}`, description: `${rows.length} documents as of ${project.today}` },
  );
  return { file, warnings: [] };
}
