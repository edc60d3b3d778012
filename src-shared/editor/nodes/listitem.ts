import { z } from 'zod';
import { type ElementJson, element, elementFields, nodeModule } from './element';
import type { InlineJson } from './inline';
import type { ListJson } from './list';

export type ListItemJson = ElementJson & {
  type: 'listitem';
  value: number;
  /** Only in check lists: ticked or not. */
  checked?: boolean;
  children: Array<InlineJson | ListJson>;
};

export const listItemNodeModule = nodeModule({
  type: 'listitem',
  role: 'part',
  children: ['@inline', 'list'],
  fields: elementFields.extend({ value: z.number().int().optional(), checked: z.boolean().optional() }),
});

/** One item; `depth` is its nesting level (Lexical's indent), `checked` only for check lists. */
export const listItem = (children: ListItemJson['children'], depth = 0, checked?: boolean): ListItemJson => ({
  ...element(depth),
  type: 'listitem',
  value: 1,
  ...(checked === undefined ? {} : { checked }),
  children,
});
