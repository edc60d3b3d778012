import { z } from 'zod';
import { isAllowedLinkUrl } from '../../security/link-url';
import { type ElementJson, element, elementFields, nodeModule } from './element';
import type { FieldJson } from './field';
import type { LineBreakJson } from './linebreak';
import type { TabJson } from './tab';
import type { TextJson } from './text';

export type LinkJson = ElementJson & {
  type: 'link';
  url: string;
  rel: null;
  target: null;
  title: null;
  children: Array<TextJson | LineBreakJson | TabJson | FieldJson>;
};

export const linkNodeModule = nodeModule({
  type: 'link',
  role: 'inline',
  children: ['text', 'linebreak', 'tab', 'field'],
  fields: elementFields.extend({
    url: z.string().refine(isAllowedLinkUrl, { message: 'a link that is not http, https or mailto' }),
    rel: z.string().nullable().optional(),
    target: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
  }),
});

export const link = (url: string, children: LinkJson['children']): LinkJson => ({
  ...element(),
  type: 'link',
  url,
  rel: null,
  target: null,
  title: null,
  children,
});
