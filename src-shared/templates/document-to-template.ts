import { stringify } from 'yaml';
import type { SerializedContent } from '../editor/serialized-content';
import type { DocumentMeta } from '../project/schema';
import { compileTemplate } from './compile-template';
import { contentToMarkdown } from './content-to-markdown';

export interface TemplateDetails {
  id: string;
  title: string;
  summary: string;
}

/**
 * A document as a template of the library's format: its type and clauses in the front
 * matter, its text as Markdown, its linked fields as placeholders and its guidance as
 * guidance blocks. The result is compiled once before it is handed back, so a template
 * that would not load is never written.
 */
export function documentToTemplate(meta: DocumentMeta, content: SerializedContent, details: TemplateDetails): string {
  const { body, fields } = contentToMarkdown(content);
  const frontMatter = stringify(
    {
      id: details.id,
      title: details.title.trim(),
      documentType: meta.type,
      clauses: meta.clauses,
      fields,
      summary: details.summary.trim(),
    },
    { lineWidth: 0 },
  );
  const source = `---\n${frontMatter}---\n\n${body}`;
  compileTemplate(source);
  return source;
}
