import { ExternalHyperlink, type IRunOptions, type ParagraphChild, Tab, TextRun } from 'docx';
import { hasFormat } from '../../editor/nodes/text';
import type { SerializedNodeShape } from '../../editor/serialized-content';
import { missingFieldText, resolveField } from '../../fields/field-catalog';
import { isAllowedLinkUrl } from '../../security/link-url';
import { xmlSafeText } from '../xml-safe';
import type { BuildContext } from './build-context';
import { STYLE } from './styles';

type RunOptions = { -readonly [K in keyof IRunOptions]?: IRunOptions[K] };

/**
 * Lexical's format bits as Word run properties, on top of `extra` (a header cell's bold,
 * the Hyperlink style). Built by assignment: a long manual has a hundred thousand runs.
 */
export function runFormat(format: number, extra?: IRunOptions): RunOptions {
  const options: RunOptions = extra ? { ...extra } : {};
  if (format === 0) return options;
  if (hasFormat(format, 'bold')) options.bold = true;
  if (hasFormat(format, 'italic')) options.italics = true;
  if (hasFormat(format, 'underline')) options.underline = { type: 'single' };
  if (hasFormat(format, 'strikethrough')) options.strike = true;
  if (hasFormat(format, 'subscript')) options.subScript = true;
  if (hasFormat(format, 'superscript')) options.superScript = true;
  if (hasFormat(format, 'highlight')) options.highlight = 'yellow';
  if (hasFormat(format, 'code')) options.font = 'Consolas';
  return options;
}

const formatOf = (node: SerializedNodeShape) => (typeof node.format === 'number' ? node.format : 0);

/** Text with line breaks as Word breaks: a multi-line field value keeps its lines. */
function textRuns(text: string, options: RunOptions): TextRun[] {
  const safe = xmlSafeText(text);
  if (!safe.includes('\n')) {
    options.text = safe;
    return [new TextRun(options)];
  }
  return safe.split('\n').map((line, index) => new TextRun({ ...options, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

/**
 * A field as the text it resolves to now. A field without a value stays visible as
 * "[Label]", highlighted, and is reported: never a silent blank in a controlled copy.
 */
export function fieldRuns(node: SerializedNodeShape, context: BuildContext, extra: IRunOptions = {}): TextRun[] {
  const path = String(node.path);
  const options = runFormat(formatOf(node), extra);
  const resolved = resolveField(path, context.fields);
  if (!resolved.missing) return textRuns(resolved.value, options);
  context.warnings.missingField(context.documentId, path);
  return [new TextRun({ ...options, text: missingFieldText(path), highlight: 'yellow' })];
}

function inlineRun(node: SerializedNodeShape, context: BuildContext, extra: IRunOptions): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return textRuns(String(node.text ?? ''), runFormat(formatOf(node), extra));
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
  const url = xmlSafeText(String(node.url ?? ''));
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
