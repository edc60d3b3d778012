import { z } from 'zod';
import { type ElementJson, element, elementFields, nodeModule } from './element';
import type { ListItemJson } from './listitem';

/** Bulleted, numbered and check lists; Word gets real numbering for the first two and ☐/☒ for the third. */
export const LIST_TYPES = ['bullet', 'number', 'check'] as const;
export type ListType = (typeof LIST_TYPES)[number];

export type ListJson = ElementJson & {
  type: 'list';
  listType: ListType;
  start: number;
  tag: 'ul' | 'ol';
  children: ListItemJson[];
};

export const listNodeModule = nodeModule({
  type: 'list',
  role: 'block',
  children: ['listitem'],
  fields: elementFields
    .extend({
      listType: z.enum(LIST_TYPES),
      start: z.number().int().min(0).optional(),
      tag: z.enum(['ul', 'ol'], { message: 'a list with a tag other than ul or ol' }),
    })
    .refine((list) => (list.tag === 'ol') === (list.listType === 'number'), {
      message: 'a numbered list is an ol, bulleted and check lists are ul',
      path: ['tag'],
    }),
});

/**
 * A list as Lexical holds it. Item values follow Lexical's numbering: an item that
 * holds only a nested list takes the current number without using it up.
 */
export function list(listType: ListType, items: ListItemJson[], start = 1): ListJson {
  let value = listType === 'number' ? start : 1;
  const children = items.map((item) => {
    const numbered = { ...item, value };
    if (item.children[0]?.type !== 'list') value += 1;
    return numbered;
  });
  return {
    ...element(),
    type: 'list',
    listType,
    start: listType === 'number' ? start : 1,
    tag: listType === 'number' ? 'ol' : 'ul',
    children,
  };
}
