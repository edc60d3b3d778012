import { type JSX, useEffect, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ResponseOf } from '../../../src-shared/api/contract';
import { REVISION_SCHEMES, type RevisionScheme } from '../../../src-shared/control/revision';
import { ESSENTIAL_TEMPLATE_IDS } from '../../../src-shared/templates/template-ids';
import { Dialog } from '../components/Dialog';
import { folderInside, folderNameFor } from './folder-paths';

interface NewProjectDialogProps {
  api: QmsApi;
  settings: ResponseOf<'get-settings'>;
  onCreated: (project: { folder: string; name: string }) => void;
  onCancel: () => void;
}

/**
 * "New project": the organization's essentials, a folder, and in the same step the
 * documents every ISO 9001 system needs, drafted from their templates with those
 * facts already linked in. A consultant starts a client here.
 */
export function NewProjectDialog({ api, settings, onCreated, onCancel }: NewProjectDialogProps): JSX.Element {
  const [name, setName] = useState('');
  const [legalName, setLegalName] = useState('');
  const [productsAndServices, setProductsAndServices] = useState('');
  const [scopeStatement, setScopeStatement] = useState('');
  const [topName, setTopName] = useState('');
  const [topRole, setTopRole] = useState('Managing Director');
  const [qualityManager, setQualityManager] = useState('');
  const [folder, setFolder] = useState<string | null>(null);
  const [scheme, setScheme] = useState<RevisionScheme>('numeric');
  const [months, setMonths] = useState(12);
  const [essentials, setEssentials] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    void api.listTemplates({}).then((result) => {
      if (result.ok) setTitles(new Map(result.value.templates.map((template) => [template.id, template.title])));
    });
  }, [api]);
  // The folder follows the name until the user chooses one.
  const target = folder ?? folderInside(settings.projectsDir, folderNameFor(name));

  const create = async () => {
    if (!name.trim()) return setError('Give the organization’s name.');
    if (topName.trim() && !topRole.trim()) return setError('Give the role of the most senior manager too.');
    setBusy(true);
    const result = await api.createProject({
      folder: target,
      organization: {
        name: name.trim(),
        ...(legalName.trim() ? { legalName: legalName.trim() } : {}),
        ...(productsAndServices.trim() ? { productsAndServices: productsAndServices.trim() } : {}),
        ...(scopeStatement.trim() ? { scopeStatement: scopeStatement.trim() } : {}),
        ...(qualityManager.trim() ? { qualityManager: qualityManager.trim() } : {}),
        ...(topName.trim() ? { topManager: { name: topName.trim(), role: topRole.trim() } } : {}),
      },
      revisionScheme: scheme,
      reviewPeriodMonths: months,
      essentials,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onCreated({ folder: result.value.folder, name: result.value.name });
  };

  return (
    <Dialog
      title="New project"
      submitLabel="Create project"
      size="wide"
      busy={busy}
      error={error}
      onCancel={onCancel}
      onSubmit={() => void create()}
    >
      <div className="new-project">
        <div>
          <label>
            Organization name
            <input value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. Brookfield Facilities Ltd" />
          </label>
          <label>
            Legal name (if different)
            <input value={legalName} onChange={(event) => setLegalName(event.target.value)} />
          </label>
          <label>
            Products and services
            <textarea
              rows={2}
              value={productsAndServices}
              placeholder="What you supply, in a sentence or two"
              onChange={(event) => setProductsAndServices(event.target.value)}
            />
          </label>
          <label>
            Scope of the quality management system
            <textarea
              rows={2}
              value={scopeStatement}
              placeholder="e.g. The design, installation and maintenance of fire alarm systems from our two sites"
              onChange={(event) => setScopeStatement(event.target.value)}
            />
          </label>
          <div className="dialog-row">
            <label>
              Most senior manager
              <input value={topName} onChange={(event) => setTopName(event.target.value)} autoComplete="off" />
            </label>
            <label>
              Their role
              <input value={topRole} onChange={(event) => setTopRole(event.target.value)} />
            </label>
          </div>
          <label>
            Quality manager
            <input value={qualityManager} onChange={(event) => setQualityManager(event.target.value)} autoComplete="off" />
          </label>
        </div>
        <div>
          <label>
            Folder
            <span className="dialog-row folder-row">
              <input value={target} onChange={(event) => setFolder(event.target.value)} aria-label="Folder" />
              {settings.canChooseFolder ? (
                <button
                  type="button"
                  onClick={async () => {
                    const chosen = await api.chooseFolder({ purpose: 'new-project' });
                    if (chosen.ok && chosen.value.folder) setFolder(folderInside(chosen.value.folder, folderNameFor(name)));
                  }}
                >
                  Choose…
                </button>
              ) : null}
            </span>
          </label>
          <p className="dialog-hint">
            A new or empty folder. The project is ordinary files there: back it up, sync it or keep it in git.
          </p>
          <div className="dialog-row">
            <label>
              Revisions
              <select value={scheme} onChange={(event) => setScheme(event.target.value as RevisionScheme)}>
                {REVISION_SCHEMES.map((value) => (
                  <option key={value} value={value}>
                    {value === 'numeric' ? '1, 2, 3' : value === 'decimal' ? '0.1 … 1.0' : 'A, B, C'}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Review every (months)
              <input
                type="number"
                min={1}
                max={120}
                value={months}
                onChange={(event) => setMonths(Number(event.target.value) || 12)}
              />
            </label>
          </div>
          <label className="dialog-check">
            <input type="checkbox" checked={essentials} onChange={(event) => setEssentials(event.target.checked)} />
            Start the documents every ISO 9001 system needs
          </label>
          {essentials ? (
            <ul className="essentials-list">
              {ESSENTIAL_TEMPLATE_IDS.map((id) => (
                <li key={id}>{titles.get(id) ?? id}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </Dialog>
  );
}
