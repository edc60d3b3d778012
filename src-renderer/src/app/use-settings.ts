import { useCallback, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ResponseOf } from '../../../src-shared/api/contract';

export type Settings = ResponseOf<'get-settings'>;

/** The program's settings (the user's name, their templates folder, folder picker) as the window knows them. */
export function useSettings(api: QmsApi) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const loadSettings = useCallback(async () => {
    const result = await api.getSettings({});
    if (result.ok) setSettings(result.value);
    return result.ok ? result.value : null;
  }, [api]);
  const nameSaved = useCallback(
    (userName: string) => setSettings((current) => (current ? { ...current, userName } : current)),
    [],
  );
  return { settings, userName: settings?.userName ?? null, loadSettings, nameSaved };
}
