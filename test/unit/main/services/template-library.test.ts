import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTemplates, loadTemplate } from '../../../../src-main/services/template-library';
import { REPO_ROOT } from '../../../support/paths';
import { useTempDirs } from '../../../support/temp-dir';

const TEMPLATES = join(REPO_ROOT, 'templates');

const source = (id: string) =>
  `---\nid: ${id}\ntitle: T\ndocumentType: form\nclauses: []\nfields: []\nsummary: A test template.\n---\nBody\n`;

describe('template library', () => {
  const tempDir = useTempDirs();

  it('lists the quality policy from the real templates folder', async () => {
    const templates = await listTemplates(TEMPLATES);
    const policy = templates.find((template) => template.id === 'quality-policy');
    expect(policy).toMatchObject({ title: 'Quality Policy', documentType: 'policy', clauses: ['5.2', '5.1.1'] });
    expect(templates.map((template) => template.id)).toEqual([...templates.map((template) => template.id)].sort());
  });

  it('loads a template by id', async () => {
    const text = await loadTemplate(TEMPLATES, 'quality-policy');
    expect(text.startsWith('---\n')).toBe(true);
    expect(text).toMatch(/^id: quality-policy$/m);
  });

  it('refuses ids that are not kebab-case, naming the id, so no path can leave the folder', async () => {
    await expect(loadTemplate(TEMPLATES, '../etc/passwd')).rejects.toThrow(/"\.\.\/etc\/passwd" is not a template id/);
    await expect(loadTemplate(TEMPLATES, 'Quality Policy')).rejects.toThrow(/"Quality Policy" is not a template id/);
    await expect(loadTemplate(TEMPLATES, 'quality-policy.md')).rejects.toThrow(/is not a template id/);
    await expect(loadTemplate(TEMPLATES, '')).rejects.toThrow(/is not a template id/);
  });

  it('says plainly when there is no such template', async () => {
    await expect(loadTemplate(TEMPLATES, 'no-such-template')).rejects.toThrow('There is no template "no-such-template".');
  });

  it('ignores files that are not templates and refuses a template whose id is not its file name', async () => {
    const dir = join(await tempDir(), 'templates');
    await mkdir(dir);
    await writeFile(join(dir, 'README.md'), '# Not a template\n');
    await writeFile(join(dir, 'notes.txt'), 'ignored\n');
    await writeFile(join(dir, 'b-form.md'), source('b-form'));
    await writeFile(join(dir, 'a-form.md'), source('a-form'));
    expect((await listTemplates(dir)).map((template) => template.id)).toEqual(['a-form', 'b-form']);

    await writeFile(join(dir, 'c-form.md'), source('other-form'));
    await expect(listTemplates(dir)).rejects.toThrow('Template file c-form.md has the id "other-form"; it must be "c-form".');
  });

  it('names the file of a template with broken front matter', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bad-form.md'), source('bad-form').replace('documentType: form', 'documentType: leaflet'));
    await expect(listTemplates(dir)).rejects.toThrow(
      /^Template file bad-form\.md: Template "bad-form": front matter field "documentType"/,
    );
  });
});
