import {
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  CHECK_LIST,
  type ElementTransformer,
  HEADING,
  ITALIC_STAR,
  ORDERED_LIST,
  QUOTE,
  type Transformer,
  UNORDERED_LIST,
} from '@lexical/markdown';

/** "# " to "### " only: a document has three heading levels (src-shared/editor/nodes/heading.ts). */
const DOCUMENT_HEADING: ElementTransformer = { ...HEADING, regExp: /^(#{1,3})\s/ };

/** Typing shortcuts ("# ", "- ", "1. ", "[ ] ", **bold**) limited to the nodes a document may hold. */
export const DOCUMENT_SHORTCUTS: Transformer[] = [
  DOCUMENT_HEADING,
  QUOTE,
  CHECK_LIST,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  ITALIC_STAR,
];
