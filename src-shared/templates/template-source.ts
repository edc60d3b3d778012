import { parse as parseYaml } from 'yaml';
import { type TemplateFrontMatter, templateFrontMatterSchema } from './template-schema';

// The parts of a template before its Markdown is converted: front matter and placeholders.

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits and validates the front matter; the body is the Markdown after it. */
export function parseTemplateSource(source: string): { frontMatter: TemplateFrontMatter; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error('A template must begin with front matter between two "---" lines.');
  let raw: unknown;
  try {
    raw = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new Error(`The template front matter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error('The template front matter must be a set of "key: value" lines.');
  }
  const record = raw as Record<string, unknown>;
  const parsed = templateFrontMatterSchema.safeParse(record);
  if (!parsed.success) {
    const id = typeof record.id === 'string' && record.id.length <= 100 ? record.id : undefined;
    const problems = parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => `front matter field "${key}" is not a template field`).join('; ');
      }
      const field = issue.path.map(String).join('.') || '(front matter)';
      const top = issue.path[0];
      if (issue.path.length === 1 && typeof top === 'string' && record[top] === undefined) {
        return `front matter field "${field}" is missing`;
      }
      return `front matter field "${field}": ${issue.message}`;
    });
    throw new Error(`${id === undefined ? 'Template' : `Template "${id}"`}: ${problems.join('; ')}.`);
  }
  return { frontMatter: parsed.data, body: source.slice(match[0].length) };
}

export const PLACEHOLDER = /\{\{([A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)\}\}/g;
const ANY_BRACES = /\{\{([^{}]*)\}\}/g;

/** Checks that the body's placeholders are well formed and match the `fields` list exactly. */
export function checkFields(frontMatter: TemplateFrontMatter, body: string): void {
  const label = `Template "${frontMatter.id}"`;
  const used = new Set<string>();
  for (const match of body.matchAll(ANY_BRACES)) {
    const inner = match[1] ?? '';
    if (!new RegExp(`^${PLACEHOLDER.source}$`).test(match[0])) {
      throw new Error(`${label}: "{{${inner}}}" is not a placeholder; write a field path such as {{organization.name}}.`);
    }
    used.add(inner);
  }
  const declared = new Set<string>(frontMatter.fields);
  for (const path of used) {
    if (!declared.has(path)) {
      throw new Error(`${label}: the body uses {{${path}}} but front matter field "fields" does not list it.`);
    }
  }
  for (const path of declared) {
    if (!used.has(path)) {
      throw new Error(`${label}: front matter field "fields" lists "${path}" but the body does not use it.`);
    }
  }
}

/**
 * Placeholders are found in the raw Markdown, before it is parsed, so an escaped brace
 * (`\{\{` written for a literal "{{") is never taken for one. Each is swapped for its
 * path between two private-use characters, which Markdown leaves alone wherever they
 * stand (emphasis, tables, lists), and the converter turns them into field nodes.
 */
export const FIELD_MARK = /\uE000([A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)\uE001/g;

export function markPlaceholders(body: string): string {
  if (/[\uE000\uE001]/.test(body)) throw new Error('the body holds characters reserved for placeholders (U+E000, U+E001)');
  return body.replace(PLACEHOLDER, (_, path: string) => `\uE000${path}\uE001`);
}
