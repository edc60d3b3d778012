import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { ExportDocument, ExportProject } from '../../export-model';
import { controlMarking } from '../../export-model';
import { STYLE } from '../styles';
import { logoRun } from './logo';

export const MANUAL_TITLE = 'Quality Management System';

/** "12 documents, each at its approved revision in force" or "12 documents: 10 approved, 2 drafts (marked DRAFT)". */
export function revisionState(documents: readonly ExportDocument[]): string {
  const drafts = documents.filter((document) => controlMarking(document) === 'DRAFT').length;
  const obsolete = documents.filter((document) => controlMarking(document) === 'OBSOLETE').length;
  const count = `${documents.length} document${documents.length === 1 ? '' : 's'}`;
  if (drafts === 0 && obsolete === 0) return `${count}, each at its approved revision in force.`;
  const parts = [`${documents.length - drafts - obsolete} approved`];
  if (drafts > 0) parts.push(`${drafts} draft${drafts === 1 ? '' : 's'} (marked DRAFT)`);
  if (obsolete > 0) parts.push(`${obsolete} obsolete (marked OBSOLETE)`);
  return `${count}: ${parts.join(', ')}.`;
}

/** The manual's cover: logo, organization, title, date of issue and revision state. */
export function coverPage(project: ExportProject, documents: readonly ExportDocument[], title: string): Paragraph[] {
  const centered = { alignment: AlignmentType.CENTER };
  return [
    new Paragraph({
      ...centered,
      spacing: { before: 2400, after: 480 },
      children: project.logo ? [logoRun(project.logo, 120, 400)] : [],
    }),
    new Paragraph({ ...centered, style: STYLE.subtitle, children: [new TextRun(project.organization.name)] }),
    new Paragraph({ ...centered, style: STYLE.title, children: [new TextRun(title)] }),
    new Paragraph({ ...centered, spacing: { before: 480 }, children: [new TextRun(`Issued ${project.today}`)] }),
    new Paragraph({ ...centered, children: [new TextRun(revisionState(documents))] }),
    ...(project.organization.scopeStatement.trim()
      ? [
          new Paragraph({ ...centered, spacing: { before: 480 }, children: [new TextRun({ text: 'Scope', bold: true })] }),
          new Paragraph({ ...centered, children: [new TextRun(project.organization.scopeStatement.trim())] }),
        ]
      : []),
  ];
}
