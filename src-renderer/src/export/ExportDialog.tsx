import { type JSX, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ProjectView } from '../../../src-shared/api/contract';
import { controlMarking } from '../../../src-shared/export/export-model';
import { defaultManualDocuments } from '../../../src-shared/export/manual-order';
import { Dialog } from '../components/Dialog';
import { ExportProgressBar } from './ExportProgressBar';
import { ExportSummary } from './ExportSummary';
import { type ManualEntry, ManualPicker } from './ManualPicker';
import { type ExportOrder, useExport } from './use-export';

export type ExportTarget = { kind: 'document'; id: string } | { kind: 'manual' } | { kind: 'register' };

interface ExportDialogProps {
  api: QmsApi;
  project: ProjectView;
  target: ExportTarget;
  onClose: () => void;
}

const TITLES = { document: 'Export to Word', manual: 'Export the manual', register: 'Export the master document list' };

/** The manual's documents as first offered: those in force in the manual's order, then the rest, not ticked. */
function initialManual(project: ProjectView): ManualEntry[] {
  const chosen = defaultManualDocuments(project.documents);
  const byId = new Map(project.documents.map((meta) => [meta.id, meta]));
  const rest = project.documents.filter((meta) => meta.status !== 'obsolete' && !chosen.includes(meta.id));
  return [
    ...chosen.flatMap((id) => (byId.get(id) ? [{ meta: byId.get(id) as ManualEntry['meta'], included: true }] : [])),
    ...rest.map((meta) => ({ meta, included: false })),
  ];
}

/**
 * Export one document, the manual or the master list: the choices, a progress bar
 * while it runs, then where the file went and every warning.
 */
export function ExportDialog({ api, project, target, onClose }: ExportDialogProps): JSX.Element {
  const { run, start } = useExport(api);
  const meta = target.kind === 'document' ? project.documents.find((d) => d.id === target.id) : undefined;
  const [approved, setApproved] = useState(false);
  const [includeGuidance, setIncludeGuidance] = useState(false);
  const [format, setFormat] = useState<'docx' | 'csv'>('docx');
  const [manual, setManual] = useState<ManualEntry[]>(() => initialManual(project));
  const chosen = manual.filter((entry) => entry.included).map((entry) => entry.meta.id);
  // The same rule the Word file follows: DRAFT unless approved, OBSOLETE once withdrawn.
  const workingMarking = meta ? controlMarking({ meta, source: 'working' }) : null;

  if (run.state === 'done') {
    return (
      <Dialog title={TITLES[target.kind]} submitLabel="Close" cancellable={false} onSubmit={onClose} onCancel={onClose}>
        <ExportSummary response={run.response} />
      </Dialog>
    );
  }
  const order = (): ExportOrder =>
    target.kind === 'document'
      ? { kind: 'document', id: target.id, approved, includeGuidance: !approved && includeGuidance }
      : target.kind === 'manual'
        ? { kind: 'manual', ids: chosen }
        : { kind: 'register', format };
  return (
    <Dialog
      title={TITLES[target.kind]}
      submitLabel="Export"
      size={target.kind === 'manual' ? 'wide' : 'normal'}
      busy={run.state === 'running'}
      submitDisabled={target.kind === 'manual' && chosen.length === 0}
      error={run.state === 'failed' ? run.message : null}
      onSubmit={() => void start(order())}
      onCancel={onClose}
    >
      {target.kind === 'document' && meta ? (
        <fieldset className="export-choices">
          <legend>
            {meta.id} {meta.title}
          </legend>
          <label>
            <input type="radio" name="export-revision" checked={!approved} onChange={() => setApproved(false)} /> Working revision{' '}
            {meta.revision} ({workingMarking ? `marked ${workingMarking}` : 'approved'})
          </label>
          <label>
            <input
              type="radio"
              name="export-revision"
              checked={approved}
              disabled={!meta.effective}
              onChange={() => setApproved(true)}
            />{' '}
            {meta.effective ? `Approved revision ${meta.effective.revision} in force` : 'Approved revision in force (none yet)'}
          </label>
          <label>
            <input
              type="checkbox"
              checked={includeGuidance && !approved}
              disabled={approved}
              onChange={(event) => setIncludeGuidance(event.target.checked)}
            />{' '}
            Review copy: include the guidance for the author, marked
          </label>
        </fieldset>
      ) : null}
      {target.kind === 'manual' ? (
        <>
          <p>
            Every ticked document goes in at its approved revision in force, in this order, each on new pages with its own header
            and footer, after a cover and a table of contents.
          </p>
          <ManualPicker entries={manual} onChange={setManual} />
        </>
      ) : null}
      {target.kind === 'register' ? (
        <fieldset className="export-choices">
          <legend>Format</legend>
          <label>
            <input type="radio" name="export-format" checked={format === 'docx'} onChange={() => setFormat('docx')} /> Word table
          </label>
          <label>
            <input type="radio" name="export-format" checked={format === 'csv'} onChange={() => setFormat('csv')} /> CSV for Excel
            and other spreadsheets
          </label>
        </fieldset>
      ) : null}
      {run.state === 'running' ? <ExportProgressBar run={run} /> : null}
    </Dialog>
  );
}
