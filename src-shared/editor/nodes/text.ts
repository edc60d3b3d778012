import { z } from 'zod';
import { nodeModule } from './element';

/** Lexical's text format bits. */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

export type TextJson = {
  type: 'text';
  version: 1;
  detail: 0;
  format: number;
  mode: 'normal';
  style: '';
  text: string;
};

export const textNodeModule = nodeModule({
  type: 'text',
  role: 'inline',
  children: null,
  fields: z.looseObject({
    text: z.string(),
    format: z.number().int().min(0).max(0x7ff).optional(),
    detail: z.number().int().min(0).optional(),
    mode: z.enum(['normal', 'token', 'segmented']).optional(),
    // `style` is checked for every node by the inline-style rule (editor/inline-style.ts).
  }),
});

export const textNode = (text: string, format = 0): TextJson => ({
  type: 'text',
  version: 1,
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text,
});

/** Whether a format number has a format bit set: hasFormat(node.format, 'bold'). */
export function hasFormat(format: number, name: keyof typeof TEXT_FORMAT): boolean {
  return (format & TEXT_FORMAT[name]) !== 0;
}
