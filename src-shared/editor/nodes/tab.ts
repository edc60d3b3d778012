import { z } from 'zod';
import { nodeModule } from './element';

/** A tab character; Lexical keeps it as a text node of its own. */
export type TabJson = { type: 'tab'; version: 1; detail: 2; format: number; mode: 'normal'; style: ''; text: '\t' };

export const tabNodeModule = nodeModule({
  type: 'tab',
  role: 'inline',
  children: null,
  fields: z.looseObject({ text: z.literal('\t').optional(), format: z.number().int().min(0).optional() }),
});

export const tab = (format = 0): TabJson => ({
  type: 'tab',
  version: 1,
  detail: 2,
  format,
  mode: 'normal',
  style: '',
  text: '\t',
});
