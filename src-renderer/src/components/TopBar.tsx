import type { JSX } from 'react';
import type { ProjectView } from '../../../src-shared/api/contract';

interface TopBarProps {
  project: ProjectView;
  mode: 'desktop' | 'browser';
  view: 'document' | 'register';
  userName: string | null;
  readOnly: boolean;
  onShowRegister: () => void;
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
      <button type="button" className="topbar-button" aria-pressed={props.view === 'register'} onClick={props.onShowRegister}>
        Master list
      </button>
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
