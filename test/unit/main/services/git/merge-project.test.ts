import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Choice, type MergeOutcome, mergeProject, renameMentions } from '../../../../../src-main/services/git/merge-project';
import { stableStringify } from '../../../../../src-shared/json/stable-stringify';

/**
 * The project's merge rules on trees held in memory (path → blob id, blobs in a Map), without
 * a repository: the cases the two-copies test against a server does not reach.
 */

const blobs = new Map<string, string>();
const put = (text: string) => {
  const oid = createHash('sha1').update(text).digest('hex');
  blobs.set(oid, text);
  return oid;
};
const tree = (files: Record<string, string>) => new Map(Object.entries(files).map(([path, text]) => [path, put(text)]));
const read = async (oid: string) => {
  const text = blobs.get(oid);
  if (text === undefined) throw new Error(`no blob ${oid}`);
  return text;
};

function merge(
  base: Record<string, string>,
  ours: Record<string, string>,
  theirs: Record<string, string>,
  choices: Record<string, Choice> = {},
): Promise<MergeOutcome> {
  return mergeProject({
    base: tree(base),
    ours: tree(ours),
    theirs: tree(theirs),
    read,
    scheme: 'numeric',
    by: 'Ann Lee',
    at: '2026-12-01T10:00:00.000Z',
    theirsBy: 'Ben Cole',
    choices,
  });
}

/** The merged text of a path, or null when the merge leaves no such file. */
async function merged(outcome: MergeOutcome, path: string): Promise<string | null> {
  const file = outcome.files.get(path);
  if (!file) return null;
  return 'text' in file ? file.text : read(file.oid);
}

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
});

function documentText(id: string, title: string, ...paragraphs: string[]): string {
  return stableStringify({
    meta: { id, title, type: 'procedure', status: 'draft', revision: '1', effective: null, clauses: [] },
    content: { root: { type: 'root', version: 1, children: paragraphs.map(paragraph) } },
  });
}

const PROFILE = {
  schemaVersion: 2,
  revisionScheme: 'numeric',
  reviewPeriodMonths: 12,
  organization: { name: 'Acme', qualityManager: 'Ann Lee', scopeStatement: 'Machining to customer drawings.' },
};
const profile = (change: (value: typeof PROFILE) => void) => {
  const value = structuredClone(PROFILE);
  change(value);
  return stableStringify(value);
};

describe('merging two copies of a project', () => {
  it('merges the project file field by field; where both changed one field, ours stays and the field is named', async () => {
    const outcome = await merge(
      { 'qms-project.json': profile(() => {}) },
      {
        'qms-project.json': profile((p) => {
          p.organization.name = 'Acme Ltd';
        }),
      },
      {
        'qms-project.json': profile((p) => {
          p.organization.name = 'Acme Limited';
          p.reviewPeriodMonths = 24;
          p.organization.scopeStatement = 'Machining and assembly to customer drawings.';
        }),
      },
    );
    expect(JSON.parse((await merged(outcome, 'qms-project.json')) as string)).toEqual({
      ...PROFILE,
      reviewPeriodMonths: 24,
      organization: { ...PROFILE.organization, name: 'Acme Ltd', scopeStatement: 'Machining and assembly to customer drawings.' },
    });
    expect(outcome.profileClashes).toEqual(['organization.name']);
    expect(outcome.clashes).toEqual([]);
  });

  it('takes the other side’s profile change silently when only it changed a field', async () => {
    const theirs = profile((p) => {
      p.reviewPeriodMonths = 24;
    });
    const outcome = await merge(
      { 'qms-project.json': profile(() => {}) },
      { 'qms-project.json': profile(() => {}) },
      { 'qms-project.json': theirs },
    );
    expect(await merged(outcome, 'qms-project.json')).toBe(theirs);
    expect(outcome.profileClashes).toEqual([]);
  });

  it('keeps a template changed on both sides twice: ours in its place, theirs beside it under Ben’s name', async () => {
    const path = 'templates/house-procedure.md';
    const outcome = await merge(
      { [path]: '# Procedure\n' },
      { [path]: '# Procedure\n\nAnn: purpose first.\n' },
      { [path]: '# Procedure\n\nBen: scope first.\n' },
    );
    const copy = "templates/house-procedure (Ben Cole's copy).md";
    expect(outcome.keptTwice).toEqual([{ path, copy }]);
    expect(await merged(outcome, path)).toBe('# Procedure\n\nAnn: purpose first.\n');
    expect(await merged(outcome, copy)).toBe('# Procedure\n\nBen: scope first.\n');
  });

  it('names the second copy of a template apart from a copy already there', async () => {
    const path = 'templates/house-procedure.md';
    const first = "templates/house-procedure (Ben Cole's copy).md";
    const outcome = await merge(
      { [path]: 'base\n', [first]: 'an older copy\n' },
      { [path]: 'ours\n', [first]: 'an older copy\n' },
      { [path]: 'theirs\n', [first]: 'an older copy\n' },
    );
    expect(outcome.keptTwice).toEqual([{ path, copy: "templates/house-procedure (Ben Cole's copy 2).md" }]);
    expect(await merged(outcome, first)).toBe('an older copy\n');
  });

  it('keeps every line of .gitignore either side has, once', async () => {
    const outcome = await merge(
      { '.gitignore': 'exports/\n*.tmp\n' },
      { '.gitignore': 'exports/\n*.tmp\nscans/\n*.bak\n' },
      { '.gitignore': 'exports/\n*.tmp\n*.bak\ndrafts-offline/\n' },
    );
    expect(await merged(outcome, '.gitignore')).toBe('exports/\n*.tmp\nscans/\n*.bak\ndrafts-offline/\n');
    expect(outcome.keptTwice).toEqual([]);
  });

  it('keeps a file removed on one side and changed on the other, whichever side removed it', async () => {
    const logo = 'assets/logo.png';
    const removedByUs = await merge({ [logo]: 'old logo' }, {}, { [logo]: 'new logo' });
    expect(await merged(removedByUs, logo)).toBe('new logo');
    const removedByThem = await merge({ [logo]: 'old logo' }, { [logo]: 'new logo' }, {});
    expect(await merged(removedByThem, logo)).toBe('new logo');
    // A file removed on one side and left alone on the other is removed.
    const removed = await merge({ [logo]: 'old logo' }, { [logo]: 'old logo' }, {});
    expect(await merged(removed, logo)).toBeNull();
  });

  it('keeps a document removed on one side and changed on the other, with the changes, asking nothing', async () => {
    const path = 'documents/PRO-003.json';
    const base = documentText('PRO-003', 'Calibration', 'Gauges are calibrated.');
    const changed = documentText('PRO-003', 'Calibration', 'Gauges are calibrated.', 'Ben: every six months.');
    const removedByUs = await merge({ [path]: base }, {}, { [path]: changed });
    expect(await merged(removedByUs, path)).toBe(changed);
    expect(removedByUs.clashes).toEqual([]);
    const removedByThem = await merge({ [path]: base }, { [path]: changed }, {});
    expect(await merged(removedByThem, path)).toBe(changed);
    expect(removedByThem.clashes).toEqual([]);
  });

  it('merges changes to different documents without asking, and asks about one changed on both sides', async () => {
    const [pro, pol] = ['documents/PRO-001.json', 'documents/POL-001.json'];
    const base = { [pro]: documentText('PRO-001', 'Control', 'base'), [pol]: documentText('POL-001', 'Policy', 'base') };
    const different = await merge(
      base,
      { ...base, [pro]: documentText('PRO-001', 'Control', 'Ann') },
      { ...base, [pol]: documentText('POL-001', 'Policy', 'Ben') },
    );
    expect(different.clashes).toEqual([]);
    expect(await merged(different, pro)).toContain('Ann');
    expect(await merged(different, pol)).toContain('Ben');
    const same = await merge(
      base,
      { ...base, [pro]: documentText('PRO-001', 'Control', 'Ann') },
      { ...base, [pro]: documentText('PRO-001', 'Control', 'Ben') },
    );
    expect(same.clashes).toEqual([
      {
        id: 'PRO-001',
        title: 'Control',
        mine: { by: 'Ann Lee', status: 'draft', revision: '1' },
        theirs: { by: 'Ben Cole', status: 'draft', revision: '1', title: 'Control' },
      },
    ]);
  });
});

describe('renameMentions (a renumbered document’s number in the text of its side)', () => {
  const content = (...texts: string[]) => ({ root: { type: 'root', version: 1, children: texts.map(paragraph) } });
  const texts = (value: unknown) =>
    (value as ReturnType<typeof content>).root.children.map((node) => node.children[0]?.text as string);

  it('replaces whole mentions of the number, and only those', async () => {
    const renamed = renameMentions(
      content(
        'See PRO-004 for the rating scale.',
        'PRO-004',
        '(PRO-004), PRO-004; and PRO-004.',
        'Not PRO-0041, XPRO-004, SUB-PRO-004 or PRO-00',
        'Nor pro-004 in lower case.',
      ),
      'PRO-004',
      'PRO-009',
    );
    expect(texts(renamed)).toEqual([
      'See PRO-009 for the rating scale.',
      'PRO-009',
      '(PRO-009), PRO-009; and PRO-009.',
      'Not PRO-0041, XPRO-004, SUB-PRO-004 or PRO-00',
      'Nor pro-004 in lower case.',
    ]);
  });

  it('leaves everything but the words of text nodes alone', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          {
            type: 'link',
            url: 'qms://document/PRO-004',
            children: [{ type: 'text', text: 'PRO-004', format: 0 }],
          },
          { type: 'field', path: 'PRO-004', text: 'PRO-004' },
        ],
      },
    };
    const renamed = renameMentions(value, 'PRO-004', 'PRO-009') as typeof value;
    expect(renamed.root.children[0]).toEqual({
      type: 'link',
      url: 'qms://document/PRO-004',
      children: [{ type: 'text', text: 'PRO-009', format: 0 }],
    });
    expect(renamed.root.children[1]).toEqual({ type: 'field', path: 'PRO-004', text: 'PRO-004' });
  });

  it('answers the very same content when nothing mentions the number', () => {
    const unchanged = content('Mentions PRO-0041 and XPRO-004 only.');
    expect(renameMentions(unchanged, 'PRO-004', 'PRO-009')).toBe(unchanged);
  });
});
