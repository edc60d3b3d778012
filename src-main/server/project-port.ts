import { readSettings, writeSettings } from '../services/settings';

/** Where browser mode keeps each project's last port. */
export interface PortMemory {
  recall(folder: string): Promise<number | undefined>;
  remember(folder: string, port: number): Promise<void>;
}

/** The ports live in the program's settings file, keyed by project folder. */
export function settingsPortMemory(userData: string): PortMemory {
  return {
    recall: async (folder) => (await readSettings(userData)).settings.browserPorts?.[folder],
    remember: async (folder, port) => {
      const loaded = await readSettings(userData);
      // A damaged settings file is left as it is: the user's name and folders matter more than a port.
      if (loaded.damaged) return;
      const settings = loaded.settings;
      await writeSettings(userData, { ...settings, browserPorts: { ...settings.browserPorts, [folder]: port } });
    },
  };
}

function isPortUnusable(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code === 'EADDRINUSE' || code === 'EACCES';
}

export interface ProjectPortOptions<Server extends { port: number }> {
  /** `--port N` when given: it always wins (0 = any free port). */
  requested: number | undefined;
  folder: string;
  memory: PortMemory;
  start: (port: number) => Promise<Server>;
}

/**
 * Starts browser mode on the port it last used for the project, so the page keeps its
 * origin (and with it the edit journal in IndexedDB) across restarts. An explicit port
 * wins; a remembered port that is taken gives way to a free one, which is remembered.
 */
export async function startOnProjectPort<Server extends { port: number }>(options: ProjectPortOptions<Server>): Promise<Server> {
  const { requested, folder, memory, start } = options;
  const remembered = requested === undefined ? await memory.recall(folder).catch(() => undefined) : undefined;
  let server: Server;
  if (requested !== undefined) server = await start(requested);
  else if (remembered === undefined) server = await start(0);
  else {
    try {
      server = await start(remembered);
    } catch (error) {
      if (!isPortUnusable(error)) throw error;
      server = await start(0);
    }
  }
  if (server.port !== remembered) await memory.remember(folder, server.port).catch(() => undefined);
  return server;
}
