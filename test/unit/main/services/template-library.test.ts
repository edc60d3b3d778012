import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type TemplateFolder, TemplateLibrary } from '../../../../src-main/services/template-library';
import { TEMPLATE_IDS } from '../../../../src-shared/templates/template-ids';
import { TEMPLATES_DIR } from '../../../support/sample-store';
import { useTempDirs } from '../../../support/temp-dir';

const source = (id: string, body = 'Body\n') =>
  `---\nid: ${id}\ntitle: T\ndocumentType: form\nclauses: []\nfields: []\nsummary: A test template.\n---\n${body}`;

const library = (...folders: TemplateFolder[]) => new TemplateLibrary(async () => folders);
const builtIn = { source: 'built-in' as const, dir: TEMPLATES_DIR };

describe('the template library', () => {
  const tempDir = useTempDirs();

  it('lists every built-in template, sorted by id, none of them broken', async () => {
    const { templates, problems } = await library(builtIn).list();
    expect(problems).toEqual([]);
    expect(templates.map((t) => t.frontMatter.id)).toEqual([...TEMPLATE_IDS].sort());
    expect(templates.find((t) => t.frontMatter.id === 'quality-policy')).toMatchObject({
      source: 'built-in',
      frontMatter: { title: 'Quality Policy', documentType: 'policy', clauses: ['5.2', '5.2.1', '5.2.2', '7.3'] },
    });
  });

  it('gives one template compiled, with its source text', async () => {
    const template = await library(builtIn).get('internal-audit');
    expect(template.markdown.startsWith('---\n')).toBe(true);
    expect(template.compiled.frontMatter.documentType).toBe('procedure');
    expect(template.compiled.content.root.children.length).toBeGreaterThan(10);
  });

  it('refuses ids that are not kebab-case, naming the id, so no path can leave a folder', async () => {
    const templates = library(builtIn);
    await expect(templates.get('../etc/passwd')).rejects.toThrow(/"\.\.\/etc\/passwd" is not a template id/);
    await expect(templates.get('Quality Policy')).rejects.toThrow(/"Quality Policy" is not a template id/);
    await expect(templates.get('quality-policy.md')).rejects.toThrow(/is not a template id/);
    await expect(templates.get('')).rejects.toThrow(/is not a template id/);
  });

  it('says plainly when there is no such template', async () => {
    await expect(library(builtIn).get('no-such-template')).rejects.toThrow('There is no template "no-such-template".');
  });

  it('passes over files that are not templates, and reports a template whose id is not its file name', async () => {
    const dir = join(await tempDir(), 'templates');
    await mkdir(dir);
    await writeFile(join(dir, 'README.md'), '# Not a template\n');
    await writeFile(join(dir, 'notes.txt'), 'ignored\n');
    await writeFile(join(dir, 'b-form.md'), source('b-form'));
    await writeFile(join(dir, 'a-form.md'), source('a-form'));
    await writeFile(join(dir, 'c-form.md'), source('other-form'));
    const { templates, problems } = await library({ source: 'user', dir }).list();
    expect(templates.map((t) => t.frontMatter.id)).toEqual(['a-form', 'b-form']);
    expect(problems).toEqual([
      { file: join(dir, 'c-form.md'), reason: 'it has the id "other-form"; it must be "c-form", as its file name.' },
    ]);
  });

  it('names the file and the field of a template with broken front matter, and keeps the others', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bad-form.md'), source('bad-form').replace('documentType: form', 'documentType: leaflet'));
    await writeFile(join(dir, 'good-form.md'), source('good-form'));
    const { templates, problems } = await library({ source: 'project', dir }).list();
    expect(templates.map((t) => t.frontMatter.id)).toEqual(['good-form']);
    expect(problems[0]?.file).toBe(join(dir, 'bad-form.md'));
    expect(problems[0]?.reason).toMatch(/^Template "bad-form": front matter field "documentType"/);
    await expect(library({ source: 'project', dir }).get('bad-form')).rejects.toThrow(/bad-form\.md cannot be used/);
  });

  it('keeps the first of two templates with one id, and says which file was skipped', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'internal-audit.md'), source('internal-audit'));
    const { templates, problems } = await library(builtIn, { source: 'user', dir }).list();
    expect(templates.filter((t) => t.frontMatter.id === 'internal-audit')).toMatchObject([{ source: 'built-in' }]);
    expect(problems).toEqual([
      {
        file: join(dir, 'internal-audit.md'),
        reason: `the id "internal-audit" is already used by the built-in template ${join(TEMPLATES_DIR, 'internal-audit.md')}; give this one another id.`,
      },
    ]);
  });

  it('reads a template again once its file changes, and not before', async () => {
    const dir = await tempDir();
    const file = join(dir, 'checklist.md');
    await writeFile(file, source('checklist', '# First\n'));
    const templates = library({ source: 'project', dir });
    expect(JSON.stringify((await templates.get('checklist')).compiled.content)).toContain('First');
    await writeFile(file, source('checklist', '# Second version\n'));
    expect(JSON.stringify((await templates.get('checklist')).compiled.content)).toContain('Second version');
  });

  it('treats a missing folder as an empty one', async () => {
    const { templates, problems } = await library({ source: 'user', dir: join(await tempDir(), 'gone') }).list();
    expect(templates).toEqual([]);
    expect(problems).toEqual([]);
  });
});
