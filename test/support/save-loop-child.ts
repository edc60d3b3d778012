// A child process for the crash test: opens a project and saves one document over
// and over, announcing each save on stdout before and after it, until it is killed.
import { join } from 'node:path';
import { ProjectStore } from '../../src-main/services/project-store';
import { paragraphsContent } from '../../src-shared/editor/nodes';
import type { SerializedContent } from '../../src-shared/editor/serialized-content';

const [folder, startAt] = process.argv.slice(2) as [string, string];

function content(n: number): SerializedContent {
  // Large enough that a write takes a moment, so kills land mid-write.
  return paragraphsContent(`iteration ${n} `.repeat(4000));
}

void (async () => {
  const store = await ProjectStore.open(folder, {
    program: 'crash test',
    templatesDir: join(__dirname, '..', '..', 'templates', 'iso-9001-2015'),
  });
  let { version } = await store.readDocument('PRO-002');
  for (let n = Number(startAt); ; n += 1) {
    process.stdout.write(`begin ${n}\n`);
    ({ version } = await store.saveDocument('PRO-002', content(n), version, 'crash test'));
    process.stdout.write(`end ${n}\n`);
  }
})();
