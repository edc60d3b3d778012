import type { NodeModule } from './element';
import { fieldNodeModule } from './field';
import { guidanceNodeModule } from './guidance';
import { headingNodeModule } from './heading';
import { horizontalRuleNodeModule } from './horizontalrule';
import { lineBreakNodeModule } from './linebreak';
import { linkNodeModule } from './link';
import { listNodeModule } from './list';
import { listItemNodeModule } from './listitem';
import { pageBreakNodeModule } from './pagebreak';
import { paragraphNodeModule } from './paragraph';
import { quoteNodeModule } from './quote';
import { rootNodeModule } from './root';
import { tabNodeModule } from './tab';
import { tableNodeModule } from './table';
import { tableCellNodeModule } from './tablecell';
import { tableRowNodeModule } from './tablerow';
import { textNodeModule } from './text';

/**
 * The node set of a document: one module per node type, and every list of node types
 * derived from here. The editor registers a class for each (src-renderer/src/editor/nodes),
 * the content schema admits exactly these, the template compiler and the Word builder
 * produce and read them. Adding a node type starts with a module here.
 */
export const NODE_MODULES = [
  rootNodeModule,
  paragraphNodeModule,
  textNodeModule,
  lineBreakNodeModule,
  tabNodeModule,
  headingNodeModule,
  quoteNodeModule,
  listNodeModule,
  listItemNodeModule,
  tableNodeModule,
  tableRowNodeModule,
  tableCellNodeModule,
  linkNodeModule,
  fieldNodeModule,
  guidanceNodeModule,
  horizontalRuleNodeModule,
  pageBreakNodeModule,
] as const;

export type DocumentNodeType = (typeof NODE_MODULES)[number]['type'];

const BY_TYPE = new Map<string, NodeModule>(NODE_MODULES.map((module) => [module.type, module]));

/** Every type a document's content may hold below its root. */
export const DOCUMENT_NODE_TYPES: readonly DocumentNodeType[] = NODE_MODULES.map((module) => module.type).filter(
  (type) => type !== 'root',
);

export const INLINE_NODE_TYPES: readonly string[] = NODE_MODULES.filter((m) => m.role === 'inline').map((m) => m.type);
export const BLOCK_NODE_TYPES: readonly string[] = NODE_MODULES.filter((m) => m.role === 'block').map((m) => m.type);

export function nodeModuleOf(type: string): NodeModule | null {
  return BY_TYPE.get(type) ?? null;
}

/** The types a list of allowed children stands for, with "@inline" and "@block" expanded. */
export function expandTypes(allowed: readonly string[]): ReadonlySet<string> {
  return new Set(
    allowed.flatMap((type) => (type === '@inline' ? INLINE_NODE_TYPES : type === '@block' ? BLOCK_NODE_TYPES : [type])),
  );
}

export * from './element';
export * from './field';
export * from './guidance';
export * from './heading';
export * from './horizontalrule';
export * from './inline';
export * from './linebreak';
export * from './link';
export * from './list';
export * from './listitem';
export * from './pagebreak';
export * from './paragraph';
export * from './quote';
export * from './root';
export * from './tab';
export * from './table';
export * from './tablecell';
export * from './tablerow';
export * from './text';
