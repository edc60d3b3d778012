// Checks the template library while it is being written: front matter, fields, clause
// references, that each template compiles, and the figures a reviewer looks at (words,
// sections, guidance blocks, tables, bracketed instructions). Repeated 12-word runs
// between templates, and with the clause catalog, are reported: each template is written
// for its own purpose. Usage: node --import tsx scripts/check-templates.ts [id ...]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { clauseTagsInContent } from '../src-shared/editor/clause-tags';
import { clauseTexts, sharedWordRuns } from '../src-shared/guidance/catalog-checks';
import type { ClauseEntry } from '../src-shared/guidance/catalog-schema';
import { compileTemplate } from '../src-shared/templates/compile-template';
import { TEMPLATE_IDS } from '../src-shared/templates/template-ids';

const root = join(__dirname, '..');
const folder = join(root, 'templates', 'iso-9001-2015');
const catalogFolder = join(root, 'resources', 'standards', 'iso-9001-2015');
const clauses: ClauseEntry[] = readdirSync(catalogFolder)
  .filter((name) => /^clauses-\d+\.yaml$/.test(name))
  .flatMap((name) => parse(readFileSync(join(catalogFolder, name), 'utf8')) as ClauseEntry[]);
const clauseIds = new Set(clauses.map((clause) => clause.id));
const only = process.argv.slice(2);

let problems = 0;
const problem = (message: string) => {
  problems += 1;
  console.log(`  PROBLEM ${message}`);
};
const texts: Array<{ id: string; texts: string[] }> = clauses.map((clause) => ({
  id: `catalog ${clause.id}`,
  texts: clauseTexts(clause),
}));

const files = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .sort();
for (const name of files) {
  const id = name.slice(0, -3);
  if (only.length > 0 && !only.includes(id)) continue;
  const source = readFileSync(join(folder, name), 'utf8');
  console.log(`${id}`);
  if (!(TEMPLATE_IDS as readonly string[]).includes(id)) problem(`"${id}" is not one of the library's template ids`);
  let compiled: ReturnType<typeof compileTemplate>;
  try {
    compiled = compileTemplate(source);
  } catch (error) {
    problem((error as Error).message);
    continue;
  }
  const { frontMatter } = compiled;
  if (frontMatter.id !== id) problem(`front matter id "${frontMatter.id}" differs from the file name`);
  for (const clause of frontMatter.clauses) if (!clauseIds.has(clause)) problem(`clause ${clause} is not in the catalog`);
  const tags = clauseTagsInContent(compiled.content);
  for (const tag of tags) if (!clauseIds.has(tag)) problem(`section tag {§${tag}} is not a clause of the catalog`);
  const body = source.replace(/^---[\s\S]*?\n---\n/, '');
  const guidance = (body.match(/^> \*\*Guidance:\*\*/gm) ?? []).length;
  const sections = (body.match(/^# /gm) ?? []).length;
  const subsections = (body.match(/^##+ /gm) ?? []).length;
  const tables = (body.match(/^\|(?:\s*:?-+:?\s*\|)+\s*$/gm) ?? []).length;
  const examples = (body.match(/^\| [*_]Example:[*_]/gm) ?? []).length;
  const brackets = (body.replace(/^> .*$/gm, '').match(/\[[^\]\n]{2,}\](?!\()/g) ?? []).length;
  const words = body.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length;
  console.log(
    `  ${frontMatter.documentType}; clauses ${frontMatter.clauses.join(', ')}; ${words} words; ${sections} sections, ` +
      `${subsections} subsections; ${guidance} guidance blocks; ${tables} tables (${examples} example rows); ` +
      `${brackets} bracketed instructions; section tags ${tags.join(', ') || 'none'}; fields ${frontMatter.fields.join(', ') || 'none'}`,
  );
  if (guidance === 0) problem('no guidance block for the author');
  if (sections === 0) problem('no "# " section headings');
  if (/^## /m.test(body) && body.search(/^## /m) < body.search(/^# /m))
    problem('a "## " heading comes before the first "# " section');
  if (/lorem|ipsum|\bTODO\b|\bTBD\b/i.test(body)) problem('placeholder text (lorem ipsum, TODO, TBD)');
  if (/\bshall\b/i.test(body)) problem('"shall" is the standard\'s word; write what the organization does');
  if (tables > 0 && examples === 0 && frontMatter.documentType !== 'procedure')
    console.log('  note: tables without rows marked "*Example:*"');
  // Line by line: a list of related documents in the library's order is not copied text.
  texts.push({ id, texts: body.split(/\n/) });
}

for (const shared of sharedWordRuns(texts, 12)) {
  if (shared.entries.every((entry) => entry.startsWith('catalog '))) continue;
  problem(`repeated 12-word run in ${shared.entries.join(' and ')}: "${shared.run}"`);
}
console.log(problems === 0 ? 'no problems' : `${problems} problems`);
process.exitCode = problems === 0 ? 0 : 1;
