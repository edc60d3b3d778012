import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { documentContent } from '../editor/nodes';
import type { SerializedContent } from '../editor/serialized-content';
import { convertBlocks } from './markdown/blocks';
import { nestingProblem } from './markdown/nesting';
import type { TemplateFrontMatter } from './template-schema';
import { checkFields, markPlaceholders, parseTemplateSource } from './template-source';

/**
 * Templates are Markdown with YAML front matter (docs/templates.md). This compiles one
 * to Lexical's serialized JSON, as Lexical 0.52 writes it, without an editor, so it runs
 * in the main process, the renderer and the command line alike. Placeholders become
 * field nodes and guidance blocks guidance nodes: nothing of the organization's is
 * written into the text, so the compiled content is the same for every project. Each
 * kind of Markdown node has its converter in markdown/.
 */
export interface CompiledTemplate {
  frontMatter: TemplateFrontMatter;
  content: SerializedContent;
}

export function compileTemplate(source: string): CompiledTemplate {
  const { frontMatter, body } = parseTemplateSource(source);
  checkFields(frontMatter, body);
  const tooDeep = nestingProblem(body);
  if (tooDeep) throw new Error(`Template "${frontMatter.id}": ${tooDeep}.`);
  let blocks: ReturnType<typeof convertBlocks>;
  try {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markPlaceholders(body));
    blocks = convertBlocks(tree.children);
  } catch (error) {
    throw new Error(`Template "${frontMatter.id}": ${(error as Error).message}.`);
  }
  return { frontMatter, content: documentContent(blocks) as SerializedContent };
}
