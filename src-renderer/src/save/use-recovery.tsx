import { type JSX, useCallback, useRef, useState } from 'react';
import type { OpenedDocument } from '../../../src-shared/api/contract';
import { type EditJournal, type JournalEntry, sameContent } from './edit-journal';
import { RecoveryDialog } from './RecoveryDialog';
import { markRecovered } from './recovered-documents';

type Choice = 'recover' | 'discard';

export interface Recovery {
  /**
   * The document to show for what was read from disk: as it is, or (when the user
   * chooses so) with the journal's unsaved edits, based on the version they were made on.
   */
  offer: (fromDisk: OpenedDocument) => Promise<OpenedDocument>;
  /** The dialog while a choice is open, else null. */
  dialog: JSX.Element | null;
}

/** Offers the journal's unflushed edits back when a document is opened; nothing is applied silently. */
export function useRecovery(journal: EditJournal | null): Recovery {
  const [pending, setPending] = useState<{ entry: JournalEntry; choose: (choice: Choice) => void } | null>(null);
  // Read when a document opens, so `offer` stays the same function and opening does not re-run on it.
  const journalRef = useRef(journal);
  journalRef.current = journal;

  const offer = useCallback(async (fromDisk: OpenedDocument) => {
    const journal = journalRef.current;
    if (!journal) return fromDisk;
    const id = fromDisk.meta.id;
    const entry = await journal.get(id).catch(() => undefined);
    if (!entry) return fromDisk;
    if (sameContent(entry.content, fromDisk.content)) {
      // The save made it after all; only the journal's clean-up did not.
      await journal.discard(id).catch(() => undefined);
      return fromDisk;
    }
    const choice = await new Promise<Choice>((choose) => setPending({ entry, choose }));
    setPending(null);
    if (choice === 'discard') {
      await journal.discard(id);
      return fromDisk;
    }
    // Based on the version the edits were made on: if the file changed since, saving runs into the conflict choices.
    return markRecovered({ ...fromDisk, content: entry.content, version: entry.baseVersion });
  }, []);

  const dialog = pending ? (
    <RecoveryDialog
      entry={pending.entry}
      onRecover={() => pending.choose('recover')}
      onDiscard={() => pending.choose('discard')}
    />
  ) : null;
  return { offer, dialog };
}
