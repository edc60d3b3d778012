import { describe, expect, it, vi } from 'vitest';
import { browserTransport } from '../../../src-renderer/src/api/browser-transport';
import { fail, ok } from '../../../src-shared/api/result';

const TOKEN = 'f3a9c1d2e4b5';

function fakeFetch(respond: () => Promise<Response>) {
  return vi.fn<typeof fetch>(() => respond());
}

function jsonResponse(body: unknown, status: number, statusText = ''): Response {
  return new Response(JSON.stringify(body), { status, statusText, headers: { 'Content-Type': 'application/json' } });
}

describe('browserTransport', () => {
  it('POSTs the request as JSON to /api/<channel> with the token header', async () => {
    const fetchImpl = fakeFetch(async () => jsonResponse(ok({ meta: 'ignored by the transport' }), 200));
    await browserTransport(TOKEN, fetchImpl)('read-document', { id: 'POL-001' });

    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('/api/read-document');
    expect(init?.method).toBe('POST');
    const headers = new Headers(init?.headers);
    expect(headers.get('X-QMS-Token')).toBe(TOKEN);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ id: 'POL-001' });
  });

  it('returns a successful envelope as it came', async () => {
    const value = { version: 'a'.repeat(64), savedAt: '2025-03-01T10:00:00.000Z' };
    const fetchImpl = fakeFetch(async () => jsonResponse(ok(value), 200));
    const result = await browserTransport(TOKEN, fetchImpl)('save-document', {
      id: 'POL-001',
      content: { root: { type: 'root', version: 1, children: [] } },
      baseVersion: 'b'.repeat(64),
    });
    expect(result).toEqual({ ok: true, value });
  });

  it('passes a Result envelope from a 409 response through unchanged', async () => {
    const envelope = fail('conflict', 'POL-001 was changed on disk since you opened it.');
    const fetchImpl = fakeFetch(async () => jsonResponse(envelope, 409, 'Conflict'));
    const result = await browserTransport(TOKEN, fetchImpl)('get-project', {});
    expect(result).toEqual(envelope);
  });

  it('maps a 401 with a plain-text body to an unauthorized error', async () => {
    const fetchImpl = fakeFetch(async () => new Response('Unauthorized', { status: 401, statusText: 'Unauthorized' }));
    const result = await browserTransport(TOKEN, fetchImpl)('get-project', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unauthorized');
    expect(result.error.message).toContain('401');
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not-found'],
    [500, 'internal'],
    [400, 'invalid-request'],
  ] as const)('maps a %i without an envelope to %s', async (status, code) => {
    const fetchImpl = fakeFetch(async () => new Response('<html>nope</html>', { status }));
    const result = await browserTransport(TOKEN, fetchImpl)('get-project', {});
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('a fetch that rejects (server gone) gives offline and mentions npm run serve', async () => {
    const fetchImpl = fakeFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await browserTransport(TOKEN, fetchImpl)('get-project', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('offline');
    expect(result.error.message).toContain('npm run serve');
  });
});
