// Checks clause catalog files while they are being written: each file that exists is
// validated against the schema, and runs of 12 identical words between entries are
// reported across all files present. Usage: node --import tsx scripts/check-catalog.ts [standard]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { formatIssues } from '../src-shared/api/format-issues';
import { clauseTexts, sharedWordRuns } from '../src-shared/guidance/catalog-checks';
import {
  type ClauseEntry,
  certificationStepSchema,
  clauseEntrySchema,
  foundationEntrySchema,
  standardManifestSchema,
} from '../src-shared/guidance/catalog-schema';

const folder = join(__dirname, '..', 'resources', 'standards', process.argv[2] ?? 'iso-9001-2015');
const manifest = standardManifestSchema.parse(parse(readFileSync(join(folder, 'standard.yaml'), 'utf8')));
const texts: Array<{ id: string; texts: string[] }> = [];
let problems = 0;

function check(file: string, schema: z.ZodType): unknown[] | undefined {
  const path = join(folder, file);
  if (!existsSync(path)) {
    console.log(`${file}: not written yet`);
    return undefined;
  }
  const raw = parse(readFileSync(path, 'utf8')) as unknown[];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    const id = (item as { id?: string }).id ?? `#${index}`;
    if (!result.success) {
      problems += 1;
      console.log(`${file} ${id}: ${formatIssues(result.error.issues)}`);
    }
  });
  console.log(`${file}: ${raw.length} entries`);
  return raw;
}

for (const file of manifest.clauseFiles) {
  const raw = check(file, clauseEntrySchema) as ClauseEntry[] | undefined;
  for (const entry of raw ?? []) texts.push({ id: entry.id, texts: clauseTexts(entry) });
}
for (const entry of (check(manifest.foundationFile, foundationEntrySchema) ?? []) as Array<{
  id: string;
  summary: string;
  explanation: string[];
  inPractice: string[];
}>) {
  texts.push({ id: entry.id, texts: [entry.summary, ...entry.explanation, ...entry.inPractice] });
}
for (const step of (check(manifest.certificationFile, certificationStepSchema) ?? []) as Array<{
  id: string;
  summary: string;
  whatToDo: string[];
  readyWhen: string[];
  pitfalls: string[];
}>) {
  texts.push({ id: step.id, texts: [step.summary, ...step.whatToDo, ...step.readyWhen, ...step.pitfalls] });
}
for (const shared of sharedWordRuns(texts, 12)) {
  problems += 1;
  console.log(`repeated 12-word run in ${shared.entries.join(' and ')}: "${shared.run}"`);
}
console.log(problems === 0 ? 'no problems' : `${problems} problems`);
process.exitCode = problems === 0 ? 0 : 1;
