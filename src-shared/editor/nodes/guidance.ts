import { z } from 'zod';
import { nodeModule } from './element';
import type { ListJson } from './list';
import type { ParagraphJson } from './paragraph';
import type { QuoteJson } from './quote';

/**
 * A note to the author from the template ("what to write here"). It is one unit in the
 * editor (shown, collapsed or removed whole), counts against tailoring while it is
 * there, and is never part of a controlled copy. Its text is kept in `body`.
 */
export type GuidanceBlockJson = ParagraphJson | ListJson | QuoteJson;
export type GuidanceJson = { type: 'guidance'; version: 1; body: GuidanceBlockJson[] };

export const guidanceNodeModule = nodeModule({
  type: 'guidance',
  role: 'block',
  children: null,
  nested: { body: ['paragraph', 'list', 'quote'] },
  fields: z.looseObject({ body: z.array(z.unknown()).max(200) }),
});

export const guidance = (body: GuidanceBlockJson[]): GuidanceJson => ({ type: 'guidance', version: 1, body });
