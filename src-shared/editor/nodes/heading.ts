import { z } from 'zod';
import { type ElementJson, element, elementFields, nodeModule } from './element';
import type { InlineJson } from './inline';

/** Three levels, as in Word's Heading 1-3 and the outline: deeper levels are read as h3 (migrations.ts). */
export const HEADING_TAGS = ['h1', 'h2', 'h3'] as const;
export type HeadingTag = (typeof HEADING_TAGS)[number];

export type HeadingJson = ElementJson & { type: 'heading'; tag: HeadingTag; children: InlineJson[] };

export const headingNodeModule = nodeModule({
  type: 'heading',
  role: 'block',
  children: ['@inline'],
  fields: elementFields.extend({ tag: z.enum(HEADING_TAGS, { message: 'a heading level other than h1, h2 or h3' }) }),
});

export const heading = (tag: HeadingTag, children: InlineJson[]): HeadingJson => ({
  ...element(),
  type: 'heading',
  tag,
  children,
});

/** Markdown's # to ###; deeper levels become h3. */
export function headingTagForDepth(depth: number): HeadingTag {
  return depth <= 1 ? 'h1' : depth === 2 ? 'h2' : 'h3';
}
