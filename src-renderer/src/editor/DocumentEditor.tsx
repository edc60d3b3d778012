import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { type InitialConfigType, LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { LexicalEditor } from 'lexical';
import { type JSX, useEffect, useMemo, useRef, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { OpenedDocument, SavedDocumentView } from '../../../src-shared/api/contract';
import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import type { ClauseEntry } from '../../../src-shared/guidance/catalog-schema';
import { isAllowedLinkUrl } from '../../../src-shared/security/link-url';
import { ClausePicker } from '../guidance/ClausePicker';
import { JournalPlugin } from '../save/JournalPlugin';
import { SaveController } from '../save/save-controller';
import { ClauseTagPlugin, TAG_SECTION_COMMAND } from './clause-tags/ClauseTagPlugin';
import { $sectionClause } from './clause-tags/section';
import { DOCUMENT_SHORTCUTS } from './markdown-shortcuts';
import { EDITOR_NODES } from './nodes';
import { CaretSyncPlugin } from './plugins/caret-sync/CaretSyncPlugin';
import { EditingPlugins } from './plugins/EditingPlugins';
import { FindBar } from './plugins/find/FindBar';
import { InitialContentPlugin } from './plugins/initial-content/InitialContentPlugin';
import { PastePlugin } from './plugins/paste/PastePlugin';
import { Toolbar } from './plugins/toolbar/Toolbar';
import { ControlledTypingPlugin } from './plugins/typing/ControlledTypingPlugin';
import { editorTheme } from './theme';
import { EditorStatusBar } from './ui/EditorStatusBar';
import './editor.css';

/** Saving waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 800;

interface DocumentEditorProps {
  api: QmsApi;
  document: OpenedDocument;
  /** Obsolete documents and projects another program holds cannot be edited. */
  readOnly: boolean;
  /** A save answered with metadata (it may have started a new revision) and tailoring figures. */
  onSaved: (saved: SavedDocumentView) => void;
  /** The catalog's clauses, for tagging sections; null while it loads. */
  clauses: readonly ClauseEntry[] | null;
  /** The clause of the section at the cursor changed. */
  onSectionClause: (clause: string | null) => void;
  /** Gives the parent the controller, so it can save before switching documents. */
  onController: (controller: SaveController<SerializedContent> | null) => void;
}

export function DocumentEditor({
  api,
  document,
  readOnly,
  clauses,
  onSectionClause,
  onSaved,
  onController,
}: DocumentEditorProps): JSX.Element {
  const [picking, setPicking] = useState(false);
  const editorRef = useRef<LexicalEditor | null>(null);
  const { id } = document.meta;

  const controller = useMemo(
    () =>
      new SaveController<SerializedContent>({
        version: document.version,
        idleDelayMs: AUTOSAVE_DELAY_MS,
        read: () => {
          if (!editorRef.current) throw new Error('The editor is not ready.');
          return editorRef.current.getEditorState().toJSON() as unknown as SerializedContent;
        },
        write: async (content, baseVersion) => {
          const result = await api.saveDocument({ id, content, baseVersion });
          if (result.ok) onSaved(result.value);
          return result;
        },
      }),
    [api, id, document.version, onSaved],
  );

  useEffect(() => {
    onController(controller);
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void controller.saveNow();
      }
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!controller.hasUnsavedChanges && !controller.isSaving) return;
      void controller.saveNow();
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('beforeunload', onBeforeUnload);
      controller.dispose();
      onController(null);
    };
  }, [controller, onController]);

  // Built once per editor: LexicalComposer reads it only on mount. The content is loaded by
  // InitialContentPlugin, after the plugins, and never turned into a string per render.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'qms-document',
    nodes: [...EDITOR_NODES],
    theme: editorTheme,
    editable: !readOnly,
    onError: (error) => {
      throw error;
    },
  }));

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <Toolbar disabled={readOnly} onTagSection={clauses ? () => setPicking(true) : undefined} />
      <FindBar />
      <div className="editor-scroll">
        <div className="editor-page">
          <RichTextPlugin
            contentEditable={
              // Focusable when read-only too (an approved document), so the keyboard can reach and scroll it.
              <ContentEditable
                className="editor-input"
                aria-label={`${document.meta.title}: document text`}
                spellCheck
                tabIndex={0}
              />
            }
            placeholder={<div className="editor-placeholder">Start writing…</div>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <EditorStatusBar />
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasTabHandler />
      <LinkPlugin validateUrl={isAllowedLinkUrl} />
      <MarkdownShortcutPlugin transformers={DOCUMENT_SHORTCUTS} />
      <PastePlugin />
      <EditorRefPlugin editorRef={editorRef} />
      <CaretSyncPlugin />
      <ControlledTypingPlugin />
      <OnChangePlugin ignoreSelectionChange onChange={() => controller.markChanged()} />
      <JournalPlugin controller={controller} document={document} />
      <ClauseTagPlugin onSectionClause={onSectionClause} />
      <EditingPlugins />
      <EditableSync readOnly={readOnly} />
      {/* Last: it loads the content once every plugin above is registered. */}
      <InitialContentPlugin content={document.content} />
      {picking && clauses ? <TagPickerDialog clauses={clauses} onClose={() => setPicking(false)} /> : null}
    </LexicalComposer>
  );
}

/** The clause picker, inside the editor so it can send the tag command to it. */
function TagPickerDialog({ clauses, onClose }: { clauses: readonly ClauseEntry[]; onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const [current] = useState(() => editor.getEditorState().read($sectionClause));
  return (
    <ClausePicker
      clauses={clauses}
      current={current}
      onCancel={onClose}
      returnFocus={() => editor.focus()}
      onPick={(clause) => {
        editor.dispatchCommand(TAG_SECTION_COMMAND, clause);
        onClose();
      }}
    />
  );
}

/** Read-only can change while a document is open (a status change under way, obsolete, a lost lock). */
function EditableSync({ readOnly }: { readOnly: boolean }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(!readOnly), [editor, readOnly]);
  return null;
}
