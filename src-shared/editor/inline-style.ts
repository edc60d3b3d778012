/**
 * Lexical keeps inline CSS in its JSON: a text node's (and a tab's) `style`, which it
 * sets on the text as it is, and an element's `textStyle`, the style of text typed into
 * it (a list item paints its marker with it too). The editor writes none: formatting is
 * format bits and node types, and pasted styles are stripped. So a document carries no
 * inline style, and one in a file or a request (`position:fixed` laid over the whole
 * window) is refused as damage. The one rule for files and the contract alike.
 */
export const INLINE_STYLE_FIELDS = ['style', 'textStyle'] as const;

/** The styles the editor writes: none, so an empty string or no field at all. */
export function isEditorStyle(value: unknown): boolean {
  return value === undefined || value === '';
}

/** What is wrong with a node's inline styles, field by field; empty when nothing is. */
export function inlineStyleProblems(node: Record<string, unknown>): Array<{ field: string; message: string }> {
  return INLINE_STYLE_FIELDS.filter((field) => !isEditorStyle(node[field])).map((field) => {
    const value = node[field];
    if (typeof value !== 'string') return { field, message: 'expected an empty string' };
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return { field, message: `an inline style (${shown}); the editor writes none, so a document may carry none` };
  });
}
