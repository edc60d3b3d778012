import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import git, { Errors } from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { afterEach, describe, expect, it } from 'vitest';
import { type GitServer, type GitServerOptions, startGitServer, unreachableGitUrl } from '../../support/git-server';
import { useTempDirs } from '../../support/temp-dir';
import { PROCESS_TEST_TIMEOUT_MS } from '../../support/timeouts';

/**
 * The loopback git server the sync tests run against: isomorphic-git (what the program uses)
 * and the git command line (what an auditor or an administrator uses) both fetch and push
 * through it, and it fails the way a git host fails. The errors asserted here are the ones the
 * sync engine turns into a quality manager's words.
 */
const run = promisify(execFile);
const author = { name: 'Q. Author', email: 'author@example.com' };
const CREDENTIALS = { username: 'quality', password: 'right-password' };

async function commitFile(dir: string, filepath: string, content: string, message: string): Promise<string> {
  await writeFile(join(dir, filepath), content);
  await git.add({ fs, dir, filepath });
  return git.commit({ fs, dir, message, author });
}

function push(dir: string, extra: Partial<Parameters<typeof git.push>[0]> = {}) {
  return git.push({ fs, http, dir, remote: 'origin', ref: 'main', ...extra });
}

/** Pulls with a fast-forward only: these tests never diverge except where they say so. */
function pull(dir: string, extra: Partial<Parameters<typeof git.pull>[0]> = {}) {
  return git.pull({ fs, http, dir, remote: 'origin', ref: 'main', fastForwardOnly: true, author, ...extra });
}

/** The git command line, with neither the user's configuration nor a password prompt. */
function gitCli(args: string[], cwd?: string) {
  return run('git', args, {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' },
  });
}

/** The error a promise rejects with (the test fails if it resolves). */
async function failureOf(promise: Promise<unknown>): Promise<Error & { code?: string; data?: unknown }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Error)) throw new Error('expected the git operation to fail, and it succeeded');
  return error;
}

describe('the loopback git server', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const tempDir = useTempDirs();
  const servers: GitServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  async function serve(options?: GitServerOptions): Promise<GitServer> {
    const server = await startGitServer(options);
    servers.push(server);
    return server;
  }

  /**
   * A fresh project folder whose origin is the remote. Not `git.clone`: cloning an EMPTY remote
   * with isomorphic-git leaves the local branch named "master" (git http-backend advertises no
   * HEAD while main is unborn), so a first push would create master beside main.
   */
  async function startProject(url: string): Promise<string> {
    const dir = await tempDir();
    await git.init({ fs, dir, defaultBranch: 'main' });
    await git.addRemote({ fs, dir, remote: 'origin', url });
    return dir;
  }

  async function cloneOf(url: string, extra: Partial<Parameters<typeof git.clone>[0]> = {}): Promise<string> {
    const dir = await tempDir();
    await git.clone({ fs, http, dir, url, ...extra });
    return dir;
  }

  it('takes the first push into an empty repository and shows it in the server log', async () => {
    const server = await serve();
    await server.createBareRepo('team.git');
    expect(await server.log('team.git')).toEqual([]);

    // Cloning the empty repository works, but the clone's branch is "master": see startProject.
    const emptyClone = await cloneOf(server.url('team.git'));
    expect(await git.listBranches({ fs, dir: emptyClone, remote: 'origin' })).toEqual([]);
    expect(await git.currentBranch({ fs, dir: emptyClone })).toBe('master');

    const dir = await startProject(server.url('team.git'));
    await commitFile(dir, 'PRO-001.json', '{"title":"Control of documents"}', 'PRO-001 created');
    const result = await push(dir);

    expect(result.ok).toBe(true);
    expect(result.refs['refs/heads/main']).toEqual({ ok: true, error: '' });
    expect(await server.log('team.git')).toEqual(['PRO-001 created']);
  });

  it('lets two clones fetch and push in turn, each seeing what the other pushed', async () => {
    const server = await serve();
    await server.createBareRepo('team.git');
    const first = await startProject(server.url('team.git'));
    await commitFile(first, 'PRO-001.json', 'one', 'PRO-001 created');
    await push(first);

    const second = await cloneOf(server.url('team.git'));
    expect(await git.currentBranch({ fs, dir: second })).toBe('main');
    expect(await readFile(join(second, 'PRO-001.json'), 'utf8')).toBe('one');

    await commitFile(second, 'PRO-002.json', 'two', 'PRO-002 created');
    await push(second);
    await pull(first);
    expect(await readFile(join(first, 'PRO-002.json'), 'utf8')).toBe('two');

    await commitFile(first, 'PRO-001.json', 'one, revised', 'PRO-001 revised');
    await push(first);
    const fetched = await git.fetch({ fs, http, dir: second, remote: 'origin', ref: 'main' });
    expect(fetched.fetchHead).toBe(await git.resolveRef({ fs, dir: first, ref: 'main' }));
    await pull(second);
    expect(await readFile(join(second, 'PRO-001.json'), 'utf8')).toBe('one, revised');

    expect(await server.log('team.git')).toEqual(['PRO-001 revised', 'PRO-002 created', 'PRO-001 created']);
  });

  it('serves the git command line too: clone, commit and push over http', async () => {
    const server = await serve({ auth: CREDENTIALS });
    await server.createBareRepo('team.git');
    const onAuth = () => CREDENTIALS;
    const dir = await startProject(server.url('team.git'));
    await commitFile(dir, 'PRO-001.json', 'one', 'PRO-001 created');
    await push(dir, { onAuth });

    const withCredentials = server.url('team.git').replace('http://', `http://${CREDENTIALS.username}:${CREDENTIALS.password}@`);
    const cliClone = join(await tempDir(), 'clone');
    await gitCli(['clone', '--quiet', withCredentials, cliClone]);
    expect(await readFile(join(cliClone, 'PRO-001.json'), 'utf8')).toBe('one');

    await writeFile(join(cliClone, 'PRO-002.json'), 'two');
    await gitCli(['add', 'PRO-002.json'], cliClone);
    await gitCli(
      ['-c', 'user.name=CLI User', '-c', 'user.email=cli@example.com', 'commit', '--quiet', '-m', 'PRO-002 from the CLI'],
      cliClone,
    );
    await gitCli(['push', '--quiet', 'origin', 'main'], cliClone);

    await pull(dir, { onAuth });
    expect(await readFile(join(dir, 'PRO-002.json'), 'utf8')).toBe('two');
    expect(await server.log('team.git')).toEqual(['PRO-002 from the CLI', 'PRO-001 created']);
  });

  it('answers 401 to missing or wrong credentials: HttpError, after onAuthFailure when onAuth was given', async () => {
    const server = await serve({ auth: CREDENTIALS });
    await server.createBareRepo('team.git');
    const url = server.url('team.git');

    // No onAuth: isomorphic-git gives up on the first 401.
    const anonymous = await failureOf(cloneOf(url));
    expect(anonymous).toBeInstanceOf(Errors.HttpError);
    expect(anonymous.code).toBe('HttpError');
    expect(anonymous.message).toBe('HTTP Error: 401 Unauthorized');
    expect(anonymous.data).toMatchObject({ statusCode: 401, statusMessage: 'Unauthorized' });

    // A wrong password: onAuth answers, the server refuses again, onAuthFailure is asked once;
    // returning nothing from it ends in the same HttpError 401.
    const failures: string[] = [];
    const wrong = await failureOf(
      cloneOf(url, {
        onAuth: () => ({ username: CREDENTIALS.username, password: 'wrong-password' }),
        onAuthFailure: (failedUrl, auth) => {
          failures.push(`${failedUrl} ${auth.username}:${auth.password}`);
        },
      }),
    );
    expect(wrong).toBeInstanceOf(Errors.HttpError);
    expect(wrong.data).toMatchObject({ statusCode: 401 });
    expect(failures).toEqual([`${url} ${CREDENTIALS.username}:wrong-password`]);

    // onAuthFailure may cancel instead: UserCanceledError.
    const canceled = await failureOf(
      cloneOf(url, {
        onAuth: () => ({ username: 'quality', password: 'wrong-password' }),
        onAuthFailure: () => ({ cancel: true }),
      }),
    );
    expect(canceled).toBeInstanceOf(Errors.UserCanceledError);

    // A push with wrong credentials fails the same way and changes nothing on the server.
    const dir = await startProject(url);
    await commitFile(dir, 'PRO-001.json', 'one', 'PRO-001 created');
    const pushFailure = await failureOf(push(dir, { onAuth: () => ({ username: 'quality', password: 'wrong-password' }) }));
    expect(pushFailure).toBeInstanceOf(Errors.HttpError);
    expect(await server.log('team.git')).toEqual([]);

    await push(dir, { onAuth: () => CREDENTIALS });
    expect(await server.log('team.git')).toEqual(['PRO-001 created']);
  });

  it('refuses a push through git’s pre-receive hook, with the reason reaching the client as a remote message', async () => {
    let refusal: string | null = 'main is frozen for the audit';
    const asked: string[] = [];
    const server = await serve({
      rejectPush: (repoName) => {
        asked.push(repoName);
        return refusal;
      },
    });
    await server.createBareRepo('team.git');
    const dir = await startProject(server.url('team.git'));
    await commitFile(dir, 'PRO-001.json', 'one', 'PRO-001 created');

    // What isomorphic-git 1.44 reports: the server answers "ng refs/heads/main pre-receive hook
    // declined", so push() throws GitPushError (not PushRejectedError, which is only its own
    // client-side fast-forward check). The hook's words are not in the error: they arrive through
    // onMessage (the side band). isomorphic-git does not await onMessage before it throws, so
    // read the messages a turn of the event loop after the failure.
    const messages: string[] = [];
    const refused = await failureOf(push(dir, { onMessage: (message) => void messages.push(message) }));
    await new Promise((resolve) => setImmediate(resolve));
    expect(refused).toBeInstanceOf(Errors.GitPushError);
    expect(refused.message).toBe('One or more branches were not updated: \n  - refs/heads/main: pre-receive hook declined');
    expect(refused.data).toMatchObject({
      result: { ok: true, refs: { 'refs/heads/main': { ok: false, error: 'pre-receive hook declined' } } },
    });
    expect(messages.join('')).toContain('main is frozen for the audit');
    expect(asked).toEqual(['team.git']);
    expect(await server.log('team.git')).toEqual([]);

    // The git command line shows the reason as "remote: …".
    const cliClone = join(await tempDir(), 'clone');
    await gitCli(['clone', '--quiet', server.url('team.git'), cliClone]);
    await writeFile(join(cliClone, 'note.txt'), 'x');
    await gitCli(['add', 'note.txt'], cliClone);
    await gitCli(['-c', 'user.name=CLI', '-c', 'user.email=cli@example.com', 'commit', '--quiet', '-m', 'note'], cliClone);
    const cliRefusal = await failureOf(gitCli(['push', 'origin', 'HEAD:main'], cliClone));
    expect((cliRefusal as Error & { stderr?: string }).stderr).toContain('remote: main is frozen for the audit');

    // The refusal is decided at each push: lifting it lets the same push through.
    refusal = null;
    await push(dir);
    expect(await server.log('team.git')).toEqual(['PRO-001 created']);
  });

  it('refuses a push that is not a fast-forward: PushRejectedError from isomorphic-git’s own check', async () => {
    const server = await serve();
    await server.createBareRepo('team.git');
    const first = await startProject(server.url('team.git'));
    await commitFile(first, 'PRO-001.json', 'one', 'PRO-001 created');
    await push(first);
    const second = await cloneOf(server.url('team.git'));
    await commitFile(second, 'PRO-002.json', 'two', 'PRO-002 created');
    await push(second);

    await commitFile(first, 'PRO-003.json', 'three', 'PRO-003 created');
    const rejected = await failureOf(push(first));
    expect(rejected).toBeInstanceOf(Errors.PushRejectedError);
    expect(rejected.code).toBe('PushRejectedError');
    expect(rejected.message).toBe('Push rejected because it was not a simple fast-forward. Use "force: true" to override.');
    expect(rejected.data).toEqual({ reason: 'not-fast-forward' });
    expect(await server.log('team.git')).toEqual(['PRO-002 created', 'PRO-001 created']);
  });

  it('gives a plain Node error ECONNREFUSED, naming host and port, for a remote that is down', async () => {
    const url = await unreachableGitUrl('team.git');
    const { host } = new URL(url);
    const dir = await startProject(url);
    await commitFile(dir, 'PRO-001.json', 'one', 'PRO-001 created');

    for (const attempt of [() => git.fetch({ fs, http, dir, remote: 'origin', ref: 'main' }), () => push(dir)]) {
      const refused = await failureOf(attempt());
      expect(refused.code).toBe('ECONNREFUSED');
      expect(refused.message).toBe(`connect ECONNREFUSED ${host}`);
      expect(refused).toMatchObject({ syscall: 'connect', address: '127.0.0.1' });
    }
  });

  it('answers 404 (HttpError) for a repository that does not exist', async () => {
    const server = await serve();
    const missing = await failureOf(cloneOf(server.url('nobody.git')));
    expect(missing).toBeInstanceOf(Errors.HttpError);
    expect(missing.data).toMatchObject({ statusCode: 404 });
  });
});
