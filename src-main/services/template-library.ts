import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../../src-shared/api/result';
import { TEMPLATE_ID_PATTERN, type TemplateFrontMatter } from '../../src-shared/templates/template-schema';
import { parseTemplateSource } from '../../src-shared/templates/template-source';

/**
 * The template library: one `<id>.md` file per template in a folder. Ids are
 * kebab-case and double as file names, so an id can never name a path outside it.
 */

const TEMPLATE_EXTENSION = '.md';

function isErrnoException(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

function checkId(id: string): void {
  if (typeof id !== 'string' || !TEMPLATE_ID_PATTERN.test(id)) {
    throw new DomainError(
      'invalid-request',
      `${JSON.stringify(id)} is not a template id: ids are kebab-case, such as quality-policy.`,
    );
  }
}

/**
 * The front matter of every template in the folder, sorted by id. Files whose name
 * is not a template id (README.md) are ignored; a template whose front matter is
 * invalid, or whose id differs from its file name, is an error naming the file.
 */
export async function listTemplates(templatesDir: string): Promise<TemplateFrontMatter[]> {
  const entries = await readdir(templatesDir, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(TEMPLATE_EXTENSION))
    .map((entry) => entry.name)
    .filter((name) => TEMPLATE_ID_PATTERN.test(name.slice(0, -TEMPLATE_EXTENSION.length)))
    .sort();
  return Promise.all(
    files.map(async (name) => {
      const source = await readFile(join(templatesDir, name), 'utf8');
      let frontMatter: TemplateFrontMatter;
      try {
        frontMatter = parseTemplateSource(source).frontMatter;
      } catch (error) {
        throw new DomainError('damaged', `Template file ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const expected = name.slice(0, -TEMPLATE_EXTENSION.length);
      if (frontMatter.id !== expected) {
        throw new DomainError('damaged', `Template file ${name} has the id "${frontMatter.id}"; it must be "${expected}".`);
      }
      return frontMatter;
    }),
  );
}

/** The Markdown source of one template. */
export async function loadTemplate(templatesDir: string, id: string): Promise<string> {
  checkId(id);
  try {
    return await readFile(join(templatesDir, `${id}${TEMPLATE_EXTENSION}`), 'utf8');
  } catch (error) {
    if (isErrnoException(error, 'ENOENT')) throw new DomainError('not-found', `There is no template "${id}".`);
    throw error;
  }
}
