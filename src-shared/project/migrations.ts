import type { RevisionScheme } from '../control/revision';
import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * Old files are brought up to the current schema when they are read, in memory. The
 * file on disk is rewritten in the new form only when the program next saves it, so
 * opening a project never changes it. A file from a newer program is refused.
 */
export type Migration = { ok: true; value: unknown; from: number } | { ok: false; reason: string };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function versionOf(json: unknown): number | null {
  return isObject(json) && typeof json.schemaVersion === 'number' && Number.isInteger(json.schemaVersion)
    ? json.schemaVersion
    : null;
}

function run(json: unknown, steps: Record<number, (file: Json) => Json>): Migration {
  const from = versionOf(json);
  if (from === null || !isObject(json)) return { ok: false, reason: 'schemaVersion: expected a whole number' };
  if (from > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `written by a newer version of QMS Workbench (schema ${from}; this program knows up to ${CURRENT_SCHEMA_VERSION}). Update the program to open it.`,
    };
  }
  let file: Json = json;
  for (let version = from; version < CURRENT_SCHEMA_VERSION; version += 1) {
    const step = steps[version];
    if (!step) return { ok: false, reason: `schemaVersion ${from} is not a version this program can read` };
    file = { ...step(file), schemaVersion: version + 1 };
  }
  return { ok: true, value: file, from };
}

export function migrateProjectFile(json: unknown): Migration {
  // Version 2 changed documents only; the project file is the same.
  return run(json, { 1: (file) => file });
}

export function migrateDocumentFile(json: unknown, context: { revisionScheme: RevisionScheme }): Migration {
  const migrated = run(json, { 1: (file) => documentV1toV2(file, context.revisionScheme) });
  if (!migrated.ok || !isObject(migrated.value) || !isObject(migrated.value.content)) return migrated;
  return { ...migrated, value: { ...migrated.value, content: normalizeContent(migrated.value.content) } };
}

/**
 * Content written before the node set was settled may hold headings h4 to h6 (the
 * editor's Markdown shortcut made them). A document has three heading levels now, as
 * Word's outline and the export do: deeper headings are read as h3, and written so at
 * the next save. Nothing else is touched.
 */
function normalizeContent(content: Json): Json {
  const visit = (node: unknown): unknown => {
    if (!isObject(node)) return node;
    let next: Json = node;
    if (node.type === 'heading' && typeof node.tag === 'string' && /^h[4-6]$/.test(node.tag)) next = { ...next, tag: 'h3' };
    if (Array.isArray(node.children)) next = { ...next, children: node.children.map(visit) };
    return next;
  };
  return { ...content, root: visit(content.root) };
}

/**
 * Version 1 kept one flat approval (approvedBy, approvedOn, effectiveDate). Version 2
 * keeps the revision in force apart from the working one. A v1 document that was being
 * revised had its approval on the previous revision.
 */
function documentV1toV2(file: Json, scheme: RevisionScheme): Json {
  if (!isObject(file.meta)) return file;
  const { approvedBy, approvedOn, effectiveDate, ...meta } = file.meta;
  const approved = meta.status === 'approved' || meta.status === 'obsolete';
  const revision = typeof meta.revision === 'string' ? meta.revision : '';
  const effectiveRevision = approved ? revision : previousApprovedLabel(scheme, revision);
  const hasApproval = typeof approvedBy === 'string' && approvedBy !== '' && typeof approvedOn === 'string';
  const effective =
    hasApproval && effectiveRevision
      ? {
          revision: effectiveRevision,
          approvedBy,
          approvedOn,
          effectiveDate: typeof effectiveDate === 'string' ? effectiveDate : approvedOn,
          selfApproved: typeof meta.author === 'string' && meta.author.trim().toLowerCase() === approvedBy.trim().toLowerCase(),
          changeSummary: approved && typeof meta.changeSummary === 'string' ? meta.changeSummary : '',
          contentHash: null,
        }
      : null;
  return { ...file, meta: { ...meta, effective } };
}

/** The approved revision before a working label, or null when there was none. */
function previousApprovedLabel(scheme: RevisionScheme, label: string): string | null {
  if (scheme === 'numeric') {
    const n = Number(label);
    return Number.isInteger(n) && n > 1 ? String(n - 1) : null;
  }
  if (scheme === 'decimal') {
    const major = Number(label.split('.')[0]);
    return Number.isInteger(major) && major >= 1 ? `${major}.0` : null;
  }
  if (!/^[A-Z]+$/.test(label) || label === 'A') return null;
  // Letters count like spreadsheet columns: step the number down by one.
  let n = 0;
  for (const char of label) n = n * 26 + (char.charCodeAt(0) - 64);
  n -= 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
