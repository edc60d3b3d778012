import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from '../../../src-renderer/src/export/ExportDialog';
import type { ExportResponse } from '../../../src-shared/api/contract';
import { fail, ok } from '../../../src-shared/api/result';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { fakeApi } from './app-harness';
import { POLICY, PROCEDURE, sampleProject } from './sample-data';

afterEach(cleanup);

const RESPONSE: ExportResponse = {
  fileName: 'Harrow QMS manual 2026-11-30.docx',
  savedTo: '/home/tom/Documents/Harrow QMS manual 2026-11-30.docx',
  dataBase64: null,
  cancelled: false,
  warnings: ['PRO-001: no value for Scope statement, shown as [Scope statement]; fill it in the project profile.'],
  documents: 2,
};

/** The dialog as "Export to Word…" on a document opens it. */
function exportDocumentDialog(api: ReturnType<typeof fakeApi>, meta: DocumentMeta) {
  return render(
    <ExportDialog
      api={api}
      project={sampleProject({ documents: [meta] })}
      target={{ kind: 'document', id: meta.id }}
      onClose={() => {}}
    />,
  );
}

describe('the export dialog', () => {
  it('shows how far a long export has got, then where the file went and every warning', async () => {
    const api = fakeApi();
    let finish: (value: ReturnType<typeof ok<ExportResponse>>) => void = () => {};
    api.exportFile.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    api.exportProgress.mockResolvedValue(ok({ phase: 'building' as const, done: 2, total: 5 }));
    const onClose = vi.fn();
    render(
      <ExportDialog
        api={api}
        project={sampleProject({ documents: [POLICY, PROCEDURE] })}
        target={{ kind: 'manual' }}
        onClose={onClose}
      />,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    const bar = (await screen.findByRole('progressbar', { name: 'Export progress' })) as HTMLProgressElement;
    await waitFor(() => expect(screen.getByText('Building the Word file: 2 of 5')).toBeTruthy(), { timeout: 3000 });
    expect(bar.value).toBe(2);
    expect(bar.max).toBe(5);
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(true);
    const request = api.exportFile.mock.calls[0]?.[0];
    expect(request).toMatchObject({ kind: 'manual', ids: ['POL-001'] });
    expect(api.exportProgress).toHaveBeenCalledWith({ job: request?.job });

    finish(ok(RESPONSE));
    await screen.findByText('Saved /home/tom/Documents/Harrow QMS manual 2026-11-30.docx. 2 documents.');
    expect(screen.getByRole('listitem').textContent).toBe(RESPONSE.warnings[0]);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('shows a refused export in the dialog and lets the user try again', async () => {
    const api = fakeApi();
    api.exportFile.mockResolvedValueOnce(
      fail('not-found', 'The logo assets/logo.png named in the profile cannot be read (ENOENT).'),
    );
    exportDocumentDialog(api, POLICY);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The logo assets/logo.png named in the profile cannot be read',
    );
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('offers the approved revision only when there is one, and no review copy of it', () => {
    const draftOnly = { ...PROCEDURE, effective: null, status: 'draft' as const };
    const api = fakeApi();
    const { unmount } = exportDocumentDialog(api, draftOnly);
    expect((screen.getByRole('radio', { name: 'Approved revision in force (none yet)' }) as HTMLInputElement).disabled).toBe(
      true,
    );
    unmount();
    exportDocumentDialog(api, POLICY);
    fireEvent.click(screen.getByRole('radio', { name: 'Approved revision 3 in force' }));
    expect((screen.getByRole('checkbox', { name: /Review copy/ }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(api.exportFile.mock.calls[0]?.[0]).toMatchObject({
      kind: 'document',
      id: 'POL-001',
      approved: true,
      includeGuidance: false,
    });
  });

  it('names how the working revision will be marked, by the rule the Word file follows', () => {
    const api = fakeApi();
    const draft = exportDocumentDialog(api, { ...PROCEDURE, status: 'draft' as const });
    expect(screen.getByRole('radio', { name: /^Working revision \S+ \(marked DRAFT\)$/ })).toBeTruthy();
    draft.unmount();
    const withdrawn = exportDocumentDialog(api, { ...POLICY, status: 'obsolete' as const });
    expect(screen.getByRole('radio', { name: 'Working revision 3 (marked OBSOLETE)' })).toBeTruthy();
    withdrawn.unmount();
    exportDocumentDialog(api, POLICY);
    expect(screen.getByRole('radio', { name: 'Working revision 3 (approved)' })).toBeTruthy();
  });
});
