import { type JSX, useEffect, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import { Dialog } from '../components/Dialog';
import type { RecentProjectRow, WorkbenchDatabase } from '../db/database';
import { forgetProject, recentProjects } from './recent-projects';

interface OpenProjectDialogProps {
  api: QmsApi;
  db: WorkbenchDatabase;
  canChooseFolder: boolean;
  currentFolder: string;
  onOpened: (project: { folder: string; name: string }) => void;
  onCancel: () => void;
}

/** Open another project folder, or one opened before: a consultant keeps one project per client. */
export function OpenProjectDialog({
  api,
  db,
  canChooseFolder,
  currentFolder,
  onOpened,
  onCancel,
}: OpenProjectDialogProps): JSX.Element {
  const [folder, setFolder] = useState('');
  const [recent, setRecent] = useState<RecentProjectRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void recentProjects(db)
      .then(setRecent)
      .catch(() => setRecent([]));
  }, [db]);

  const open = async (path: string) => {
    if (!path.trim()) return setError('Give the project’s folder.');
    setBusy(true);
    const result = await api.openProject({ folder: path.trim() });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onOpened(result.value);
  };
  const others = recent.filter((row) => row.folder !== currentFolder);

  return (
    <Dialog
      title="Open a project"
      submitLabel="Open"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={() => void open(folder)}
    >
      <label>
        Project folder
        <span className="dialog-row folder-row">
          <input
            value={folder}
            placeholder="The folder that holds qms-project.json"
            onChange={(event) => setFolder(event.target.value)}
          />
          {canChooseFolder ? (
            <button
              type="button"
              onClick={async () => {
                const chosen = await api.chooseFolder({ purpose: 'open-project' });
                if (chosen.ok && chosen.value.folder) void open(chosen.value.folder);
              }}
            >
              Choose…
            </button>
          ) : null}
        </span>
      </label>
      {others.length > 0 ? (
        <section aria-label="Recent projects">
          <h3 className="dialog-subhead">Recent</h3>
          <ul className="recent-list">
            {others.map((row) => (
              <li key={row.folder}>
                <button type="button" className="recent-open" disabled={busy} onClick={() => void open(row.folder)}>
                  <strong>{row.name}</strong>
                  <span className="muted">{row.folder}</span>
                </button>
                <button
                  type="button"
                  aria-label={`Forget ${row.name}`}
                  title="Take it off this list (the folder is not touched)"
                  onClick={async () => {
                    await forgetProject(db, row.folder);
                    setRecent(await recentProjects(db));
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Dialog>
  );
}
