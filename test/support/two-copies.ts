import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkProject } from '../../src-main/services/project-check';
import { createProject } from '../../src-main/services/project-create';
import { ProjectStore } from '../../src-main/services/project-store';
import type { SerializedContent } from '../../src-shared/editor/serialized-content';
import type { GitServer } from './git-server';
import { storeOptions, TEMPLATES_DIR } from './sample-store';

/**
 * Two people's copies of one shared project, for sync tests: the first made with version
 * history, the second brought from the server.
 */

export async function newGitProject(dir: string, by: string): Promise<void> {
  await createProject(dir, {
    organization: 'Acme Ltd',
    essentials: { by, templatesDir: TEMPLATES_DIR },
    versionHistory: { by },
  });
}

let sharedCount = 0;

/** An empty shared project on the server, and the folders of Ann's project (made, with version history) and Ben's copy (not yet). */
export async function newSharedProject(server: GitServer, root: string) {
  const name = `shared-${++sharedCount}.git`;
  await server.createBareRepo(name);
  const annDir = join(root, 'ann');
  await newGitProject(annDir, 'Ann Lee');
  return { name, remote: server.url(name), annDir, benDir: join(root, 'ben') };
}

export const openStore = (dir: string) => ProjectStore.open(dir, storeOptions());

/** The content with one more paragraph saying `text` (shaped like the document's own first paragraph). */
export function withParagraph(content: SerializedContent, text: string): SerializedContent {
  const children = content.root.children as Array<Record<string, unknown>>;
  const model = children.find(
    (node) => node.type === 'paragraph' && (node.children as Array<{ type: string }> | undefined)?.[0]?.type === 'text',
  );
  const textNode = { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 };
  const paragraph = model
    ? { ...structuredClone(model), children: [{ ...structuredClone((model.children as unknown[])[0] as object), text }] }
    : {
        children: [textNode],
        direction: null,
        format: '',
        indent: 0,
        type: 'paragraph',
        version: 1,
        textFormat: 0,
        textStyle: '',
      };
  return { ...content, root: { ...content.root, children: [...children, paragraph] } } as SerializedContent;
}

/** Saves one more paragraph into a document, as the editor would. */
export async function addParagraph(store: ProjectStore, id: string, text: string, by: string) {
  const opened = await store.readDocument(id);
  return store.saveDocument(id, withParagraph(opened.content, text), opened.version, by);
}

/** Every paragraph's text in a document file on disk. */
export async function textOf(dir: string, id: string): Promise<string> {
  const file = JSON.parse(await readFile(join(dir, 'documents', `${id}.json`), 'utf8')) as { content: unknown };
  return JSON.stringify(file.content);
}

/** The project's errors as `qms check` reports them. */
export async function checkErrors(dir: string): Promise<string[]> {
  const store = await ProjectStore.open(dir, storeOptions({ readOnly: true }));
  try {
    return (await checkProject(store)).errors.map((error) => `${error.file ?? ''}: ${error.message}`);
  } finally {
    await store.close();
  }
}

/**
 * What git keeps of the server's side (fetched objects, and where the server's branch was last
 * seen) may change on a sync that changes nothing else: it is a cache, not the project.
 */
const UNCOMPARED = /^\.git\/(objects\/|refs\/remotes\/|FETCH_HEAD$|shallow$)/;

/** Every file of the folder with its bytes, the .git folder too (branch, index, config): to prove that nothing changed. */
export async function folderSnapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name !== '.qms-lock' && !UNCOMPARED.test(relative(dir, path)))
        files.set(relative(dir, path), (await readFile(path)).toString('base64'));
    }
  };
  await walk(dir);
  return files;
}
