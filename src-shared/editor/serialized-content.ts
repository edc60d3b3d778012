import { z } from 'zod';

/**
 * The shape every stored Lexical document must have. Deliberately loose about node
 * fields (each node class owns its own), strict about the tree: a root node, and
 * every node a `type` and a `version`, with children as an array of nodes.
 */
export interface SerializedNodeShape {
  type: string;
  version: number;
  children?: SerializedNodeShape[];
  [key: string]: unknown;
}

/**
 * The node types a document may contain (the classes in nodes.ts and the core ones),
 * with the tags each may carry. A file with anything else is reported as damaged
 * rather than handed to the editor, which cannot build it.
 */
export const DOCUMENT_NODE_TYPES = ['paragraph', 'text', 'linebreak', 'tab', 'heading', 'quote', 'list', 'listitem'] as const;

const ALLOWED_TAGS: Readonly<Record<string, readonly string[]>> = {
  heading: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  list: ['ul', 'ol'],
};

export const serializedNodeSchema: z.ZodType<SerializedNodeShape> = z.lazy(() =>
  z
    .looseObject({
      type: z.enum(DOCUMENT_NODE_TYPES, { message: 'a node of a type documents cannot hold' }),
      version: z.number().int().nonnegative(),
      children: z.array(serializedNodeSchema).optional(),
    })
    .refine((node) => !(node.type in ALLOWED_TAGS) || (ALLOWED_TAGS[node.type] ?? []).includes(node.tag as string), {
      message: 'a heading or list with a tag it cannot have',
      path: ['tag'],
    }),
);

export const serializedContentSchema = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    version: z.number().int().nonnegative(),
    children: z.array(serializedNodeSchema),
  }),
});

export type SerializedContent = z.infer<typeof serializedContentSchema>;

/** The plain text of a document, one block a line: for search, checks and tests. */
export function contentToPlainText(content: SerializedContent): string {
  const lines: string[] = [];
  const textOf = (node: SerializedNodeShape): string => {
    if (typeof node.text === 'string') return node.text;
    if (node.type === 'linebreak') return '\n';
    return (node.children ?? []).map(textOf).join('');
  };
  const walkBlocks = (nodes: SerializedNodeShape[]) => {
    for (const node of nodes) {
      if (node.type === 'list') walkBlocks(node.children ?? []);
      else lines.push(textOf(node));
    }
  };
  walkBlocks(content.root.children);
  return lines.join('\n');
}
