import { z } from 'zod';

/**
 * What every element node carries in Lexical 0.52's JSON, and the module shape each
 * node type exports. A node module owns its type name, the zod shape of its own
 * fields (children are checked by the content walker, from `children`) and builders.
 */
export type ElementJson = {
  version: 1;
  direction: null;
  format: '';
  indent: number;
  /** Lexical node state, such as a section's clause tag (editor/clause-tags.ts). */
  $?: Record<string, unknown>;
};

export const element = (indent = 0): ElementJson => ({ version: 1, direction: null, format: '', indent });

/** Fields every element may carry. Loose: Lexical adds fields over time and unknown ones are kept. */
export const elementFields = z.looseObject({
  direction: z.enum(['ltr', 'rtl']).nullable().optional(),
  format: z.union([z.string(), z.number()]).optional(),
  indent: z.number().int().min(0).max(20).optional(),
});

export interface NodeModule<Type extends string = string> {
  type: Type;
  /** Where the node stands: among blocks, among inline content, or only inside one parent type. */
  role: 'block' | 'inline' | 'part';
  /**
   * The node types its `children` may hold, null for a node without children. "@inline"
   * stands for every inline type and "@block" for every block type.
   */
  children: readonly string[] | null;
  /** Other fields that hold nodes (a guidance block's body), with the types each may hold. */
  nested?: Readonly<Record<string, readonly string[]>>;
  /** The node's own fields; the walker adds the children. */
  fields: z.ZodType;
}

/** Shorthand for a node module, typed by its type name. */
export function nodeModule<Type extends string>(module: NodeModule<Type>): NodeModule<Type> {
  return module;
}
