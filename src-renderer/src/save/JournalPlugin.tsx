import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useContext, useEffect, useRef } from 'react';
import type { OpenedDocument } from '../../../src-shared/api/contract';
import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import { flushBeforeClose } from './flush-before-close';
import { EditJournalContext } from './journal-context';
import { JournalRecorder } from './journal-recorder';
import { isRecoveredDocument } from './recovered-documents';
import type { SaveController } from './save-controller';

interface JournalPluginProps {
  controller: SaveController<SerializedContent>;
  document: OpenedDocument;
}

/**
 * Every change of the open document reaches the edit journal a moment after the user
 * pauses, and leaves it once a save has it. A document recovered from the journal
 * starts as unsaved changes, so it is saved (or runs into the conflict flow) like any edit.
 */
export function JournalPlugin({ controller, document }: JournalPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const journal = useContext(EditJournalContext);
  const documentRef = useRef(document);
  documentRef.current = document;

  useEffect(() => {
    if (!journal) return;
    const opened = documentRef.current;
    const recorder = new JournalRecorder({
      journal,
      documentId: opened.meta.id,
      title: () => documentRef.current.meta.title,
      read: () => editor.getEditorState().toJSON() as unknown as SerializedContent,
      baseVersion: () => controller.currentVersion,
    });
    const detach = journal.attach(recorder);
    // The changes a save is writing: counted when it starts, settled when it ends.
    let savingUpTo = 0;
    const offUpdate = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (tags.has(HISTORY_MERGE_TAG) || prevEditorState.isEmpty()) return;
      recorder.noteChange();
    });
    const offState = controller.subscribe((state) => {
      if (state.kind === 'saving') {
        savingUpTo = recorder.changes;
        return;
      }
      const upTo = savingUpTo;
      savingUpTo = 0;
      if (state.kind === 'saved') void recorder.saved(recorder.changes);
      // A save went through while the user typed on: the rest stays, against the new version.
      else if (state.kind === 'unsaved' && upTo > 0) void recorder.saved(upTo);
      else void recorder.rebase();
    });
    const offClose = flushBeforeClose(recorder, controller);
    if (isRecoveredDocument(opened)) {
      recorder.noteChange();
      controller.markChanged();
    }
    return () => {
      offClose();
      offState();
      offUpdate();
      detach();
      // An editor rebuilt from disk or closed after its save: nothing of it is pending.
      recorder.stop();
    };
  }, [editor, journal, controller]);

  return null;
}
