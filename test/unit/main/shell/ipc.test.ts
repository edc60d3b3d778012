import { beforeEach, describe, expect, it, vi } from 'vitest';

// Importing the real electron module would try to download its binary.
const handlers = new Map<string, (event: unknown, request: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, request: unknown) => unknown) => handlers.set(channel, handler),
  },
}));

const { registerIpc } = await import('../../../../src-main/shell/ipc');
const { CHANNELS } = await import('../../../../src-shared/api/channels');

describe('IPC registration', () => {
  beforeEach(() => handlers.clear());

  it('registers exactly the contract’s channels, and no generic one', () => {
    registerIpc(vi.fn(), () => true);
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('hands a call from the program’s window to the dispatcher', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'answer' }));
    registerIpc(dispatch, () => true);
    const result = await handlers.get('read-document')?.({ sender: {} }, { id: 'POL-001' });
    expect(dispatch).toHaveBeenCalledWith('read-document', { id: 'POL-001' });
    expect(result).toEqual({ ok: true, value: 'answer' });
  });

  it('refuses a call from any other sender before the request is looked at', async () => {
    const dispatch = vi.fn();
    registerIpc(dispatch, () => false);
    const result = await handlers.get('save-document')?.({ sender: {} }, { id: 'POL-001' });
    expect(dispatch).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
