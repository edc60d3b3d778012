import { execFile, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A real git server on loopback for the sync tests: git's own CGI program `git http-backend`
 * behind a Node `http` server, serving bare repositories under a temporary folder. It speaks
 * smart HTTP (fetch and push) to isomorphic-git and to the git command line alike, so what the
 * tests see is what a git host would answer. Needs git installed (`.ci/run` installs it).
 */
export interface GitServerOptions {
  /** HTTP Basic credentials every request must carry; without them the answer is 401. */
  auth?: { username: string; password: string };
  /**
   * Asked on every push: a reason refuses the push to that repository (git's pre-receive hook
   * prints it and fails, so the client sees a real rejection); null lets it through.
   */
  rejectPush?: (repoName: string) => string | null;
}

export interface GitServer {
  /** `http://127.0.0.1:<port>/<repoName>`: what a client clones, fetches and pushes. */
  url(repoName: string): string;
  /** The temporary folder holding the bare repositories; removed by close(). */
  root: string;
  /** Creates an empty bare repository `<root>/<name>` (branch main, pushes allowed); returns its path. */
  createBareRepo(name: string): Promise<string>;
  /** The subjects of the commits on the bare repository's main, newest first ([] while it has none). */
  log(name: string): Promise<string[]>;
  /** Stops the server, ends running git processes and removes the temporary folder. */
  close(): Promise<void>;
}

const REJECTION_VARIABLE = 'QMS_TEST_PUSH_REJECTION';
const REPO_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Refuses a push when the server passed a reason (the reason reaches the client as "remote: …"). */
const PRE_RECEIVE_HOOK = `#!/bin/sh
if [ -n "$${REJECTION_VARIABLE}" ]; then
  echo "$${REJECTION_VARIABLE}" >&2
  exit 1
fi
exit 0
`;

/** Git on the server side reads neither the user's nor the system's configuration. */
const SERVER_GIT_ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

function checkRepoName(name: string): void {
  if (!REPO_NAME.test(name) || name.includes('..')) throw new Error(`git server: invalid repository name "${name}"`);
}

async function gitOnServer(args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { env: { ...process.env, ...SERVER_GIT_ENV } });
  return stdout;
}

let backendPath: Promise<string> | undefined;
/** `git http-backend` lives in git's exec path, which is not on PATH. */
function httpBackend(): Promise<string> {
  backendPath ??= gitOnServer(['--exec-path']).then(
    (dir) => join(dir.trim(), 'git-http-backend'),
    (error: Error) => {
      backendPath = undefined;
      throw new Error(`git server: the git command is needed for the sync tests (apt-get install git): ${error.message}`);
    },
  );
  return backendPath;
}

function credentialsMatch(header: string | undefined, auth: { username: string; password: string }): boolean {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  return Buffer.from(match[1], 'base64').toString('utf8') === `${auth.username}:${auth.password}`;
}

/** Splits the CGI output's header block ("Status: 404 Not Found", "Content-Type: …") from the body. */
function parseCgiHeaders(block: string): { status: number; headers: [string, string][] } {
  let status = 200;
  const headers: [string, string][] = [];
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 500;
    else headers.push([name, value]);
  }
  return { status, headers };
}

function headerEnd(buffer: Buffer): { at: number; length: number } | null {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return { at: crlf, length: 4 };
  if (lf >= 0) return { at: lf, length: 2 };
  return null;
}

export async function startGitServer(options: GitServerOptions = {}): Promise<GitServer> {
  const root = await mkdtemp(join(tmpdir(), 'qms-git-server-'));
  const backend = await httpBackend();
  const running = new Set<ReturnType<typeof spawn>>();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (options.auth && !credentialsMatch(req.headers.authorization, options.auth)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="qms-test"', 'Content-Type': 'text/plain' });
      res.end('Authentication required\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathInfo = decodeURIComponent(url.pathname);
    const repoName = pathInfo.split('/')[1] ?? '';
    const isPush = pathInfo.endsWith('/git-receive-pack') && req.method === 'POST';
    const rejection = isPush && REPO_NAME.test(repoName) ? options.rejectPush?.(repoName) : null;

    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...SERVER_GIT_ENV,
      GATEWAY_INTERFACE: 'CGI/1.1',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: pathInfo,
      QUERY_STRING: url.search.replace(/^\?/, ''),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
      ...(req.headers['content-length'] ? { CONTENT_LENGTH: req.headers['content-length'] } : {}),
      // http-backend inflates gzip request bodies itself (the git CLI gzips large fetch requests).
      ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
      // The git CLI asks for protocol v2 through this header.
      ...(typeof req.headers['git-protocol'] === 'string' ? { GIT_PROTOCOL: req.headers['git-protocol'] } : {}),
      ...(options.auth ? { REMOTE_USER: options.auth.username } : {}),
      ...(rejection ? { [REJECTION_VARIABLE]: rejection } : {}),
    };
    const child = spawn(backend, [], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    running.add(child);
    let stderr = '';
    let pending: Buffer = Buffer.alloc(0);
    let headersSent = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersSent) {
        res.write(chunk);
        return;
      }
      pending = Buffer.concat([pending, chunk]);
      const end = headerEnd(pending);
      if (!end) return;
      const { status, headers } = parseCgiHeaders(pending.subarray(0, end.at).toString('latin1'));
      res.statusCode = status;
      for (const [name, value] of headers) res.appendHeader(name, value);
      headersSent = true;
      res.write(pending.subarray(end.at + end.length));
    });
    child.on('error', (error) => {
      running.delete(child);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`git http-backend failed to start: ${error.message}\n`);
    });
    child.on('close', (code) => {
      running.delete(child);
      if (!headersSent && !res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`git http-backend exited with ${code} before answering: ${stderr}\n`);
        return;
      }
      res.end();
    });
    // A client that gives up (or a closed connection) leaves the backend nothing to write to.
    child.stdin.on('error', () => {});
    req.pipe(child.stdin);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    root,
    url: (repoName) => {
      checkRepoName(repoName);
      return `http://127.0.0.1:${port}/${repoName}`;
    },
    createBareRepo: async (name) => {
      checkRepoName(name);
      const dir = join(root, name);
      await gitOnServer(['init', '--bare', '--quiet', '-b', 'main', dir]);
      await gitOnServer(['--git-dir', dir, 'config', 'http.receivepack', 'true']);
      const hook = join(dir, 'hooks', 'pre-receive');
      await writeFile(hook, PRE_RECEIVE_HOOK);
      await chmod(hook, 0o755);
      return dir;
    },
    log: async (name) => {
      checkRepoName(name);
      const gitDir = join(root, name);
      const hasMain = await gitOnServer(['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', 'refs/heads/main']).then(
        () => true,
        () => false,
      );
      if (!hasMain) return [];
      const out = await gitOnServer(['--git-dir', gitDir, 'log', '--format=%s', 'refs/heads/main']);
      return out.split('\n').filter((line) => line !== '');
    },
    close: async () => {
      for (const child of running) child.kill('SIGKILL');
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * The URL of a repository on a port that was listening a moment ago and is now closed: a
 * connection is refused (ECONNREFUSED), as with a git host that is down.
 */
export async function unreachableGitUrl(repoName = 'project.git'): Promise<string> {
  checkRepoName(repoName);
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/${repoName}`;
}
