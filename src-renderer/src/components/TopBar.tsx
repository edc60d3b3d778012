import type { JSX } from 'react';
import type { ProjectView } from '../../../src-shared/api/contract';

export type WorkspaceView = 'document' | 'register' | 'coverage' | 'readiness';

const VIEW_BUTTONS: Array<[Exclude<WorkspaceView, 'document'>, string]> = [
  ['register', 'Master list'],
  ['coverage', 'Coverage'],
  ['readiness', 'Readiness'],
];

interface TopBarProps {
  project: ProjectView;
  mode: 'desktop' | 'browser';
  view: WorkspaceView;
  userName: string | null;
  readOnly: boolean;
  /** Show a view; showing the one already shown goes back to the document. */
  onView: (view: WorkspaceView) => void;
  onNewDocument: () => void;
  onEditUserName: () => void;
}

export function TopBar(props: TopBarProps): JSX.Element {
  const { project } = props;
  return (
    <header className="topbar">
      <span className="brand">QMS Workbench</span>
      <span className="project-name">{project.organization.name}</span>
      <span className="project-folder" title={project.folder}>
        {project.folder}
      </span>
      {VIEW_BUTTONS.map(([view, label]) => (
        <button
          key={view}
          type="button"
          className="topbar-button"
          aria-pressed={props.view === view}
          onClick={() => props.onView(props.view === view ? 'document' : view)}
        >
          {label}
        </button>
      ))}
      <button type="button" className="topbar-button" disabled={props.readOnly} onClick={props.onNewDocument}>
        New document
      </button>
      <button
        type="button"
        className="topbar-button user-button"
        onClick={props.onEditUserName}
        title="Your name, recorded in document history"
      >
        {props.userName ?? 'Set your name'}
      </button>
      {props.mode === 'browser' ? <span className="mode-tag">Browser mode</span> : null}
    </header>
  );
}
