import { z } from 'zod';
import { nodeModule } from './element';

/** A line across the page between two parts of a document; in Word a paragraph with a bottom border. */
export type HorizontalRuleJson = { type: 'horizontalrule'; version: 1 };

export const horizontalRuleNodeModule = nodeModule({
  type: 'horizontalrule',
  role: 'block',
  children: null,
  fields: z.looseObject({}),
});

export const horizontalRule = (): HorizontalRuleJson => ({ type: 'horizontalrule', version: 1 });
