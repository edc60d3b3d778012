/**
 * Lexical's serialized node shapes, exactly as Lexical 0.52 writes them, and small
 * builders for them: for code that produces document content without an editor
 * (the template compiler now, importers later). Type aliases, not interfaces, so they
 * fit SerializedNodeShape.
 */
export type TextJson = {
  type: 'text';
  version: 1;
  detail: 0;
  format: number;
  mode: 'normal';
  style: '';
  text: string;
};
export type LineBreakJson = { type: 'linebreak'; version: 1 };
export type InlineJson = TextJson | LineBreakJson;
export type ElementJson = { version: 1; direction: null; format: ''; indent: number };
export type ParagraphJson = ElementJson & { type: 'paragraph'; textFormat: number; textStyle: ''; children: InlineJson[] };
export type HeadingJson = ElementJson & { type: 'heading'; tag: 'h1' | 'h2' | 'h3'; children: InlineJson[] };
export type QuoteJson = ElementJson & { type: 'quote'; children: InlineJson[] };
export type ListJson = ElementJson & {
  type: 'list';
  listType: 'bullet' | 'number';
  start: number;
  tag: 'ul' | 'ol';
  children: ListItemJson[];
};
export type ListItemJson = ElementJson & { type: 'listitem'; value: number; children: Array<InlineJson | ListJson> };
export type BlockJson = ParagraphJson | HeadingJson | QuoteJson | ListJson;

export const IS_BOLD = 1;
export const IS_ITALIC = 2;

export const element = (indent = 0): ElementJson => ({ version: 1, direction: null, format: '', indent });
export const textNode = (text: string, format: number): TextJson => ({
  type: 'text',
  version: 1,
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text,
});
export const lineBreak = (): LineBreakJson => ({ type: 'linebreak', version: 1 });
/** Lexical 0.52 writes a paragraph's textFormat as the format of its first text node (0 when it has none). */
export const paragraph = (children: InlineJson[]): ParagraphJson => ({
  ...element(),
  type: 'paragraph',
  textFormat: children.find((child) => child.type === 'text')?.format ?? 0,
  textStyle: '',
  children,
});
export const heading = (tag: HeadingJson['tag'], children: InlineJson[]): HeadingJson => ({
  ...element(),
  type: 'heading',
  tag,
  children,
});
/** Content of plain paragraphs, one per text: for blank documents and tests. */
export const paragraphsContent = (...texts: string[]): { root: ElementJson & { type: 'root'; children: BlockJson[] } } => ({
  root: { ...element(), type: 'root', children: texts.map((text) => paragraph(text ? [textNode(text, 0)] : [])) },
});
