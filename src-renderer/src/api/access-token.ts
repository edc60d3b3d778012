const STORAGE_KEY = 'qms-token';

/**
 * Browser mode's token arrives in the address (#token=...). Keep it for this tab
 * and take it out of the address bar, so it is not left on screen or in history.
 */
export function takeAccessToken(location: Location, history: History, storage: Storage): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    storage.setItem(STORAGE_KEY, fromHash);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return fromHash;
  }
  return storage.getItem(STORAGE_KEY);
}
