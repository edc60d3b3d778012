import type { HistoryEntry } from './history';

// Kept apart from history.ts so the renderer can use it without bundling zod.
/** A sentence for the history view, e.g. "Approved: revision 3 (approved by its author)". */
export function describeHistoryEntry(entry: HistoryEntry): string {
  const to = `revision ${entry.to.revision}`;
  switch (entry.event) {
    case 'created':
      return `Created as ${to} (draft)`;
    case 'revision-started':
      return `Started ${to} from approved revision ${entry.from?.revision ?? '?'}`;
    case 'revision-discarded':
      return `Draft revision ${entry.from?.revision ?? '?'} discarded; ${to} remains in force`;
    case 'details-changed':
      return `Details changed in ${to}`;
    case 'renumbered':
      return `Renumbered ${entry.document} on sync`;
    case 'reconciled':
      return `Changes from two copies brought together in ${to}`;
    case 'status-changed': {
      const verbs: Record<string, string> = {
        'draft>in-review': 'Submitted for review',
        'in-review>draft': 'Returned to draft',
        'in-review>approved': 'Approved',
        'approved>obsolete': 'Made obsolete',
      };
      const verb = verbs[`${entry.from?.status}>${entry.to.status}`] ?? `Changed to ${entry.to.status}`;
      return `${verb}: ${to}${entry.selfApproved ? ' (approved by its author)' : ''}`;
    }
  }
}
