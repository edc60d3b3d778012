import type { JSX } from 'react';
import type { ExportRun } from './use-export';

const PHASES = {
  waiting: 'Starting…',
  reading: 'Reading documents',
  building: 'Building the Word file',
  writing: 'Writing the file',
};

/** How far an export has got: a determinate bar once the main process reports, else an indeterminate one. */
export function ExportProgressBar({ run }: { run: Extract<ExportRun, { state: 'running' }> }): JSX.Element {
  const progress = run.progress;
  const label = progress
    ? `${PHASES[progress.phase]}${progress.total > 1 ? `: ${progress.done} of ${progress.total}` : ''}`
    : 'Exporting…';
  return (
    <div className="export-progress">
      {progress && progress.total > 0 ? (
        <progress aria-label="Export progress" max={progress.total} value={progress.done} />
      ) : (
        <progress aria-label="Export progress" />
      )}
      <p aria-live="polite">{label}</p>
    </div>
  );
}
