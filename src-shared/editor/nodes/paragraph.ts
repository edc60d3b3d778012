import { z } from 'zod';
import { type ElementJson, element, elementFields, nodeModule } from './element';
import type { InlineJson } from './inline';

export type ParagraphJson = ElementJson & { type: 'paragraph'; textFormat: number; textStyle: ''; children: InlineJson[] };

export const paragraphNodeModule = nodeModule({
  type: 'paragraph',
  role: 'block',
  children: ['@inline'],
  // `textStyle` is checked for every node by the inline-style rule (editor/inline-style.ts).
  fields: elementFields.extend({ textFormat: z.number().int().min(0).optional() }),
});

/** Lexical 0.52 writes a paragraph's textFormat as the format of its first text node (0 when it has none). */
export const paragraph = (children: InlineJson[]): ParagraphJson => ({
  ...element(),
  type: 'paragraph',
  textFormat: children.find((child) => child.type === 'text')?.format ?? 0,
  textStyle: '',
  children,
});
