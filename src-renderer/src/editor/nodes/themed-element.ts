import type { EditorConfig } from 'lexical';

/** The element a decorator node lives in, with its class from the editor theme (theme.ts). */
export function themedElement(tag: 'span' | 'div', config: EditorConfig, themeKey: 'field' | 'guidance'): HTMLElement {
  const element = document.createElement(tag);
  const className = config.theme[themeKey];
  if (typeof className === 'string') element.className = className;
  return element;
}
