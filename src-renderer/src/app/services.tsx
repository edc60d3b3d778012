import { createContext, type JSX, type ReactNode, useContext } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { WorkbenchDatabase } from '../db/database';

/** What the window talks to: the program (through the contract), its IndexedDB, local UI storage, the user. */
export interface Services {
  api: QmsApi;
  db: WorkbenchDatabase;
  storage: Storage;
  /** Asks the user to confirm a destructive choice. */
  confirm: (question: string) => boolean;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ value, children }: { value: Services; children: ReactNode }): JSX.Element {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

/** The window's services; only inside the App, which provides them. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices is used outside the App: wrap the component in ServicesProvider.');
  return services;
}
