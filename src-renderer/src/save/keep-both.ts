import type { QmsApi } from '../../../src-shared/api/client';
import type { OpenedDocument, SavedDocumentView } from '../../../src-shared/api/contract';
import { ok, type Result } from '../../../src-shared/api/result';
import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import type { EditJournal } from './edit-journal';

export interface KeptBoth {
  /** The new document holding the user's text. */
  copy: SavedDocumentView;
  /** The original as it is on disk now, for the editor to show. */
  latest: OpenedDocument;
}

/**
 * After a conflict, keeps both texts: the user's becomes a new document, the original
 * keeps what is on disk. The journal entry goes only once the copy is safely written.
 */
export async function keepBoth(
  api: QmsApi,
  id: string,
  mine: SerializedContent,
  journal: EditJournal | null,
): Promise<Result<KeptBoth>> {
  const copy = await api.saveAsCopy({ id, content: mine });
  if (!copy.ok) return copy;
  await journal?.discard(id).catch(() => undefined);
  const latest = await api.readDocument({ id });
  if (!latest.ok) return latest;
  return ok({ copy: copy.value, latest: latest.value });
}

export function keptBothNotice({ copy, latest }: KeptBoth): string {
  return `Your text is kept as ${copy.meta.id} “${copy.meta.title}”; ${latest.meta.id} now shows the version on disk.`;
}
