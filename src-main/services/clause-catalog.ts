import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { formatIssues } from '../../src-shared/api/format-issues';
import { DomainError } from '../../src-shared/api/result';
import {
  type ClauseCatalog,
  certificationStepSchema,
  clauseEntrySchema,
  explainerEntrySchema,
  faqEntrySchema,
  foundationEntrySchema,
  frontMatterEntrySchema,
  standardManifestSchema,
  termEntrySchema,
} from '../../src-shared/guidance/catalog-schema';

async function readYaml<T>(folder: string, file: string, schema: z.ZodType<T>): Promise<T> {
  const path = join(folder, file);
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(path, 'utf8'));
  } catch (error) {
    throw new DomainError('damaged', `The clause catalog file ${path} cannot be read: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    // Name the entry as well as the field: "clauses-7.yaml entry 7.1.5: pitfalls: ...".
    const first = parsed.error.issues[0];
    const index = typeof first?.path[0] === 'number' ? first.path[0] : null;
    const entryId = index !== null && Array.isArray(raw) ? (raw[index] as { id?: unknown } | undefined)?.id : undefined;
    throw new DomainError(
      'damaged',
      `The clause catalog file ${file}${entryId ? ` (entry ${String(entryId)})` : ''} is not valid: ${formatIssues(parsed.error.issues)}`,
    );
  }
  return parsed.data;
}

const cache = new Map<string, Promise<ClauseCatalog>>();

/** Loads and validates one standard's catalog from resources/standards/<standard>/. */
export function loadClauseCatalog(standardsDir: string, standard = 'iso-9001-2015'): Promise<ClauseCatalog> {
  if (!/^[a-z0-9-]+$/.test(standard))
    return Promise.reject(new DomainError('invalid-request', `"${standard}" is not a standard id.`));
  const folder = join(standardsDir, standard);
  const cached = cache.get(folder);
  if (cached) return cached;
  const loading = (async () => {
    const manifest = await readYaml(folder, 'standard.yaml', standardManifestSchema);
    const clauses = (
      await Promise.all(manifest.clauseFiles.map((file) => readYaml(folder, file, clauseEntrySchema.array())))
    ).flat();
    const foundations = await readYaml(folder, manifest.foundationFile, foundationEntrySchema.array());
    const certification = await readYaml(folder, manifest.certificationFile, certificationStepSchema.array());
    const frontMatter = await readYaml(folder, manifest.frontMatterFile, frontMatterEntrySchema.array());
    const terms = await readYaml(folder, manifest.termFile, termEntrySchema.array());
    const faq = await readYaml(folder, manifest.faqFile, faqEntrySchema.array());
    const explainers = await readYaml(folder, manifest.explainerFile, explainerEntrySchema.array());
    return {
      standard: manifest,
      clauses,
      foundations,
      certification: [...certification].sort((a, b) => a.order - b.order),
      frontMatter,
      terms,
      faq,
      explainers,
    };
  })();
  cache.set(folder, loading);
  loading.catch(() => cache.delete(folder));
  return loading;
}
