// Makes sure the end-to-end tests have a Chromium to drive, in this order: the one
// named by QMS_CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own download.
// On Debian as root a missing Chromium is installed with apt-get; elsewhere
// Playwright downloads its browser. Nothing happens when one is already there.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

function playwrightChromium() {
  try {
    const path = require('playwright-core').chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function main() {
  const named = process.env.QMS_CHROMIUM_PATH;
  if (named) {
    if (existsSync(named)) return 0;
    console.error(`QMS_CHROMIUM_PATH names ${named}, which does not exist.`);
    return 1;
  }
  if (existsSync('/usr/bin/chromium') || playwrightChromium()) return 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
    if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) return 0;
    console.error('Installing chromium with apt-get failed; see above.');
    return 1;
  }
  if (run(process.execPath, [require.resolve('@playwright/test/cli'), 'install', 'chromium'])) return 0;
  console.error(
    'No Chromium for the end-to-end tests. On Debian/Ubuntu: sudo apt-get install chromium; or set QMS_CHROMIUM_PATH.',
  );
  return 1;
}

process.exit(main());
