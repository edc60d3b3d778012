import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

/**
 * The installed Electron binary, found without triggering electron's lazy download
 * (which needs the network). Null, with the reason, when it is not there.
 */
export function installedElectron(): { path: string } | { path: null; reason: string } {
  const packageDir = join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      path: null,
      reason:
        'the Electron binary is not installed (node_modules/electron/path.txt is missing; it downloads on first launch, which needs its download server)',
    };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { path: null, reason: `the Electron binary ${binary} is missing` };
}
