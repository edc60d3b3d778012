import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyParagraphs, mammothHtml, readPackage } from '../../../support/docx-package';
import { copySampleProject } from '../../../support/paths';
import { qms } from '../../../support/qms-bin';
import { useTempDirs } from '../../../support/temp-dir';

describe('qms export', { timeout: 180_000 }, () => {
  const tempDir = useTempDirs();

  async function sample() {
    const root = await tempDir();
    const dir = await copySampleProject(join(root, 'project'));
    await mkdir(join(root, 'out'));
    return { root, dir, out: join(root, 'out') };
  }

  it('exports one document, its approved revision, the manual and the register from the command line', async () => {
    const { root, dir, out } = await sample();
    const draft = qms(['export', dir, '--doc', 'PRO-001', '--out', join(out, 'draft.docx')], root);
    expect(draft).toMatchObject({ code: 0, stderr: '' });
    expect(draft.stdout).toMatch(/^Wrote .*draft\.docx \(1 document, \d+ KB\)\n$/);
    const approved = qms(['export', dir, '--doc', 'PRO-001', '--approved', '--out', join(out, 'approved.docx'), '--json'], root);
    expect(JSON.parse(approved.stdout)).toMatchObject({ file: join(out, 'approved.docx'), documents: 1, warnings: [] });
    const draftText = bodyParagraphs(readPackage(await readFile(join(out, 'draft.docx')))).map((p) => p.text);
    const approvedText = bodyParagraphs(readPackage(await readFile(join(out, 'approved.docx')))).map((p) => p.text);
    expect(draftText.some((line) => line.startsWith('Draft: revision 2 is not approved'))).toBe(true);
    expect(approvedText.some((line) => line.startsWith('Draft:'))).toBe(false);

    const manual = qms(['export', dir, '--manual', '--docs', 'PRO-001,POL-001', '--out', join(out, 'manual.docx')], root);
    expect(manual.code).toBe(0);
    const { html } = await mammothHtml(await readFile(join(out, 'manual.docx')));
    expect(html.indexOf('PRO-001  Control of Documented Information')).toBeLessThan(html.indexOf('POL-001  Quality Policy'));

    expect(qms(['export', dir, '--register', '--out', join(out, 'list.csv')], root).code).toBe(0);
    const csv = await readFile(join(out, 'list.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(qms(['export', dir, '--register', '--out', join(out, 'list.docx')], root).code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['approved.docx', 'draft.docx', 'list.csv', 'list.docx', 'manual.docx']);
  });

  it('refuses bad input with one line naming the thing, and writes no file at all', async () => {
    const { root, dir, out } = await sample();
    const file = join(dir, 'documents', 'PRO-002.json');
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.content.root.children = [{ type: 'tablerow', version: 1, children: [] }];
    await writeFile(file, JSON.stringify(json));
    await mkdir(join(out, 'folder.docx'));
    const cases: [string[], number, RegExp][] = [
      [['--doc', 'PRO-404', '--out', join(out, 'a.docx')], 1, /^qms export: There is no document PRO-404 in this project\.$/],
      [['--doc', 'PRO-002', '--out', join(out, 'b.docx')], 1, /^qms export: documents\/PRO-002\.json is damaged/],
      [['--doc', 'PRO-002', '--approved', '--out', join(out, 'c.docx')], 1, /PRO-002/],
      [['--doc', 'POL-001', '--out', join(out, 'folder.docx')], 1, /folder\.docx is a folder/],
      [['--doc', 'POL-001', '--out', join(out, 'none', 'd.docx')], 1, /The folder .*none does not exist; nothing was written\./],
      [['--manual', '--docs', 'POL-001,POL-001', '--out', join(out, 'e.docx')], 1, /POL-001 is listed twice/],
      [['--doc', 'POL-001', '--out', join(out, 'f.csv')], 2, /--out must end in \.docx/],
      [['--doc', 'POL-001', '--manual', '--out', join(out, 'g.docx')], 2, /exactly one of --doc/],
      [['--register', '--approved', '--out', join(out, 'h.docx')], 2, /--approved goes with --doc only/],
      [['--doc', 'not an id', '--out', join(out, 'i.docx')], 2, /"not an id" is not a document number/],
    ];
    for (const [args, code, message] of cases) {
      const result = qms(['export', dir, ...args], root);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr.split('\n')[0], args.join(' ')).toMatch(message);
    }
    expect(await readdir(out)).toEqual(['folder.docx']);
    expect(existsSync(join(out, 'none'))).toBe(false);
  });

  it('prints each warning on stderr and still writes the file', async () => {
    const { root, dir, out } = await sample();
    const added = qms(['add', dir, '--template', 'quality-policy', '--by', 'Tom Okafor'], root);
    const id = added.stdout.trim();
    const result = qms(['export', dir, '--doc', id, '--include-guidance', '--out', join(out, 'review.docx')], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`warning: ${id}: a review copy: guidance for the author is included, marked as such.`);
    expect(
      result.stderr
        .split('\n')
        .filter(Boolean)
        .every((line) => line.startsWith('warning: ')),
    ).toBe(true);
    const { html } = await mammothHtml(await readFile(join(out, 'review.docx')));
    expect(html).toContain('Guidance for the author (remove before approval):');
  });
});
