import { DomainError } from '../../src-shared/api/result';
import type { RevisionScheme } from '../../src-shared/control/revision';
import type { DocumentMeta, RevisionSnapshot } from '../../src-shared/project/schema';
import { listSnapshots, readSnapshot } from './revision-snapshots';

/**
 * An approved revision of a document as its snapshot holds it, for showing beside the
 * draft, comparing, or going back to. The snapshot's content must match the hash it
 * recorded and, for the revision in force, the hash the document recorded at approval;
 * anything else is reported as damaged and nothing is shown from it.
 */
export async function readApprovedCopy(
  folder: string,
  scheme: RevisionScheme,
  meta: Pick<DocumentMeta, 'id' | 'effective'>,
  revision: string,
): Promise<RevisionSnapshot> {
  if (!(await listSnapshots(folder, meta.id)).includes(revision)) {
    const why =
      meta.effective?.revision === revision && meta.effective.contentHash === null
        ? 'it was approved before approved copies were kept'
        : 'no approved copy of that revision is kept';
    throw new DomainError('not-found', `There is no approved text of ${meta.id} revision ${revision}: ${why}.`);
  }
  const snapshot = await readSnapshot(folder, meta.id, revision, scheme);
  if (!snapshot.ok) {
    throw new DomainError('damaged', `The approved copy of ${meta.id} revision ${revision} cannot be used: ${snapshot.reason}.`);
  }
  const recorded = meta.effective?.revision === revision ? meta.effective.contentHash : null;
  if (recorded !== null && snapshot.value.contentHash !== recorded) {
    throw new DomainError(
      'damaged',
      `The approved copy of ${meta.id} revision ${revision} is not the text that was approved (its hash differs from the approval record).`,
    );
  }
  return snapshot.value;
}
