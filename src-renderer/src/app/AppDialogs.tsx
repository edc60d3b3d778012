import type { JSX } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { OpenedDocument, ProjectView } from '../../../src-shared/api/contract';
import type { ClauseEntry } from '../../../src-shared/guidance/catalog-schema';
import { tailoringWarnings } from '../../../src-shared/tailoring/tailoring';
import { type Approval, ApproveDialog } from '../components/ApproveDialog';
import { type DetailsEdit, DocumentDetailsDialog } from '../components/DocumentDetailsDialog';
import { SaveAsTemplateDialog, type TemplateDetailsEdit } from '../components/SaveAsTemplateDialog';
import { SettingsDialog } from '../components/SettingsDialog';
import { type GalleryStart, TemplateGallery } from '../components/templates/TemplateGallery';
import { UserNameDialog } from '../components/UserNameDialog';
import type { WorkbenchDatabase } from '../db/database';
import { ExportDialog, type ExportTarget } from '../export/ExportDialog';
import { NewProjectDialog } from '../projects/NewProjectDialog';
import { OpenProjectDialog } from '../projects/OpenProjectDialog';
import { OpenSharedProjectDialog } from '../sync/OpenSharedProjectDialog';
import { SyncDialog } from '../sync/SyncDialog';
import type { Settings } from './use-settings';

/** The one dialog the window shows at a time, if any. */
export type OpenDialog =
  | { kind: 'approve' }
  | { kind: 'new-document'; start?: GalleryStart }
  | { kind: 'user-name'; afterSave?: (name: string) => void }
  | { kind: 'settings' }
  | { kind: 'details' }
  | { kind: 'save-as-template' }
  | { kind: 'new-project' }
  | { kind: 'open-project' }
  | { kind: 'export'; target: ExportTarget }
  | { kind: 'sync' }
  | { kind: 'open-shared-project' }
  | null;

interface AppDialogsProps {
  dialog: OpenDialog;
  api: QmsApi;
  db: WorkbenchDatabase;
  project: ProjectView;
  opened: OpenedDocument | null;
  settings: Settings | null;
  clauses: readonly ClauseEntry[] | null;
  /** A refused request, shown in the dialog that made it. */
  error: string | null;
  busy: boolean;
  onClose: () => void;
  onError: (message: string | null) => void;
  onApprove: (approval: Approval) => void;
  onCreated: (id: string) => void;
  onSaveDetails: (edit: DetailsEdit) => void;
  onSaveAsTemplate: (details: TemplateDetailsEdit) => void;
  onSettingsSaved: () => void;
  onProjectSwitched: (project: { folder: string; name: string }) => void;
  /** Sync changed the folder: the window reloads the project and the open document. */
  onSynced: () => void;
  /** The desktop program keeps sign-ins in the system's store; browser mode does not. */
  mode: 'desktop' | 'browser';
  /** The user's name was saved; a dialog that asked for it before an action goes on with it. */
  onNameSaved: (name: string) => void;
}

/** Renders the dialog the window has open: each one's data and where its answer goes. */
export function AppDialogs(props: AppDialogsProps): JSX.Element | null {
  const { dialog, api, project, opened, settings, onClose } = props;
  const userName = settings?.userName ?? null;
  switch (dialog?.kind) {
    case 'approve': {
      if (!opened) return null;
      const figures = project.tailoring[opened.meta.id];
      return (
        <ApproveDialog
          meta={opened.meta}
          defaultApprover={userName ?? ''}
          today={project.today}
          reviewPeriodMonths={project.reviewPeriodMonths}
          tailoringWarnings={figures ? tailoringWarnings(figures) : []}
          error={props.error}
          busy={props.busy}
          onApprove={props.onApprove}
          onCancel={onClose}
        />
      );
    }
    case 'new-document':
      return (
        <TemplateGallery
          api={api}
          project={project}
          clauses={props.clauses}
          userName={userName}
          {...(dialog.start ? { start: dialog.start } : {})}
          onCancel={onClose}
          onCreated={props.onCreated}
        />
      );
    case 'details':
      return opened ? (
        <DocumentDetailsDialog
          meta={opened.meta}
          clauses={props.clauses}
          error={props.error}
          busy={props.busy}
          onSave={props.onSaveDetails}
          onCancel={onClose}
        />
      ) : null;
    case 'save-as-template':
      return opened ? (
        <SaveAsTemplateDialog
          meta={opened.meta}
          error={props.error}
          busy={props.busy}
          onSave={props.onSaveAsTemplate}
          onCancel={onClose}
        />
      ) : null;
    case 'settings':
      return settings ? (
        <SettingsDialog api={api} settings={settings} onCancel={onClose} onSaved={props.onSettingsSaved} />
      ) : null;
    case 'new-project':
      return settings ? (
        <NewProjectDialog api={api} settings={settings} onCancel={onClose} onCreated={props.onProjectSwitched} />
      ) : null;
    case 'open-project':
      return (
        <OpenProjectDialog
          api={api}
          db={props.db}
          canChooseFolder={settings?.canChooseFolder ?? false}
          currentFolder={project.folder}
          onCancel={onClose}
          onOpened={props.onProjectSwitched}
        />
      );
    case 'export':
      return <ExportDialog api={api} project={project} target={dialog.target} onClose={onClose} />;
    case 'sync':
      return (
        <SyncDialog
          api={api}
          project={project}
          canRemember={props.mode === 'desktop'}
          onClose={onClose}
          onSynced={props.onSynced}
        />
      );
    case 'open-shared-project':
      return settings ? (
        <OpenSharedProjectDialog
          api={api}
          settings={settings}
          canRemember={props.mode === 'desktop'}
          onCancel={onClose}
          onOpened={props.onProjectSwitched}
        />
      ) : null;
    case 'user-name':
      return (
        <UserNameDialog
          current={userName}
          error={props.error}
          onCancel={onClose}
          onSave={async (name) => {
            if (!name) return props.onError('Enter your name.');
            const result = await api.setUserName({ userName: name });
            if (!result.ok) return props.onError(result.error.message);
            props.onNameSaved(result.value.userName);
          }}
        />
      );
    default:
      return null;
  }
}
