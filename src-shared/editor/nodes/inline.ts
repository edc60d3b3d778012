import type { FieldJson } from './field';
import type { LineBreakJson } from './linebreak';
import type { LinkJson } from './link';
import type { TabJson } from './tab';
import type { TextJson } from './text';

/** What may stand inside a paragraph, heading, quote or list item. */
export type InlineJson = TextJson | LineBreakJson | TabJson | LinkJson | FieldJson;
