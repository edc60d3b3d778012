import { createContext, useMemo } from 'react';
import type { WorkbenchDatabase } from '../db/database';
import { EditJournal } from './edit-journal';

/** The open project's edit journal, for the editor and the recovery on open; null before a project is open. */
export const EditJournalContext = createContext<EditJournal | null>(null);

/** One journal per project folder. */
export function useEditJournal(db: WorkbenchDatabase, folder: string | undefined): EditJournal | null {
  return useMemo(() => (folder ? new EditJournal(db, folder) : null), [db, folder]);
}
