import type { EditorThemeClasses } from 'lexical';

/** Lexical node types to CSS classes (styles in editor.css). */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'qms-paragraph',
  heading: { h1: 'qms-h1', h2: 'qms-h2', h3: 'qms-h3' },
  quote: 'qms-quote',
  list: {
    ul: 'qms-ul',
    ol: 'qms-ol',
    listitem: 'qms-li',
    nested: { listitem: 'qms-li-nested' },
  },
  text: { bold: 'qms-bold', italic: 'qms-italic', underline: 'qms-underline' },
};
