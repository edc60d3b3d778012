import type { RevisionRow } from '../export/export-model';
import type { EffectiveRevision } from '../project/schema';
import type { HistoryEntry } from './history';

/**
 * A document's revision history for its controlled copy: each approved revision, in
 * the order approved, with its date, approver and description. The snapshots' records
 * are preferred; approvals from before snapshots were kept come from the history log.
 */
export function approvedRevisions(entries: readonly HistoryEntry[], snapshots: readonly EffectiveRevision[]): RevisionRow[] {
  const byRevision = new Map(snapshots.map((effective) => [effective.revision, effective]));
  const rows: RevisionRow[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (entry.event !== 'status-changed' || entry.to.status !== 'approved' || seen.has(entry.to.revision)) continue;
    seen.add(entry.to.revision);
    const effective = byRevision.get(entry.to.revision);
    rows.push({
      revision: entry.to.revision,
      date: effective?.approvedOn ?? entry.at.slice(0, 10),
      description: effective?.changeSummary ?? entry.note ?? '',
      approvedBy: effective?.approvedBy ?? entry.by,
    });
  }
  // Snapshots whose approval line is missing from the log still count (qms check reports the gap).
  for (const effective of snapshots) {
    if (seen.has(effective.revision)) continue;
    rows.push({
      revision: effective.revision,
      date: effective.approvedOn,
      description: effective.changeSummary,
      approvedBy: effective.approvedBy,
    });
  }
  return rows.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

/** The rows a copy shows: approvals up to the revision exported, then the draft's own line when it is one. */
export function revisionRowsFor(
  approved: readonly RevisionRow[],
  exported: { revision: string; changeSummary: string; draft: boolean },
): RevisionRow[] {
  const index = approved.findIndex((row) => row.revision === exported.revision);
  const upTo = index >= 0 ? approved.slice(0, index + 1) : [...approved];
  return exported.draft
    ? [...upTo, { revision: exported.revision, date: null, description: exported.changeSummary, approvedBy: null }]
    : upTo;
}
