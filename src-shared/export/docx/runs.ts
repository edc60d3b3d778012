import { ExternalHyperlink, type IRunOptions, type ParagraphChild, Tab, TextRun } from 'docx';
import { hasFormat } from '../../editor/nodes/text';
import type { SerializedNodeShape } from '../../editor/serialized-content';
import { missingFieldText, resolveField } from '../../fields/field-catalog';
import { isAllowedLinkUrl } from '../../security/link-url';
import type { BuildContext } from './build-context';
import { STYLE } from './styles';

type RunFormat = Pick<
  IRunOptions,
  'bold' | 'italics' | 'underline' | 'strike' | 'subScript' | 'superScript' | 'highlight' | 'font'
>;

/** Lexical's format bits as Word run properties. */
export function runFormat(format: number): RunFormat {
  return {
    ...(hasFormat(format, 'bold') ? { bold: true } : {}),
    ...(hasFormat(format, 'italic') ? { italics: true } : {}),
    ...(hasFormat(format, 'underline') ? { underline: { type: 'single' as const } } : {}),
    ...(hasFormat(format, 'strikethrough') ? { strike: true } : {}),
    ...(hasFormat(format, 'subscript') ? { subScript: true } : {}),
    ...(hasFormat(format, 'superscript') ? { superScript: true } : {}),
    ...(hasFormat(format, 'highlight') ? { highlight: 'yellow' as const } : {}),
    ...(hasFormat(format, 'code') ? { font: 'Consolas' } : {}),
  };
}

/** Text with line breaks as Word breaks: a multi-line field value keeps its lines. */
function textRuns(text: string, options: IRunOptions): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ ...options, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

/**
 * A field as the text it resolves to now. A field without a value stays visible as
 * "[Label]", highlighted, and is reported: never a silent blank in a controlled copy.
 */
export function fieldRuns(node: SerializedNodeShape, context: BuildContext, extra: IRunOptions = {}): TextRun[] {
  const path = String(node.path);
  const format = runFormat(typeof node.format === 'number' ? node.format : 0);
  const resolved = resolveField(path, context.fields);
  if (!resolved.missing) return textRuns(resolved.value, { ...format, ...extra });
  context.warnings.missingField(context.documentId, path);
  return [new TextRun({ ...format, ...extra, text: missingFieldText(path), highlight: 'yellow' })];
}

function inlineRun(node: SerializedNodeShape, context: BuildContext, extra: IRunOptions): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return textRuns(String(node.text ?? ''), { ...runFormat(typeof node.format === 'number' ? node.format : 0), ...extra });
    case 'linebreak':
      return [new TextRun({ ...extra, break: 1 })];
    case 'tab':
      return [new TextRun({ ...extra, children: [new Tab()] })];
    case 'field':
      return fieldRuns(node, context, extra);
    case 'link':
      return linkRuns(node, context);
    default:
      return [];
  }
}

/** A link opens its address from Word; anything but http, https or mailto stays plain text. */
function linkRuns(node: SerializedNodeShape, context: BuildContext): ParagraphChild[] {
  const url = String(node.url ?? '');
  const children = (node.children ?? []).flatMap((child) => inlineRun(child, context, {}));
  if (!isAllowedLinkUrl(url)) return children;
  const styled = (node.children ?? []).flatMap((child) => inlineRun(child, context, { style: STYLE.hyperlink }));
  return [new ExternalHyperlink({ link: url, children: styled as TextRun[] })];
}

/**
 * The runs of a paragraph, heading or list item: text with its formatting, breaks,
 * tabs, fields resolved and links.
 */
export function inlineRuns(
  nodes: readonly SerializedNodeShape[],
  context: BuildContext,
  extra: IRunOptions = {},
): ParagraphChild[] {
  return nodes.flatMap((node) => inlineRun(node, context, extra));
}
