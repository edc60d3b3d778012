import { Document, type ISectionOptions } from 'docx';
import type { ExportProject } from '../export-model';
import { numberingOptions } from './numbering';
import { exportStyles, styleIdsOf } from './styles';
import { baseStylesXml } from './table-style';

/** Word's table style with borders on every cell; a house style that defines it restyles our tables. */
const HOUSE_TABLE_STYLE = 'TableGrid';

/** How tables are drawn: the house style's TableGrid if it has one, else our borders. */
export function tableStyleOf(project: ExportProject): string | null {
  return project.houseStylesXml && styleIdsOf(project.houseStylesXml).has(HOUSE_TABLE_STYLE) ? HOUSE_TABLE_STYLE : null;
}

/**
 * The Word file around the sections: styles (the house style's, completed with ours,
 * or our built-in set), list numbering and the file's properties.
 */
export function wordFile(
  project: ExportProject,
  sections: ISectionOptions[],
  properties: { title: string; description: string },
): Document {
  const house = project.houseStylesXml;
  return new Document({
    title: properties.title,
    description: properties.description,
    creator: project.organization.name,
    lastModifiedBy: 'QMS Workbench',
    externalStyles: baseStylesXml(house),
    styles: exportStyles(house ? styleIdsOf(house) : null),
    numbering: numberingOptions(),
    sections,
  });
}
