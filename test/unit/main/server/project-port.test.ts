import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type PortMemory, settingsPortMemory, startOnProjectPort } from '../../../../src-main/server/project-port';
import { useTempDirs } from '../../../support/temp-dir';

const FOLDER = '/home/tom/QMS Projects/Harrow';

/** Port memory in a map, as the settings file would hold it. */
function memoryOf(entries: Record<string, number> = {}): PortMemory & { ports: Map<string, number> } {
  const ports = new Map(Object.entries(entries));
  return {
    ports,
    recall: async (folder) => ports.get(folder),
    remember: async (folder, port) => {
      ports.set(folder, port);
    },
  };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** Listens on 127.0.0.1 like browser mode does (0 = any free port). */
async function listen(port: number): Promise<{ port: number }> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  servers.push(server);
  return { port: (server.address() as AddressInfo).port };
}

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  const { port } = await listen(0);
  const server = servers.pop() as Server;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('which port browser mode starts on', () => {
  it('reuses the port remembered for the project when it is free', async () => {
    const remembered = await freePort();
    const memory = memoryOf({ [FOLDER]: remembered });
    const server = await startOnProjectPort({ requested: undefined, folder: FOLDER, memory, start: listen });
    expect(server.port).toBe(remembered);
    expect(memory.ports.get(FOLDER)).toBe(remembered);
  });

  it('takes a fresh port when the remembered one is taken, and remembers the new one', async () => {
    const { port: taken } = await listen(0);
    const memory = memoryOf({ [FOLDER]: taken });
    const server = await startOnProjectPort({ requested: undefined, folder: FOLDER, memory, start: listen });
    expect(server.port).not.toBe(taken);
    expect(memory.ports.get(FOLDER)).toBe(server.port);
  });

  it('a first start takes a free port and remembers it for the project only', async () => {
    const memory = memoryOf({ '/other/project': 5999 });
    const server = await startOnProjectPort({ requested: undefined, folder: FOLDER, memory, start: listen });
    expect(server.port).toBeGreaterThan(0);
    expect(memory.ports.get(FOLDER)).toBe(server.port);
    expect(memory.ports.get('/other/project')).toBe(5999);
  });

  it('an explicit --port wins over the remembered one', async () => {
    const remembered = await freePort();
    const requested = await freePort();
    const memory = memoryOf({ [FOLDER]: remembered });
    const server = await startOnProjectPort({ requested, folder: FOLDER, memory, start: listen });
    expect(server.port).toBe(requested);
  });

  it('--port 0 means any free port, even with a remembered one', async () => {
    const remembered = await freePort();
    const tried: number[] = [];
    const memory = memoryOf({ [FOLDER]: remembered });
    await startOnProjectPort({
      requested: 0,
      folder: FOLDER,
      memory,
      start: (port) => {
        tried.push(port);
        return listen(port);
      },
    });
    expect(tried).toEqual([0]);
  });

  it('an explicit --port that is taken fails with the reason rather than move elsewhere', async () => {
    const { port: taken } = await listen(0);
    await expect(
      startOnProjectPort({ requested: taken, folder: FOLDER, memory: memoryOf(), start: listen }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('the remembered ports in the settings file', () => {
  const tempDir = useTempDirs();

  it('are kept per project folder beside the other settings', async () => {
    const userData = await tempDir();
    await writeFile(join(userData, 'settings.json'), JSON.stringify({ userName: 'Tom Okafor' }));
    const memory = settingsPortMemory(userData);
    expect(await memory.recall(FOLDER)).toBeUndefined();
    await memory.remember(FOLDER, 41234);
    await memory.remember('/other', 41235);
    expect(await memory.recall(FOLDER)).toBe(41234);
    const settings = JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8'));
    expect(settings).toEqual({ userName: 'Tom Okafor', browserPorts: { [FOLDER]: 41234, '/other': 41235 } });
  });

  it('leave a damaged settings file as it is', async () => {
    const userData = await tempDir();
    await writeFile(join(userData, 'settings.json'), '{ not json');
    await settingsPortMemory(userData).remember(FOLDER, 41234);
    expect(await readFile(join(userData, 'settings.json'), 'utf8')).toBe('{ not json');
  });
});
