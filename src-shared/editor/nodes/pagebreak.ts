import { z } from 'zod';
import { nodeModule } from './element';

/** Where the next page starts in print and in the Word file (a form that must begin on a new page). */
export type PageBreakJson = { type: 'page-break'; version: 1 };

export const pageBreakNodeModule = nodeModule({
  type: 'page-break',
  role: 'block',
  children: null,
  fields: z.looseObject({}),
});

export const pageBreak = (): PageBreakJson => ({ type: 'page-break', version: 1 });
