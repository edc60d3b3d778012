// `npm start`: build if needed, then the desktop window. Where the Electron binary is
// missing and cannot be downloaded, say so in two plain lines and start browser mode.
const { spawn, spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { ensureBuild, root } = require('./ensure-build.cjs');

/** The Electron binary's path, downloading it first if needed; null when that fails. */
function findElectron() {
  // Resolved in a child with its output captured: a failed download prints a stack trace.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  return path && existsSync(path) ? path : null;
}

function explainAndServe(cause) {
  console.log(`Electron could not be started: ${cause}`);
  console.log(
    'For the desktop window, set ELECTRON_MIRROR to a reachable mirror and run `npm start` again (https://www.electronjs.org/docs/latest/tutorial/installation). Starting browser mode instead:',
  );
  require(join(root, 'out', 'main', 'serve.js'));
}

ensureBuild();
const args = process.argv.slice(2);
const electron = process.env.QMS_NO_ELECTRON ? null : findElectron();
if (!electron) {
  explainAndServe(
    process.env.QMS_NO_ELECTRON
      ? 'QMS_NO_ELECTRON is set.'
      : 'its binary is not installed and could not be downloaded (no access to the Electron download server).',
  );
} else {
  const child = spawn(electron, [root, ...args], { stdio: 'inherit' });
  child.on('error', (error) => explainAndServe(`${electron} did not run (${error.message}).`));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}
