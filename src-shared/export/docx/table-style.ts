/**
 * Our table styles. "QMS Table": thin grey borders on every cell, 10 pt text with tight
 * spacing, and a shaded, bold header row; "QMS Control Table", the same without a header
 * row, for the label and value pairs of the control block. Kept in styles rather than on
 * every cell, so a client can restyle every table of a file at once (and the file stays
 * lean: a 300-page manual has some 8,000 cells). The header row's look applies through
 * the table's "header row" option (tblLook firstRow); LibreOffice applies it whatever the
 * option says, which is why the control block has a style of its own.
 */
export const QMS_TABLE_STYLE = 'QmsTable';
export const QMS_CONTROL_TABLE_STYLE = 'QmsControlTable';

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"';
const SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;
const HEADER_ROW =
  '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7ECF5"/></w:tcPr></w:tblStylePr>';

function tableStyleXml(id: string, name: string, headerRow: boolean): string {
  return [
    `<w:style w:type="table" w:styleId="${id}">`,
    `<w:name w:val="${name}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>`,
    '<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>',
    '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>',
    `<w:tblPr><w:tblBorders>${SIDES.map((side) => `<w:${side} ${BORDER}/>`).join('')}</w:tblBorders>`,
    '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
    headerRow ? HEADER_ROW : '',
    '</w:style>',
  ].join('');
}

const TABLE_STYLES = [
  { id: QMS_TABLE_STYLE, xml: tableStyleXml(QMS_TABLE_STYLE, 'QMS Table', true) },
  { id: QMS_CONTROL_TABLE_STYLE, xml: tableStyleXml(QMS_CONTROL_TABLE_STYLE, 'QMS Control Table', false) },
];

/** A styles.xml with nothing in it: what the built-in set starts from. */
const EMPTY_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:styles>';

/**
 * The styles.xml the export starts from (the house style's, or an empty one) with our
 * table styles added where it lacks one of that id. docx adds its own defaults and ours
 * (styles.ts) around it; a table style can only come in this way.
 */
export function baseStylesXml(houseStylesXml: string | null): string {
  const base = houseStylesXml ?? EMPTY_STYLES_XML;
  const missing = TABLE_STYLES.filter((style) => !base.includes(`w:styleId="${style.id}"`));
  const end = base.lastIndexOf('</w:styles>');
  if (missing.length === 0 || end < 0) return base;
  return `${base.slice(0, end)}${missing.map((style) => style.xml).join('')}${base.slice(end)}`;
}

/** Turns on the header-row look of the table style, and nothing else. */
export const HEADER_ROW_LOOK = {
  firstRow: true,
  lastRow: false,
  firstColumn: false,
  lastColumn: false,
  noHBand: true,
  noVBand: true,
};
