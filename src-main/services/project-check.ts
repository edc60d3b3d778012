import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isReviewOverdue } from '../../src-shared/control/status-rules';
import type { ClauseCatalog } from '../../src-shared/guidance/catalog-schema';
import { computeCoverage } from '../../src-shared/guidance/coverage';
import { exclusionVerdict } from '../../src-shared/guidance/exclusions';
import { REVISIONS_DIR, snapshotFilePath } from '../../src-shared/project/schema';
import { tailoringWarnings } from '../../src-shared/tailoring/tailoring';
import type { ProjectStore } from './project-store';
import { checkRecords } from './record-check';
import { listSnapshots, readSnapshot } from './revision-snapshots';
import { readTrainingRecords } from './training-records';

export interface Finding {
  /** What kind of problem: damaged-file, snapshot, history, integrity, review-overdue, status, coverage-gap, exclusion, tailoring. */
  kind: string;
  file?: string;
  document?: string;
  clause?: string;
  message: string;
}

export interface CheckReport {
  errors: Finding[];
  warnings: Finding[];
}

/**
 * Everything `qms check` looks at: every file parses and passes its schema, every
 * approved revision has an unaltered snapshot, the history log reads, and no
 * document is past its review date. Reads only; never repairs anything.
 */
export async function checkProject(store: ProjectStore, catalog?: ClauseCatalog): Promise<CheckReport> {
  const report: CheckReport = { errors: [], warnings: [] };
  const scheme = store.settings.revisionScheme;
  const today = store.today();
  const { documents, damaged } = await store.loadAllDocuments();

  for (const file of damaged)
    report.errors.push({ kind: 'damaged-file', file: file.file, message: `${file.file}: ${file.reason}` });
  // Training records are evidence too: one that cannot be read is reported, never repaired.
  for (const problem of (await readTrainingRecords(store.folder)).problems)
    report.errors.push({ kind: 'damaged-file', file: problem.file, message: `${problem.file}: ${problem.reason}` });

  const checked = new Set<string>();
  for (const { meta, content } of documents) {
    if (meta.status !== 'obsolete') {
      const untailored = tailoringWarnings(await store.tailoringOf(meta, content));
      if (untailored.length > 0) {
        report.warnings.push({
          kind: 'tailoring',
          document: meta.id,
          message: `${meta.id} ${meta.title} is not yet the organization's own: ${untailored.join(' ')}`,
        });
      }
    }
    if ((meta.status === 'approved' || meta.status === 'obsolete') && meta.effective?.revision !== meta.revision) {
      report.errors.push({
        kind: 'status',
        document: meta.id,
        message: `${meta.id} is ${meta.status} at revision ${meta.revision} but records no approval of that revision.`,
      });
    }
    if (meta.effective?.contentHash) {
      const file = snapshotFilePath(meta.id, meta.effective.revision);
      checked.add(file);
      const snapshot = await readSnapshot(store.folder, meta.id, meta.effective.revision, scheme);
      if (!snapshot.ok) report.errors.push({ kind: 'snapshot', file, document: meta.id, message: `${file}: ${snapshot.reason}` });
      else if (snapshot.value.contentHash !== meta.effective.contentHash) {
        report.errors.push({
          kind: 'snapshot',
          file,
          document: meta.id,
          message: `${file} is not the revision that was approved.`,
        });
      }
    }
    if (isReviewOverdue(meta, today)) {
      report.warnings.push({
        kind: 'review-overdue',
        document: meta.id,
        message: `${meta.id} ${meta.title} was due for review on ${meta.nextReviewDate}.`,
      });
    }
  }

  const known = new Set(documents.map(({ meta }) => meta.id));
  for (const id of await readdir(join(store.folder, REVISIONS_DIR)).catch(() => [] as string[])) {
    for (const revision of await listSnapshots(store.folder, id)) {
      const file = snapshotFilePath(id, revision);
      if (checked.has(file)) continue;
      const snapshot = await readSnapshot(store.folder, id, revision, scheme);
      if (!snapshot.ok) report.errors.push({ kind: 'snapshot', file, document: id, message: `${file}: ${snapshot.reason}` });
    }
    if (!known.has(id) && !damaged.some((d) => d.file.endsWith(`/${id}.json`))) {
      report.warnings.push({
        kind: 'snapshot',
        document: id,
        message: `Approved revisions of ${id} are kept, but the document itself is missing.`,
      });
    }
  }

  if (catalog) {
    const project = await store.getProject();
    const coverage = computeCoverage({
      clauses: catalog.clauses,
      documents: project.documents,
      sectionClauses: project.sectionClauses,
      notApplicable: project.organization.notApplicable,
    });
    for (const item of coverage) {
      if (item.gap) {
        const kinds = [...new Set(item.clause.documentedInformation.map((info) => info.kind))].join(' and ');
        report.warnings.push({
          kind: 'coverage-gap',
          clause: item.clause.id,
          message: `${item.clause.id} ${item.clause.title}: no document addresses the documented information the standard requires (${kinds}).`,
        });
      }
    }
    for (const { clause } of project.organization.notApplicable) {
      const verdict = exclusionVerdict(clause);
      if (!catalog.clauses.some((entry) => entry.id === clause)) {
        report.warnings.push({
          kind: 'exclusion',
          clause,
          message: `The profile declares clause ${clause} not applicable, but there is no such clause.`,
        });
      } else
        report.warnings.push({
          kind: 'exclusion',
          clause,
          message: verdict.acceptable
            ? `${clause} is declared not applicable; an auditor accepts that only on a condition. ${verdict.caution}`
            : verdict.reason,
        });
    }
  }

  const records = await checkRecords(store.folder, scheme, documents);
  report.errors.push(...records.errors);
  report.warnings.push(...records.warnings);
  return report;
}
