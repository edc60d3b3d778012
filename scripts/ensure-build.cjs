// Builds the program when the built files are missing or older than the sources, so
// `npm start` and `npm run serve` work on a fresh clone without a separate step.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
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

function ensureBuild() {
  if (!needsBuild()) return;
  // stderr, so that the stdout of `qms … --json` stays machine-readable.
  console.error('Building QMS Workbench…');
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    console.error('The build failed (see above). Run `npm install` first if node_modules is missing.');
    process.exit(result.status ?? 1);
  }
}

module.exports = { ensureBuild, root };
