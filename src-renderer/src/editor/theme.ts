import type { EditorThemeClasses } from 'lexical';

/** Lexical node types to CSS classes (styles in editor.css). */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'qms-paragraph',
  heading: { h1: 'qms-h1', h2: 'qms-h2', h3: 'qms-h3' },
  quote: 'qms-quote',
  list: {
    ul: 'qms-ul',
    ol: 'qms-ol',
    checklist: 'qms-checklist',
    listitem: 'qms-li',
    listitemChecked: 'qms-li-checked',
    listitemUnchecked: 'qms-li-unchecked',
    nested: { listitem: 'qms-li-nested' },
  },
  table: 'qms-table',
  tableRow: 'qms-tr',
  tableCell: 'qms-td',
  tableCellHeader: 'qms-th',
  tableSelection: 'qms-table-selection',
  link: 'qms-link',
  field: 'qms-field',
  guidance: 'qms-guidance',
  hr: 'qms-hr',
  hrSelected: 'qms-selected',
  text: {
    bold: 'qms-bold',
    italic: 'qms-italic',
    underline: 'qms-underline',
    strikethrough: 'qms-strike',
    underlineStrikethrough: 'qms-underline-strike',
  },
};
