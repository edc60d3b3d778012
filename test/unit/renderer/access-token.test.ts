import { describe, expect, it, vi } from 'vitest';
import { takeAccessToken } from '../../../src-renderer/src/api/access-token';
import { fakeStorage } from './fake-storage';

function fakeLocation(pathname: string, search: string, hash: string): Location {
  return { pathname, search, hash } as Location;
}

function fakeHistory() {
  const replaceState = vi.fn<History['replaceState']>();
  const history = { state: { from: 'test' }, replaceState } as unknown as History;
  return { history, replaceState };
}

describe('takeAccessToken', () => {
  it('returns the token from the hash, keeps it in storage and takes it out of the address', () => {
    const storage = fakeStorage();
    const { history, replaceState } = fakeHistory();
    const token = takeAccessToken(fakeLocation('/', '?view=list', '#token=abc123'), history, storage);

    expect(token).toBe('abc123');
    expect(storage.getItem('qms-token')).toBe('abc123');
    expect(replaceState).toHaveBeenCalledTimes(1);
    const [state, , url] = replaceState.mock.calls[0] ?? [];
    expect(state).toEqual({ from: 'test' });
    expect(url).toBe('/?view=list');
  });

  it('prefers a new token in the hash over a stored one', () => {
    const storage = fakeStorage({ 'qms-token': 'old' });
    const { history } = fakeHistory();
    expect(takeAccessToken(fakeLocation('/', '', '#token=new'), history, storage)).toBe('new');
    expect(storage.getItem('qms-token')).toBe('new');
  });

  it('falls back to the stored token when the address has no hash, leaving the address alone', () => {
    const storage = fakeStorage({ 'qms-token': 'kept' });
    const { history, replaceState } = fakeHistory();
    expect(takeAccessToken(fakeLocation('/', '', ''), history, storage)).toBe('kept');
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('returns null with neither a hash token nor a stored one', () => {
    const { history } = fakeHistory();
    expect(takeAccessToken(fakeLocation('/', '', '#section-2'), history, fakeStorage())).toBeNull();
  });

  it("removes the token from happy-dom's real address bar", () => {
    window.history.replaceState(null, '', '/index.html?x=1#token=live-token');
    const token = takeAccessToken(window.location, window.history, window.sessionStorage);
    expect(token).toBe('live-token');
    expect(window.location.hash).toBe('');
    expect(window.location.pathname + window.location.search).toBe('/index.html?x=1');
    expect(window.sessionStorage.getItem('qms-token')).toBe('live-token');
    window.sessionStorage.clear();
  });
});
