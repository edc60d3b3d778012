import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../../src-shared/api/result';
import { type CompiledTemplate, compileTemplate } from '../../src-shared/templates/compile-template';
import { TEMPLATE_ID_PATTERN, type TemplateFrontMatter } from '../../src-shared/templates/template-schema';

/**
 * The template library: one `<id>.md` file per template, from up to three folders in
 * order: the program's own (built-in), the project's `templates/` folder and the
 * user's own folder (settings). Every template passes the same checks (front matter,
 * placeholders, compiling); a broken one, or one whose id is taken by an earlier
 * folder, is reported by file name and skipped, and the rest stay usable. Ids are
 * kebab-case and double as file names, so an id can never name a path outside a folder.
 */

export const TEMPLATE_EXTENSION = '.md';

export type TemplateSource = 'built-in' | 'project' | 'user';

export interface TemplateFolder {
  source: TemplateSource;
  dir: string;
}

export interface LibraryTemplate {
  frontMatter: TemplateFrontMatter;
  source: TemplateSource;
  /** Absolute path of the Markdown file. */
  file: string;
}

export interface TemplateProblem {
  file: string;
  reason: string;
}

export interface LibraryListing {
  templates: LibraryTemplate[];
  problems: TemplateProblem[];
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  result: { ok: true; compiled: CompiledTemplate } | { ok: false; reason: string };
}

function isErrnoException(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

export function checkTemplateId(id: string): void {
  if (typeof id !== 'string' || !TEMPLATE_ID_PATTERN.test(id)) {
    throw new DomainError(
      'invalid-request',
      `${JSON.stringify(id)} is not a template id: ids are kebab-case, such as quality-policy.`,
    );
  }
}

export class TemplateLibrary {
  /** Compiled templates by file, kept while the file's size and time stay the same. */
  private readonly cache = new Map<string, CacheEntry>();

  /** `folders` is asked each time: the user may name another folder of their own meanwhile. */
  constructor(private readonly folders: () => Promise<TemplateFolder[]>) {}

  async list(): Promise<LibraryListing> {
    const templates: LibraryTemplate[] = [];
    const problems: TemplateProblem[] = [];
    const taken = new Map<string, LibraryTemplate>();
    for (const folder of await this.folders()) {
      for (const name of await templateFileNames(folder, problems)) {
        const file = join(folder.dir, name);
        const result = await this.compileFile(file);
        if (!result.ok) {
          problems.push({ file, reason: result.reason });
          continue;
        }
        const { frontMatter } = result.compiled;
        const expected = name.slice(0, -TEMPLATE_EXTENSION.length);
        if (frontMatter.id !== expected) {
          problems.push({ file, reason: `it has the id "${frontMatter.id}"; it must be "${expected}", as its file name.` });
          continue;
        }
        const earlier = taken.get(frontMatter.id);
        if (earlier) {
          problems.push({
            file,
            reason: `the id "${frontMatter.id}" is already used by the ${earlier.source} template ${earlier.file}; give this one another id.`,
          });
          continue;
        }
        const template = { frontMatter, source: folder.source, file };
        taken.set(frontMatter.id, template);
        templates.push(template);
      }
    }
    templates.sort((a, b) => a.frontMatter.id.localeCompare(b.frontMatter.id));
    return { templates, problems };
  }

  /** One template, compiled; a broken one is an error naming its file. */
  async get(id: string): Promise<LibraryTemplate & { compiled: CompiledTemplate; markdown: string }> {
    checkTemplateId(id);
    for (const folder of await this.folders()) {
      const file = join(folder.dir, `${id}${TEMPLATE_EXTENSION}`);
      let markdown: string;
      try {
        markdown = await readFile(file, 'utf8');
      } catch (error) {
        if (isErrnoException(error, 'ENOENT') || isErrnoException(error, 'ENOTDIR')) continue;
        throw new DomainError('unavailable', `Cannot read the template ${file}: ${(error as Error).message}`);
      }
      const result = await this.compileFile(file);
      if (!result.ok) throw new DomainError('damaged', `The template ${file} cannot be used: ${result.reason}`);
      return { frontMatter: result.compiled.frontMatter, source: folder.source, file, compiled: result.compiled, markdown };
    }
    throw new DomainError('not-found', `There is no template "${id}".`);
  }

  /** The compiled content of a template, or null when it is gone or broken: for tailoring figures. */
  async compiledOrNull(id: string): Promise<CompiledTemplate | null> {
    if (!TEMPLATE_ID_PATTERN.test(id)) return null;
    try {
      return (await this.get(id)).compiled;
    } catch {
      return null;
    }
  }

  /** Drops what is cached for a file the program itself just wrote. */
  forget(file: string): void {
    this.cache.delete(file);
  }

  private async compileFile(file: string): Promise<CacheEntry['result']> {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(file);
    } catch (error) {
      return { ok: false, reason: `cannot be read (${(error as Error).message})` };
    }
    const cached = this.cache.get(file);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.result;
    let result: CacheEntry['result'];
    try {
      result = { ok: true, compiled: compileTemplate(await readFile(file, 'utf8')) };
    } catch (error) {
      result = { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    this.cache.set(file, { mtimeMs: info.mtimeMs, size: info.size, result });
    return result;
  }
}

/** The `<id>.md` files of a folder; other files (README.md, notes) are not templates. A missing folder has none. */
async function templateFileNames(folder: TemplateFolder, problems: TemplateProblem[]): Promise<string[]> {
  try {
    const entries = await readdir(folder.dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith(TEMPLATE_EXTENSION))
      .map((entry) => entry.name)
      .filter((name) => TEMPLATE_ID_PATTERN.test(name.slice(0, -TEMPLATE_EXTENSION.length)))
      .sort();
  } catch (error) {
    if (isErrnoException(error, 'ENOENT')) return [];
    problems.push({
      file: folder.dir,
      reason: `the ${folder.source} templates folder cannot be read (${(error as Error).message})`,
    });
    return [];
  }
}
