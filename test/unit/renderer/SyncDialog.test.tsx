import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenSharedProjectDialog } from '../../../src-renderer/src/sync/OpenSharedProjectDialog';
import { SyncDialog } from '../../../src-renderer/src/sync/SyncDialog';
import type { SyncAnswer } from '../../../src-shared/api/contract';
import { fail, ok } from '../../../src-shared/api/result';
import { fakeApi } from './app-harness';
import { openedDocument, sampleContent, sampleMeta, sampleProject } from './sample-data';

afterEach(cleanup);

const REMOTE = 'https://git.example.com/harrow/qms.git';

const SYNCED: SyncAnswer = {
  outcome: 'synced',
  remote: REMOTE,
  received: [{ id: 'PRO-002', title: 'Control of nonconforming outputs' }],
  sent: [{ id: 'POL-001', title: 'Quality Policy' }],
  draftsKept: 1,
  upToDate: false,
  commit: 'a'.repeat(40),
  renumbered: [{ from: 'PRO-004', to: 'PRO-005', title: 'Calibration' }],
  reconciled: [{ id: 'PRO-001', choice: 'both', copy: 'PRO-006' }],
  approvalsKept: [],
  profileClashes: [],
  keptTwice: [],
};

const NEEDS_CHOICES: SyncAnswer = {
  outcome: 'needs-choices',
  remote: REMOTE,
  clashes: [
    {
      id: 'PRO-001',
      title: 'Control of documented information',
      mine: { by: 'Tom Okafor', status: 'draft', revision: '2' },
      theirs: {
        by: 'Ann Lee',
        status: 'draft',
        revision: '2',
        title: 'Control of documented information',
        version: 'b'.repeat(40),
      },
    },
  ],
};

function renderDialog(api: ReturnType<typeof fakeApi>, syncRemote: string | null, onSynced = vi.fn()) {
  render(
    <SyncDialog
      api={api}
      project={sampleProject({ versionHistory: true, syncRemote })}
      canRemember={false}
      onClose={vi.fn()}
      onSynced={onSynced}
    />,
  );
  return onSynced;
}

describe('the Sync dialog', () => {
  it('asks for the shared project’s address the first time, refuses one with a password in it, then syncs and sums up', async () => {
    const api = fakeApi();
    api.syncProgress.mockResolvedValue(ok({ phase: 'receiving' as const, done: 1, total: 4 }));
    api.sync.mockResolvedValue(ok(SYNCED));
    const onSynced = renderDialog(api, null);
    expect(api.sync).not.toHaveBeenCalled();
    const address = screen.getByLabelText('Address of the shared project');
    fireEvent.change(address, { target: { value: 'https://tom:secret@git.example.com/harrow/qms.git' } });
    expect(screen.getByText(/Leave the user name and password out of the address/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Sync' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(address, { target: { value: REMOTE } });
    fireEvent.click(screen.getByRole('button', { name: 'Sync' }));
    await screen.findByText('Sync finished');
    expect(api.sync).toHaveBeenCalledWith(expect.objectContaining({ remote: REMOTE }));
    expect(screen.getByText(/Came in \(1\)/)).toBeTruthy();
    expect(screen.getByText('PRO-002 Control of nonconforming outputs')).toBeTruthy();
    expect(screen.getByText(/Went out \(1\)/)).toBeTruthy();
    expect(screen.getByText(/PRO-004 "Calibration" is now PRO-005/)).toBeTruthy();
    expect(screen.getByText(/both kept; the other version is PRO-006/)).toBeTruthy();
    expect(onSynced).toHaveBeenCalledTimes(1);
  });

  it('starts at once when the project has a shared project, and asks what to keep for a document changed on both sides', async () => {
    const api = fakeApi();
    api.syncProgress.mockResolvedValue(ok({ phase: 'waiting' as const, done: 0, total: 0 }));
    api.sync.mockResolvedValueOnce(ok(NEEDS_CHOICES)).mockResolvedValueOnce(ok(SYNCED));
    const onSynced = renderDialog(api, REMOTE);
    await screen.findByText('Changed here and in the shared project');
    expect(onSynced).not.toHaveBeenCalled();
    expect(screen.getByText(/Nothing has been changed yet/)).toBeTruthy();
    const finish = screen.getByRole('button', { name: 'Finish sync' }) as HTMLButtonElement;
    expect(finish.disabled).toBe(true);
    // Before choosing: the two texts compared, read from this copy and from the shared project's version.
    const meta = sampleMeta({ id: 'PRO-001', title: 'Control of documented information' });
    api.readDocument.mockResolvedValue(ok(openedDocument(meta, 'Records are kept for five years.')));
    api.readDocumentVersion.mockResolvedValue(ok({ meta, content: sampleContent('Records are kept for three years.') }));
    fireEvent.click(screen.getByRole('button', { name: 'Compare the two versions of PRO-001' }));
    await screen.findByRole('heading', { name: "Changes from your version to Ann Lee's version" });
    expect(api.readDocumentVersion).toHaveBeenCalledWith({ id: 'PRO-001', version: 'b'.repeat(40) });
    expect(await screen.findByText('five', { selector: 'del *, del' })).toBeTruthy();
    expect(screen.getByText('three', { selector: 'ins *, ins' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Keep both \(Ann Lee's becomes a new document\)/ }));
    fireEvent.click(finish);
    await screen.findByText('Sync finished');
    expect(api.sync).toHaveBeenLastCalledWith(expect.objectContaining({ choices: { 'PRO-001': 'both' } }));
    expect(onSynced).toHaveBeenCalledTimes(1);
  });

  it('asks for a sign-in when the server wants one, and sends it with the next try; a server that cannot be reached is named', async () => {
    const api = fakeApi();
    api.syncProgress.mockResolvedValue(ok({ phase: 'waiting' as const, done: 0, total: 0 }));
    api.sync
      .mockResolvedValueOnce(
        fail(
          'unauthorized',
          'git.example.com asks for a sign-in: give a user name and password (or access token). Nothing was changed.',
        ),
      )
      .mockResolvedValueOnce(
        fail(
          'unavailable',
          'Could not reach git.example.com (ECONNREFUSED): work on offline and sync later. Nothing was changed.',
        ),
      );
    renderDialog(api, REMOTE);
    await screen.findByText('Sign in to the shared project');
    expect(screen.getByText(/Used for this sync only; it is not stored/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('User name'), { target: { value: 'tom' } });
    fireEvent.change(screen.getByLabelText('Password or access token'), { target: { value: 'token-123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in and sync' }));
    await waitFor(() =>
      expect(api.sync).toHaveBeenLastCalledWith(
        expect.objectContaining({ credentials: { username: 'tom', password: 'token-123', remember: false } }),
      ),
    );
    await screen.findByText(/Could not reach git.example.com/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('the Sync dialog after the first sync', () => {
  it('does not start a second sync when the project, read again, now has a shared project', async () => {
    const api = fakeApi();
    api.syncProgress.mockResolvedValue(ok({ phase: 'waiting' as const, done: 0, total: 0 }));
    api.sync.mockResolvedValue(ok(SYNCED));
    const props = { api, canRemember: false, onClose: vi.fn(), onSynced: vi.fn() };
    const { rerender } = render(<SyncDialog {...props} project={sampleProject({ versionHistory: true, syncRemote: null })} />);
    fireEvent.change(screen.getByLabelText('Address of the shared project'), { target: { value: REMOTE } });
    fireEvent.click(screen.getByRole('button', { name: 'Sync' }));
    await screen.findByText('Sync finished');
    rerender(<SyncDialog {...props} project={sampleProject({ versionHistory: true, syncRemote: REMOTE })} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.sync).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Sync finished')).toBeTruthy();
  });
});

describe('Open a shared project', () => {
  it('suggests a folder named after the shared project, and asks for a sign-in when the server wants one', async () => {
    const api = fakeApi();
    api.openSharedProject
      .mockResolvedValueOnce(
        fail(
          'unauthorized',
          'git.example.com asks for a sign-in: give a user name and password (or access token). Nothing was changed.',
        ),
      )
      .mockResolvedValueOnce(ok({ folder: '/home/tom/QMS Projects/qms', name: 'Harrow Precision Components' }));
    const onOpened = vi.fn();
    render(
      <OpenSharedProjectDialog
        api={api}
        settings={{
          userName: 'Tom Okafor',
          userTemplatesDir: null,
          projectsDir: '/home/tom/QMS Projects',
          canChooseFolder: false,
        }}
        canRemember
        onOpened={onOpened}
        onCancel={vi.fn()}
      />,
    );
    fireEvent.change(screen.getByLabelText('Address of the shared project'), { target: { value: REMOTE } });
    expect((screen.getByLabelText('Folder on this computer') as HTMLInputElement).value).toBe('/home/tom/QMS Projects/qms');
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await screen.findByText(/asks for a sign-in/);
    fireEvent.change(screen.getByLabelText('Password or access token'), { target: { value: 'token-123' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Remember on this computer/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign in and open' }));
    await waitFor(() =>
      expect(onOpened).toHaveBeenCalledWith({ folder: '/home/tom/QMS Projects/qms', name: 'Harrow Precision Components' }),
    );
    expect(api.openSharedProject).toHaveBeenLastCalledWith({
      remote: REMOTE,
      folder: '/home/tom/QMS Projects/qms',
      credentials: { username: '', password: 'token-123', remember: true },
    });
  });
});
