import type { JSX } from 'react';
import type { ExportResponse } from '../../../src-shared/api/contract';

/** What came of an export: where the file went, and every warning, one a line. */
export function ExportSummary({ response }: { response: ExportResponse }): JSX.Element {
  const where = response.cancelled
    ? 'Nothing was saved: the save dialog was closed.'
    : response.savedTo
      ? `Saved ${response.savedTo}.`
      : `Downloaded ${response.fileName}.`;
  return (
    <div className="export-summary" role="status">
      <p>
        {where} {response.cancelled ? null : `${response.documents} document${response.documents === 1 ? '' : 's'}.`}
      </p>
      {response.warnings.length === 0 ? (
        response.cancelled ? null : (
          <p className="export-clean">No warnings: every field has a value and nothing is left as the template wrote it.</p>
        )
      ) : (
        <>
          <p>
            {response.warnings.length} warning{response.warnings.length === 1 ? '' : 's'} to look at before you send it:
          </p>
          <ul className="export-warnings">
            {response.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
