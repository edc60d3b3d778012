import { z } from 'zod';
import { nodeModule } from './element';

export type LineBreakJson = { type: 'linebreak'; version: 1 };

export const lineBreakNodeModule = nodeModule({ type: 'linebreak', role: 'inline', children: null, fields: z.looseObject({}) });

export const lineBreak = (): LineBreakJson => ({ type: 'linebreak', version: 1 });
