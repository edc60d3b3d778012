import { type JSX, useRef } from 'react';
import type { ProjectView } from '../../../src-shared/api/contract';
import type { RecentProjectRow } from '../db/database';

export type WorkspaceView = 'document' | 'register' | 'coverage' | 'readiness' | 'training' | 'profile';

const VIEW_BUTTONS: Array<[Exclude<WorkspaceView, 'document'>, string]> = [
  ['register', 'Master list'],
  ['coverage', 'Coverage'],
  ['readiness', 'Readiness'],
  ['training', 'Training'],
  ['profile', 'Profile'],
];

interface TopBarProps {
  project: ProjectView;
  mode: 'desktop' | 'browser';
  view: WorkspaceView;
  userName: string | null;
  readOnly: boolean;
  /** Other projects opened before, the most recent first. */
  recent: readonly RecentProjectRow[];
  /** Show a view; showing the one already shown goes back to the document. */
  onView: (view: WorkspaceView) => void;
  onNewDocument: () => void;
  onNewProject: () => void;
  onOpenProject: (folder?: string) => void;
  /** Bring a copy of a project the team shares on a server, and open it. */
  onOpenShared: () => void;
  onSettings: () => void;
  /** Sync with the shared project (shown when the project keeps version history). */
  onSync: () => void;
  /** Keep a version of what changed since the last one (shown when the project keeps version history). */
  onKeepDrafts: () => void;
}

export function TopBar(props: TopBarProps): JSX.Element {
  const { project } = props;
  const menu = useRef<HTMLDetailsElement>(null);
  const closeMenu = () => {
    if (!menu.current) return;
    // The focus goes to the menu's button first, so a dialog the item opens gives it back there.
    menu.current.querySelector('summary')?.focus();
    menu.current.open = false;
  };
  const pick = (action: () => void) => () => {
    closeMenu();
    action();
  };
  const others = props.recent.filter((row) => row.folder !== project.folder).slice(0, 6);
  return (
    <header className="topbar">
      <span className="brand">QMS Workbench</span>
      <details
        className="project-menu"
        ref={menu}
        onKeyDown={(event) => {
          // Escape closes the open menu, as it does a dialog, and leaves the focus on its button.
          if (event.key === 'Escape' && menu.current?.open) closeMenu();
        }}
      >
        <summary className="project-name" title={project.folder}>
          {project.organization.name}
        </summary>
        <div className="project-menu-items">
          <span className="project-menu-folder">{project.folder}</span>
          <button type="button" onClick={pick(props.onNewProject)}>
            New project…
          </button>
          <button type="button" onClick={pick(() => props.onOpenProject())}>
            Open project…
          </button>
          <button type="button" onClick={pick(props.onOpenShared)}>
            Open a shared project…
          </button>
          {project.versionHistory ? (
            <button type="button" disabled={props.readOnly} onClick={pick(props.onKeepDrafts)}>
              Save a version of my drafts
            </button>
          ) : null}
          {others.length > 0 ? <span className="project-menu-heading">Recent</span> : null}
          {others.map((row) => (
            <button key={row.folder} type="button" title={row.folder} onClick={pick(() => props.onOpenProject(row.folder))}>
              {row.name}
            </button>
          ))}
        </div>
      </details>
      <span className="topbar-spacer" />
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
      {project.versionHistory ? (
        <button
          type="button"
          className="topbar-button"
          disabled={props.readOnly}
          onClick={props.onSync}
          title={
            project.syncRemote
              ? `Send your work to the shared project and bring in everyone else's (${project.syncRemote})`
              : 'Share this project with your team through your organization’s server'
          }
        >
          Sync
        </button>
      ) : null}
      <button
        type="button"
        className="topbar-button user-button"
        onClick={props.onSettings}
        title="Your name (recorded in document history) and your templates folder"
      >
        {props.userName ?? 'Set your name'}
      </button>
      {props.mode === 'browser' ? <span className="mode-tag">Browser mode</span> : null}
    </header>
  );
}
