import { type ElementJson, element, elementFields, nodeModule } from './element';
import type { GuidanceJson } from './guidance';
import type { HeadingJson } from './heading';
import type { HorizontalRuleJson } from './horizontalrule';
import type { ListJson } from './list';
import type { PageBreakJson } from './pagebreak';
import { type ParagraphJson, paragraph } from './paragraph';
import type { QuoteJson } from './quote';
import type { TableJson } from './table';
import { textNode } from './text';

export type BlockJson =
  | ParagraphJson
  | HeadingJson
  | QuoteJson
  | ListJson
  | TableJson
  | GuidanceJson
  | HorizontalRuleJson
  | PageBreakJson;
export type RootJson = ElementJson & { type: 'root'; children: BlockJson[] };

export const rootNodeModule = nodeModule({ type: 'root', role: 'part', children: ['@block'], fields: elementFields });

export const root = (children: BlockJson[]): RootJson => ({ ...element(), type: 'root', children });

/** A document's content from its blocks. An empty document still has a paragraph to type in, as in the editor. */
export const documentContent = (children: BlockJson[]): { root: RootJson } => ({
  root: root(children.length === 0 ? [paragraph([])] : children),
});

/** Content of plain paragraphs, one per text: for blank documents and tests. */
export const paragraphsContent = (...texts: string[]): { root: RootJson } =>
  documentContent(texts.map((text) => paragraph(text ? [textNode(text)] : [])));
