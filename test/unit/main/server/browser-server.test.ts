import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES, type RunningBrowserServer, startBrowserServer } from '../../../../src-main/server/browser-server';
import { appPathsFromBuild } from '../../../../src-main/services/app-paths';
import { openWorkspace, type Workspace } from '../../../../src-main/services/open-workspace';
import { contentJson, nestedFieldJson, nestedListsJson } from '../../../support/deep-json';
import { rawRequest } from '../../../support/http';
import { copySampleProject, REPO_ROOT } from '../../../support/paths';
import { useTempDirs } from '../../../support/temp-dir';

const TOKEN = 'test-token-0123456789';

describe('the browser-mode server', () => {
  const tempDir = useTempDirs();
  let server: RunningBrowserServer | null = null;
  let workspace: Workspace | null = null;
  afterEach(async () => {
    await server?.close();
    await workspace?.close();
    server = null;
    workspace = null;
  });

  async function start(dispatch?: Parameters<typeof startBrowserServer>[0]['dispatch']) {
    const dir = await tempDir();
    const rendererDir = join(dir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>QMS</title>');
    await writeFile(join(dir, 'secret.txt'), 'not for the browser');
    workspace = await openWorkspace({
      folder: await copySampleProject(join(dir, 'project')),
      program: 'the tests',
      paths: appPathsFromBuild(join(REPO_ROOT, 'out', 'main')),
      userData: join(dir, 'user-data'),
    });
    server = await startBrowserServer({ port: 0, rendererDir, token: TOKEN, dispatch: dispatch ?? workspace.dispatch });
    const host = `127.0.0.1:${server.port}`;
    const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
      rawRequest(server?.port ?? 0, {
        method: 'POST',
        path: `/api/${channel}`,
        headers: { Host: host, 'Content-Type': 'application/json', 'X-QMS-Token': TOKEN, ...headers },
        body: JSON.stringify(body),
      });
    return { server, host, api };
  }

  it('prints an address on the loopback interface that carries the token', async () => {
    const { server } = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${TOKEN}`);
  });

  it('makes a fresh random token when none is given', async () => {
    const dispatch = vi.fn();
    const a = await startBrowserServer({ port: 0, rendererDir: '/nonexistent', dispatch });
    const b = await startBrowserServer({ port: 0, rendererDir: '/nonexistent', dispatch });
    await a.close();
    await b.close();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
  });

  it('answers an API call that carries the token', async () => {
    const { api } = await start();
    const response = await api('get-project', {});
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).value.documents).toHaveLength(4);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('refuses an API call without the token, or with a wrong one, with 401 and runs nothing', async () => {
    const dispatch = vi.fn();
    const { host } = await start(dispatch);
    const port = server?.port ?? 0;
    for (const token of [undefined, 'wrong', `${TOKEN}x`]) {
      const headers: Record<string, string> = { Host: host, 'Content-Type': 'application/json' };
      if (token) headers['X-QMS-Token'] = token;
      const response = await rawRequest(port, { method: 'POST', path: '/api/get-project', headers, body: '{}' });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body).error.code).toBe('unauthorized');
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses any request whose Host header is not the loopback address and port, with 403', async () => {
    const dispatch = vi.fn();
    await start(dispatch);
    const port = server?.port ?? 0;
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `192.168.1.10:${port}`]) {
      const page = await rawRequest(port, { path: '/', headers: { Host: host } });
      expect(page.status).toBe(403);
      const call = await rawRequest(port, {
        method: 'POST',
        path: '/api/get-project',
        headers: { Host: host, 'Content-Type': 'application/json', 'X-QMS-Token': TOKEN },
        body: '{}',
      });
      expect(call.status).toBe(403);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses calls from another web origin even with the token', async () => {
    const { api } = await start();
    const response = await api('get-project', {}, { Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
  });

  it('answers malformed calls with a clear error and no change', async () => {
    const { api, host } = await start();
    const port = server?.port ?? 0;
    const notJson = await rawRequest(port, {
      method: 'POST',
      path: '/api/get-project',
      headers: { Host: host, 'Content-Type': 'application/json', 'X-QMS-Token': TOKEN },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toMatch(/not valid JSON/);

    const wrongType = await rawRequest(port, {
      method: 'POST',
      path: '/api/get-project',
      headers: { Host: host, 'Content-Type': 'text/plain', 'X-QMS-Token': TOKEN },
      body: '{}',
    });
    expect(wrongType.status).toBe(415);

    // A media type that merely starts like JSON is not JSON; only parameters may follow it.
    const lookAlike = await rawRequest(port, {
      method: 'POST',
      path: '/api/get-project',
      headers: { Host: host, 'Content-Type': 'application/jsonx', 'X-QMS-Token': TOKEN },
      body: '{}',
    });
    expect(lookAlike.status).toBe(415);
    expect(JSON.parse(lookAlike.body).error.message).toMatch(/Content-Type: application\/json/);
    const withCharset = await api('get-project', {}, { 'Content-Type': 'application/json; charset=utf-8' });
    expect(withCharset.status).toBe(200);

    const get = await rawRequest(port, { path: '/api/get-project', headers: { Host: host, 'X-QMS-Token': TOKEN } });
    expect(get.status).toBe(405);

    const unknown = await api('format-disk', {});
    expect(unknown.status).toBe(404);

    const badId = await api('read-document', { id: '../qms-project' });
    expect(badId.status).toBe(400);
    expect(JSON.parse(badId.body).error.message).toMatch(/Invalid request for read-document: id/);
  });

  it('refuses content nested deeper than the limit, or carrying an inline style, with 400 and writes nothing', async () => {
    const { api, host } = await start();
    const folder = workspace?.host.store.folder ?? '';
    const path = join(folder, 'documents', 'PRO-002.json');
    const before = await readFile(path, 'utf8');
    const { version } = JSON.parse((await api('read-document', { id: 'PRO-002' })).body).value;
    const save = (content: string) =>
      rawRequest(server?.port ?? 0, {
        method: 'POST',
        path: '/api/save-document',
        headers: { Host: host, 'Content-Type': 'application/json', 'X-QMS-Token': TOKEN },
        body: `{"id":"PRO-002","baseVersion":"${version}","content":${content}}`,
      });
    for (const content of [
      contentJson(nestedListsJson(1000)),
      contentJson(nestedFieldJson(1000)),
      contentJson(nestedFieldJson(10_000)),
    ]) {
      const response = await save(content);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body).error).toEqual({
        code: 'invalid-request',
        message: expect.stringMatching(/^Invalid request for save-document: content\.root: nested deeper than .*64 levels/),
      });
    }
    const styled = await save(
      contentJson(
        '{"type":"paragraph","version":1,"children":[{"type":"text","version":1,"text":"x","style":"position:fixed;inset:0"}]}',
      ),
    );
    expect(styled.status).toBe(400);
    expect(JSON.parse(styled.body).error.message).toMatch(/content\.root\.children\.0\.children\.0\.style: an inline style/);
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('refuses a body larger than the limit with 413', async () => {
    const { api } = await start();
    const response = await api('get-project', { padding: 'x'.repeat(MAX_BODY_BYTES) });
    expect(response.status).toBe(413);
  });

  it('serves the renderer with a strict Content-Security-Policy and never a file outside it', async () => {
    const { host } = await start();
    const port = server?.port ?? 0;
    const page = await rawRequest(port, { path: '/', headers: { Host: host } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/project/qms-project.json']) {
      const response = await rawRequest(port, { path, headers: { Host: host } });
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('not for the browser');
    }
  });

  it('listens on the loopback address only', async () => {
    const { server } = await start();
    expect(server.address).toBe('127.0.0.1');
  });
});
