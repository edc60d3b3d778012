import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, isChannel, methodName } from '../../../../src-shared/api/channels';
import { createApi } from '../../../../src-shared/api/client';
import { contract } from '../../../../src-shared/api/contract';
import { ok } from '../../../../src-shared/api/result';

describe('the API contract', () => {
  it('declares exactly the channels the preload exposes', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  it('names each method after its kebab-case channel', () => {
    expect(methodName('save-document')).toBe('saveDocument');
    expect(methodName('get-project')).toBe('getProject');
    expect(new Set(CHANNELS.map(methodName)).size).toBe(CHANNELS.length);
  });

  it('recognises only its own channels', () => {
    expect(isChannel('read-document')).toBe(true);
    for (const name of ['', 'readDocument', 'read-document ', '__proto__', 'constructor', 'toString']) {
      expect(isChannel(name)).toBe(false);
    }
  });

  it('gives one client method per channel, each carried by the transport under its channel name', async () => {
    const transport = vi.fn(async () => ok({ answered: true }));
    const api = createApi(transport as never);
    expect(Object.keys(api).sort()).toEqual(CHANNELS.map(methodName).sort());
    await api.readDocument({ id: 'POL-001' });
    expect(transport).toHaveBeenCalledWith('read-document', { id: 'POL-001' });
  });

  it('rejects requests with unknown fields, so nothing unexpected reaches a service', () => {
    expect(contract['read-document'].request.safeParse({ id: 'POL-001' }).success).toBe(true);
    expect(contract['read-document'].request.safeParse({ id: 'POL-001', path: '../x' }).success).toBe(false);
    expect(contract['read-document'].request.safeParse({ id: '../../etc/passwd' }).success).toBe(false);
    expect(contract['get-project'].request.safeParse({ folder: '/tmp' }).success).toBe(false);
  });
});
