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

export const serializedNodeSchema: z.ZodType<SerializedNodeShape> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1),
    version: z.number().int().nonnegative(),
    children: z.array(serializedNodeSchema).optional(),
  }),
);

export const serializedContentSchema = z.object({
  root: z
    .looseObject({
      type: z.literal('root'),
      version: z.number().int().nonnegative(),
      children: z.array(serializedNodeSchema),
    })
    .refine((root) => root.children.every((child) => child.type !== 'root'), {
      message: 'a root node may not contain another root node',
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
