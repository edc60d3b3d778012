import { HeadingLevel, type ISectionOptions, Paragraph, SectionType, TextRun } from 'docx';
import type { ExportDocument, ExportProject } from '../export-model';
import type { ExportWarnings } from '../export-warnings';
import { pageGeometry, textWidth } from '../page-setup';
import { blocksOf } from './block-source';
import { contentBlocks } from './blocks';
import { buildContext } from './build-context';
import type { Contents } from './contents';
import { controlBlock } from './furniture/control-block';
import { controlFacts, markingSentence } from './furniture/control-text';
import { documentFooter } from './furniture/footer';
import { documentHeader } from './furniture/header';
import { revisionHistory } from './furniture/revision-history';
import type { ListInstances } from './numbering';
import { STYLE } from './styles';

export interface SectionOptions {
  warnings: ExportWarnings;
  lists: ListInstances;
  includeGuidance: boolean;
  /** In the manual a document starts on a new page and its title is a Heading 1 (its headings one level down). */
  inManual: boolean;
  tableStyle: string | null;
  /** The manual's table of contents, which the document's title and main headings join. */
  contents?: Contents | null;
}

/** Page size and margins of the project, for every section. */
export function pageProperties(project: ExportProject, landscape = false) {
  // Given upright: docx turns the sheet itself (writing w > h) when told it is landscape.
  const page = pageGeometry(project.pageSize);
  return {
    size: { width: page.width, height: page.height, ...(landscape ? { orientation: 'landscape' as const } : {}) },
    margin: page.margin,
  };
}

/**
 * One controlled document as a Word section: its header and footer, its title, the
 * DRAFT notice when it is not approved, the control block and revision history, then
 * its content.
 */
export function documentSection(document: ExportDocument, project: ExportProject, options: SectionOptions): ISectionOptions {
  const width = textWidth(pageGeometry(project.pageSize));
  const facts = controlFacts(document);
  const context = buildContext({
    documentId: document.meta.id,
    fields: {
      organization: project.organization,
      document: document.meta,
      project: { reviewPeriodMonths: project.reviewPeriodMonths },
    },
    warnings: options.warnings,
    textWidth: width,
    headingOffset: options.inManual ? 1 : 0,
    includeGuidance: options.includeGuidance,
    tableStyle: options.tableStyle,
    lists: options.lists,
    contents: options.contents ?? null,
  });
  const notice = markingSentence(document);
  const numbered = `${document.meta.id}  ${document.meta.title}`;
  const title = options.inManual
    ? new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: options.contents ? options.contents.mark(1, numbered, [new TextRun(numbered)]) : [new TextRun(numbered)],
      })
    : new Paragraph({ style: STYLE.title, children: [new TextRun(document.meta.title)] });
  return {
    properties: {
      ...(options.inManual ? { type: SectionType.NEXT_PAGE } : {}),
      page: pageProperties(project),
    },
    headers: {
      default: documentHeader(
        { organizationName: project.organization.name, title: document.meta.title, logo: project.logo, marking: facts.marking },
        width,
      ),
    },
    footers: {
      default: documentFooter(
        { number: facts.number, revision: facts.revision, effectiveDate: facts.effectiveDate, marking: facts.marking },
        width,
      ),
    },
    children: [
      title,
      ...(notice ? [new Paragraph({ style: STYLE.draftMark, children: [new TextRun(notice)] })] : []),
      ...controlBlock(facts, width),
      ...revisionHistory(document.revisions, width),
      new Paragraph({ children: [] }),
      ...contentBlocks(blocksOf(document.content), context),
    ],
  };
}
