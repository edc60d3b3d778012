import { spawn, spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawRequest } from '../../../support/http';
import { copySampleProject, REPO_ROOT, SERVE_ENTRY } from '../../../support/paths';
import { startServeProcess } from '../../../support/serve-process';
import { useTempDirs } from '../../../support/temp-dir';
import { PROCESS_TEST_TIMEOUT_MS } from '../../../support/timeouts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('npm run serve (out/main/serve.js)', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const tempDir = useTempDirs();

  it('prints one line with the tokenised loopback address and serves the given project', async () => {
    const dir = await tempDir();
    const project = await copySampleProject(join(dir, 'project'));
    const port = await freePort();
    const server = await startServeProcess(['--port', String(port), '--project', project], { QMS_USER_DATA: join(dir, 'ud') });
    try {
      expect(server.port).toBe(port);
      expect(server.output().trim().split('\n')).toHaveLength(1);
      expect(server.output()).toContain(`project: ${project}`);
      const response = await rawRequest(port, {
        method: 'POST',
        path: '/api/get-project',
        headers: { 'Content-Type': 'application/json', 'X-QMS-Token': server.token },
        body: '{}',
      });
      expect(JSON.parse(response.body).value.folder).toBe(project);
    } finally {
      await server.stop();
    }
  });

  it('exits 1 with one line naming the folder when it is not a project', async () => {
    const dir = await tempDir();
    const result = spawnSync(process.execPath, [SERVE_ENTRY, '--project', dir], {
      encoding: 'utf8',
      env: { ...process.env, QMS_USER_DATA: join(dir, 'ud') },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`qms serve: ${dir} is not a QMS Workbench project: it has no qms-project.json.`);
  });

  it('exits 2 on a wrong option and shows the usage', () => {
    const result = spawnSync(process.execPath, [SERVE_ENTRY, '--listen-everywhere'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown option "--listen-everywhere"[\s\S]*Usage: npm run serve/);
  });
});

describe('npm start without an Electron binary', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const tempDir = useTempDirs();

  it('explains in two plain lines, with the remedy, and falls back to browser mode', async () => {
    const dir = await tempDir();
    const project = await copySampleProject(join(dir, 'project'));
    const noElectron = join(dir, 'no-electron');
    await mkdir(noElectron);
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'start.cjs'), '--project', project], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: noElectron, QMS_USER_DATA: join(dir, 'ud') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    try {
      await expect
        .poll(() => output, { timeout: 90_000, interval: 100 })
        .toMatch(/QMS Workbench \(browser mode\) on http:\/\/127\.0\.0\.1:\d+\/#token=/);
      const lines = output.trim().split('\n');
      const explanation = lines.findIndex((line) => line.startsWith('Electron could not be started:'));
      expect(explanation).toBeGreaterThanOrEqual(0);
      expect(lines[explanation + 1]).toMatch(/ELECTRON_MIRROR.*electronjs\.org.*browser mode/);
      expect(lines[explanation + 2]).toMatch(/^QMS Workbench \(browser mode\) on /);
      expect(output).not.toMatch(/^\s+at /m);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
