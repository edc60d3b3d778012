import { join } from 'node:path';
import { type OpenOptions, ProjectStore } from '../../src-main/services/project-store';
import { copySampleProject, REPO_ROOT } from './paths';

export const TEMPLATES_DIR = join(REPO_ROOT, 'templates', 'iso-9001-2015');

export function storeOptions(overrides: Partial<OpenOptions> = {}): OpenOptions {
  return { program: 'the tests', templatesDir: TEMPLATES_DIR, today: () => '2026-11-26', ...overrides };
}

/** A private copy of the sample project, opened (and locked) as the program would. */
export async function openSampleStore(parent: string, overrides: Partial<OpenOptions> = {}) {
  const dir = await copySampleProject(join(parent, 'project'));
  return { dir, store: await ProjectStore.open(dir, storeOptions(overrides)) };
}
