import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const SAMPLE_PROJECT = join(REPO_ROOT, 'resources', 'sample-project');
export const SERVE_ENTRY = join(REPO_ROOT, 'out', 'main', 'serve.js');

/** A private copy of the sample project for one test. */
export async function copySampleProject(target: string): Promise<string> {
  await cp(SAMPLE_PROJECT, target, { recursive: true });
  return target;
}
