import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { createProject } from '../../src-main/services/project-create';
import { ProjectStore } from '../../src-main/services/project-store';
import { TemplateLibrary } from '../../src-main/services/template-library';
import { newOrganization } from '../../src-shared/project/schema';
import { computeTailoring } from '../../src-shared/tailoring/tailoring';
import { compileTemplate } from '../../src-shared/templates/compile-template';
import { contentToMarkdown } from '../../src-shared/templates/content-to-markdown';
import { storeOptions, TEMPLATES_DIR } from '../support/sample-store';

// The template library: compiling, listing for the gallery, tailoring figures, a new project.

const sources = readdirSync(TEMPLATES_DIR)
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(join(TEMPLATES_DIR, name), 'utf8'));
const manual = compileTemplate(readFileSync(join(TEMPLATES_DIR, 'quality-manual.md'), 'utf8')).content;
const fields = { organization: newOrganization('Acme Ltd'), document: null, project: { reviewPeriodMonths: 12 } };

const root = mkdtempSync(join(tmpdir(), 'qms-bench-templates-'));
/** A fresh project with the essential documents, made once, before the first bench that needs it. */
let fresh: Promise<ProjectStore> | null = null;
const freshProject = () => {
  fresh ??= createProject(join(root, 'fresh'), {
    organization: 'Acme Ltd',
    essentials: { by: 'Bench', templatesDir: TEMPLATES_DIR },
  }).then(() => ProjectStore.open(join(root, 'fresh'), storeOptions({ readOnly: true })));
  return fresh;
};

// At the top level: vitest's bench mode does not run hooks declared inside a describe.
afterAll(async () => {
  await (await fresh)?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('templates', () => {
  bench('compile all 32 templates', () => {
    for (const source of sources) compileTemplate(source);
  });
  bench('list the library for the gallery, nothing cached', async () => {
    await new TemplateLibrary(async () => [{ source: 'built-in', dir: TEMPLATES_DIR }]).list();
  });
  bench('tailoring figures of the quality manual against its template', () => {
    computeTailoring(manual, manual, fields);
  });
  bench('write the quality manual as template Markdown', () => {
    contentToMarkdown(manual);
  });
  bench('open a fresh essentials project (8 documents with tailoring figures)', async () => {
    await (await freshProject()).getProject();
  });
  let n = 0;
  bench(
    'create a project with its 8 essential documents',
    async () => {
      await createProject(join(root, `p${n++}`), {
        organization: 'Acme Ltd',
        essentials: { by: 'Bench', templatesDir: TEMPLATES_DIR },
      });
    },
    { iterations: 10 },
  );
});
