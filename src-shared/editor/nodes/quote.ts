import { type ElementJson, element, elementFields, nodeModule } from './element';
import type { InlineJson } from './inline';

export type QuoteJson = ElementJson & { type: 'quote'; children: InlineJson[] };

export const quoteNodeModule = nodeModule({ type: 'quote', role: 'block', children: ['@inline'], fields: elementFields });

export const quote = (children: InlineJson[]): QuoteJson => ({ ...element(), type: 'quote', children });
