import { z } from 'zod';
import { nestedDeeperThan } from '../json/nesting-depth';
import { inlineStyleProblems } from './inline-style';
import { expandTypes, nodeModuleOf } from './nodes';

/**
 * The shape every stored Lexical document must have, checked node by node against the
 * node modules (nodes/): each node's own fields, and which types may stand where (a
 * table row only in a table, a table not in a cell, inline content only in blocks).
 * A file with anything else is reported as damaged rather than handed to the editor,
 * which could not build it. Unknown extra fields are kept: Lexical adds some over time.
 */
export interface SerializedNodeShape {
  type: string;
  version: number;
  children?: SerializedNodeShape[];
  [key: string]: unknown;
}

export type SerializedRoot = SerializedNodeShape & { type: 'root'; children: SerializedNodeShape[] };

/**
 * How deep content may nest, in nodes below the root: far deeper than the editor goes
 * (its deepest, a list indented six times in a table cell, reaches 16), and deeper than this is
 * not a document but an attack on the reader's stack.
 */
export const MAX_CONTENT_DEPTH = 64;

/**
 * The same bound in levels of JSON (objects and arrays), checked before anything recursive
 * reads the content: a node and its list of children are two levels, and a node's own
 * fields add one or two (a clause tag is a list in an object), with room to spare.
 */
export const MAX_CONTENT_JSON_DEPTH = 2 * MAX_CONTENT_DEPTH + 8;

/** Why a value deeper than `jsonLevels` levels of JSON is refused. */
export function nestedTooDeepReason(jsonLevels: number): string {
  return `nested deeper than ${jsonLevels} levels of JSON (a document's content may nest ${MAX_CONTENT_DEPTH} levels)`;
}

type Path = Array<string | number>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkNode(node: unknown, allowed: ReadonlySet<string>, parent: string, path: Path, ctx: z.RefinementCtx, depth: number) {
  if (depth > MAX_CONTENT_DEPTH) {
    ctx.addIssue({ code: 'custom', path, message: `nested deeper than ${MAX_CONTENT_DEPTH} levels` });
    return;
  }
  if (!isRecord(node)) {
    ctx.addIssue({ code: 'custom', path, message: 'expected a node' });
    return;
  }
  const type = node.type;
  const module = typeof type === 'string' ? nodeModuleOf(type) : null;
  if (typeof type !== 'string' || !module) {
    ctx.addIssue({ code: 'custom', path: [...path, 'type'], message: 'a node of a type documents cannot hold' });
    return;
  }
  if (!allowed.has(type)) {
    ctx.addIssue({ code: 'custom', path: [...path, 'type'], message: `a ${type} cannot stand inside a ${parent}` });
    return;
  }
  if (typeof node.version !== 'number' || !Number.isInteger(node.version) || node.version < 0) {
    ctx.addIssue({ code: 'custom', path: [...path, 'version'], message: 'expected a whole number' });
  }
  const fields = module.fields.safeParse(node);
  if (!fields.success) {
    for (const issue of fields.error.issues)
      ctx.addIssue({ code: 'custom', path: [...path, ...issue.path.map(String)], message: issue.message });
  }
  for (const problem of inlineStyleProblems(node)) {
    ctx.addIssue({ code: 'custom', path: [...path, problem.field], message: problem.message });
  }
  const lists: Array<[string, readonly string[] | null]> = [
    ['children', module.children],
    ...Object.entries(module.nested ?? {}),
  ];
  for (const [key, types] of lists) {
    const value = node[key];
    if (value === undefined) {
      if (types !== null && key !== 'children') ctx.addIssue({ code: 'custom', path: [...path, key], message: 'missing' });
      continue;
    }
    if (types === null) {
      ctx.addIssue({ code: 'custom', path: [...path, key], message: `a ${type} has no children` });
      continue;
    }
    if (!Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', path: [...path, key], message: 'expected a list of nodes' });
      continue;
    }
    const allowedHere = expandTypes(types);
    for (const [index, child] of value.entries()) checkNode(child, allowedHere, type, [...path, key, index], ctx, depth + 1);
  }
}

const ROOT_ONLY: ReadonlySet<string> = new Set(['root']);

export const serializedRootSchema = z
  .custom<SerializedRoot>((value) => isRecord(value), { message: 'expected the root node' })
  .superRefine((root, ctx) => {
    // First, and without recursion: everything after this walks the tree recursively.
    if (nestedDeeperThan(root, MAX_CONTENT_JSON_DEPTH)) {
      ctx.addIssue({ code: 'custom', path: [], message: nestedTooDeepReason(MAX_CONTENT_JSON_DEPTH) });
      return;
    }
    if (!Array.isArray(root.children)) {
      ctx.addIssue({ code: 'custom', path: ['children'], message: 'expected a list of nodes' });
      return;
    }
    checkNode(root, ROOT_ONLY, 'document', [], ctx, 0);
  });

export const serializedContentSchema = z.object({ root: serializedRootSchema });

export type SerializedContent = z.infer<typeof serializedContentSchema>;

/**
 * Every node of a document, depth first, with its parent's type. Guidance bodies are
 * included unless `nested` is false: then only the document's own text is walked.
 */
export function* walkNodes(
  nodes: readonly SerializedNodeShape[],
  options: { nested?: boolean } = {},
  parent = 'root',
): Generator<{ node: SerializedNodeShape; parent: string }> {
  for (const node of nodes) {
    yield { node, parent };
    if (Array.isArray(node.children)) yield* walkNodes(node.children, options, node.type);
    if (options.nested === false) continue;
    for (const key of Object.keys(nodeModuleOf(node.type)?.nested ?? {})) {
      const nested = node[key];
      if (Array.isArray(nested)) yield* walkNodes(nested as SerializedNodeShape[], options, node.type);
    }
  }
}

/** The text of inline content; fields as their stand-in from `fieldText`. */
export function inlineText(node: SerializedNodeShape, fieldText: (path: string) => string = (path) => `{{${path}}}`): string {
  if (node.type === 'field') return fieldText(String(node.path));
  if (node.type === 'linebreak') return '\n';
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map((child) => inlineText(child, fieldText)).join('');
}

/**
 * The plain text of a document, one block a line (a table row is one line, its cells
 * separated by tabs): for search, checks and tests. Guidance for the author is left out.
 */
export function contentToPlainText(content: SerializedContent, fieldText?: (path: string) => string): string {
  const lines: string[] = [];
  const walkBlocks = (nodes: readonly SerializedNodeShape[]) => {
    for (const node of nodes) {
      if (node.type === 'guidance') continue;
      if (node.type === 'list' || node.type === 'table') walkBlocks(node.children ?? []);
      else if (node.type === 'listitem' && node.children?.some((child) => child.type === 'list')) walkBlocks(node.children);
      else if (node.type === 'tablerow') {
        lines.push(
          (node.children ?? []).map((cell) => (cell.children ?? []).map((b) => inlineText(b, fieldText)).join(' ')).join('\t'),
        );
      } else lines.push(inlineText(node, fieldText));
    }
  };
  walkBlocks(content.root.children);
  return lines.join('\n');
}
