// Builds the program when the built files are missing or older than the sources, so
// `npm start` and `npm run serve` work on a fresh clone without a separate step.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, rmSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const OUTPUTS = ['out/main/index.js', 'out/main/serve.js', 'out/main/cli.js', 'out/preload/index.js', 'out/renderer/index.html'];
const SOURCES = ['src-main', 'src-renderer', 'src-shared', 'electron.vite.config.ts', 'package.json'];

function newestMtime(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function needsBuild() {
  const outputs = OUTPUTS.map((file) => join(root, file));
  if (!outputs.every((file) => existsSync(file))) return true;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const newestSource = Math.max(
    ...SOURCES.map((path) => join(root, path))
      .filter(existsSync)
      .map(newestMtime),
  );
  return newestSource > oldestOutput;
}

const LOCK = join(root, 'out', '.building');
/** A lock older than this was left by a build that died, and is taken over. */
const STALE_LOCK_MS = 5 * 60_000;

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * One build at a time. Two callers at once (two `qms` commands, test files in parallel)
 * would otherwise both build, each emptying the output the other is writing or loading.
 */
function withBuildLock(work) {
  mkdirSync(join(root, 'out'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // Gone meanwhile: try again.
    }
    sleep(200);
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function ensureBuild() {
  if (!needsBuild()) return;
  const status = withBuildLock(() => {
    // Whoever held the lock may have built it meanwhile.
    if (!needsBuild()) return 0;
    // stderr, so that the stdout of `qms … --json` stays machine-readable.
    console.error('Building QMS Workbench…');
    const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    const result = spawnSync(process.execPath, [bin, 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 2, 2] });
    return result.status ?? 1;
  });
  if (status !== 0) {
    console.error('The build failed (see above). Run `npm install` first if node_modules is missing.');
    process.exit(status);
  }
}

module.exports = { ensureBuild, root };
