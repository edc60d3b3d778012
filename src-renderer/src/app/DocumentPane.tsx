import type { JSX } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { OpenedDocument, SavedDocumentView } from '../../../src-shared/api/contract';
import type { HistoryEntry } from '../../../src-shared/control/history';
import { acceptsContentEdits } from '../../../src-shared/control/status-rules';
import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import type { FieldContext } from '../../../src-shared/fields/field-catalog';
import type { ClauseEntry } from '../../../src-shared/guidance/catalog-schema';
import type { DocumentStatus } from '../../../src-shared/project/document-status';
import type { TailoringFigures } from '../../../src-shared/tailoring/tailoring';
import { DocumentErrorBoundary } from '../components/DocumentErrorBoundary';
import { DocumentHeader } from '../components/DocumentHeader';
import { HistoryPanel } from '../components/HistoryPanel';
import { SaveStatus } from '../components/SaveStatus';
import { StatusActions } from '../components/StatusActions';
import { TailoringStrip } from '../components/TailoringStrip';
import { DocumentEditor } from '../editor/DocumentEditor';
import { FieldValuesProvider } from '../editor/fields/field-values';
import { CompareView } from '../revisions/CompareView';
import { useFieldText } from '../revisions/field-text';
import { RevisionWorkspace } from '../revisions/RevisionWorkspace';
import { useVersionCompare } from '../revisions/use-version-compare';
import { VersionsList, type VersionsState } from '../revisions/VersionsList';
import type { SaveController } from '../save/save-controller';

interface DocumentPaneProps {
  api: QmsApi;
  opened: OpenedDocument;
  today: string;
  tailoring: TailoringFigures | null;
  /** Why its approval record does not hold together, when it was edited outside the program. */
  integrity?: readonly string[] | undefined;
  /** The open document's save controller, once the editor has made it. */
  controller: SaveController<SerializedContent> | null;
  readOnly: boolean;
  busy: boolean;
  /** The history entries when the panel is open (null while they load), undefined when it is closed. */
  history: HistoryEntry[] | null | undefined;
  /** The document's versions beside its history, when the project keeps version history; else undefined. */
  versions?: VersionsState | undefined;
  /** Changes whenever the document is loaded from disk again, so the editor is rebuilt. */
  editorKey: string;
  fieldValues: FieldContext | null;
  clauses: readonly ClauseEntry[] | null;
  onStatus: (to: DocumentStatus) => void;
  onToggleHistory: () => void;
  onDetails: () => void;
  onSaveAsTemplate: () => void;
  onExport: () => void;
  onSectionClause: (clause: string | null) => void;
  onSaved: (saved: SavedDocumentView) => void;
  onController: (controller: SaveController<SerializedContent> | null) => void;
  /** A draft revision was discarded (src-renderer/src/revisions): the document is read again from disk. */
  onRevisionDiscarded: (saved: SavedDocumentView) => void;
}

/** The open document: its control facts and actions, what is still to tailor, its history and the editor. */
export function DocumentPane(props: DocumentPaneProps): JSX.Element {
  const { opened } = props;
  const obsolete = opened.meta.status === 'obsolete';
  const versions = useVersionCompare({
    api: props.api,
    opened,
    controller: props.controller,
    fieldText: useFieldText(props.fieldValues),
  });
  const compared = versions.view;
  return (
    <>
      <DocumentHeader
        meta={opened.meta}
        today={props.today}
        status={<SaveStatus controller={props.controller} />}
        tailoring={props.tailoring && !obsolete ? <TailoringStrip figures={props.tailoring} /> : null}
        integrity={props.integrity}
        actions={
          <StatusActions
            status={opened.meta.status}
            disabled={props.readOnly || props.busy}
            historyOpen={props.history !== undefined}
            onChange={props.onStatus}
            onShowHistory={props.onToggleHistory}
            onDetails={obsolete ? undefined : props.onDetails}
            onSaveAsTemplate={props.onSaveAsTemplate}
            onExport={props.onExport}
          />
        }
      />
      {props.history !== undefined ? (
        <HistoryPanel entries={props.history}>
          {props.versions !== undefined ? <VersionsList state={props.versions} onCompare={versions.compare} /> : null}
        </HistoryPanel>
      ) : null}
      <FieldValuesProvider value={props.fieldValues}>
        {/* Revisions: the banner of an approved document, and the revision in force beside a draft. */}
        <RevisionWorkspace
          api={props.api}
          opened={opened}
          controller={props.controller}
          fieldValues={props.fieldValues}
          disabled={props.readOnly || props.busy}
          onStartRevision={() => props.onStatus('draft')}
          onDiscarded={props.onRevisionDiscarded}
          aside={
            compared ? (
              <CompareView
                from={compared.from}
                to={compared.to}
                comparison={compared.comparison}
                note={compared.note}
                loading={compared.loading}
                error={compared.error}
                onRefresh={versions.refresh}
                onClose={versions.close}
              />
            ) : null
          }
          onCloseAside={versions.close}
        >
          <DocumentErrorBoundary key={props.editorKey} id={opened.meta.id}>
            <DocumentEditor
              api={props.api}
              document={opened}
              readOnly={props.readOnly || props.busy || !acceptsContentEdits(opened.meta.status)}
              clauses={props.clauses}
              onSectionClause={props.onSectionClause}
              onSaved={props.onSaved}
              onController={props.onController}
            />
          </DocumentErrorBoundary>
        </RevisionWorkspace>
      </FieldValuesProvider>
    </>
  );
}
