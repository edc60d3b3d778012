import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../../src-shared/api/format-issues';
import {
  field,
  guidance,
  HEADER_STATE,
  heading,
  horizontalRule,
  link,
  list,
  listItem,
  pageBreak,
  paragraph,
  tab,
  table,
  tableCell,
  tableRow,
  textNode,
} from '../../../../src-shared/editor/nodes';
import { contentToPlainText, MAX_CONTENT_DEPTH, serializedContentSchema } from '../../../../src-shared/editor/serialized-content';
import { migrateDocumentFile } from '../../../../src-shared/project/migrations';
import { documentFileSchema } from '../../../../src-shared/project/schema';
import { contentJson, nestedFieldJson, nestedListsJson } from '../../../support/deep-json';
import { SAMPLE_PROJECT } from '../../../support/paths';

const samplePolicy = documentFileSchema.parse(
  JSON.parse(readFileSync(join(SAMPLE_PROJECT, 'documents', 'POL-001.json'), 'utf8')),
);

const root = (children: unknown[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });

/** Why the schema refuses content, as the damaged-file report would say it; null when it is accepted. */
function problem(children: unknown[]): string | null {
  const parsed = serializedContentSchema.safeParse(root(children));
  return parsed.success ? null : formatIssues(parsed.error.issues);
}

const cellOf = (text: string, header = false) =>
  tableCell([paragraph([textNode(text)])], header ? HEADER_STATE.row : HEADER_STATE.none);

describe('stored document content', () => {
  it('admits the sample project’s documents as they are', () => {
    for (const id of ['POL-001', 'POL-002', 'PRO-001', 'PRO-002']) {
      const file = JSON.parse(readFileSync(join(SAMPLE_PROJECT, 'documents', `${id}.json`), 'utf8'));
      expect(problem(file.content.root.children), id).toBeNull();
    }
  });

  it('refuses content without a root, with a node lacking a type, or with a root inside the tree', () => {
    expect(serializedContentSchema.safeParse({}).success).toBe(false);
    expect(serializedContentSchema.safeParse({ root: { type: 'paragraph', version: 1, children: [] } }).success).toBe(false);
    expect(problem([{ version: 1 }])).toBe('root.children.0.type: a node of a type documents cannot hold');
    expect(problem([{ type: 'root', version: 1, children: [] }])).toBe('root.children.0.type: a root cannot stand inside a root');
  });

  it('admits tables, links, fields, check lists and guidance blocks where they belong', () => {
    const content = [
      heading('h1', [textNode('Records')]),
      table([
        tableRow([cellOf('Record', true), cellOf('Kept for', true)]),
        tableRow([cellOf('Audit report'), cellOf('6 years')]),
      ]),
      paragraph([textNode('See '), link('https://example.com', [textNode('the register')]), field('organization.name', 1)]),
      list('check', [listItem([textNode('done')], 0, true), listItem([textNode('to do')], 0, false)]),
      guidance([paragraph([textNode('Replace the example rows.')])]),
    ];
    expect(problem(content)).toBeNull();
  });

  it('refuses a node where it cannot stand, and names where it is', () => {
    const row = tableRow([cellOf('x')]);
    expect(problem([row])).toBe('root.children.0.type: a tablerow cannot stand inside a root');
    expect(problem([paragraph([heading('h1', []) as never])])).toBe(
      'root.children.0.children.0.type: a heading cannot stand inside a paragraph',
    );
    const nestedTable = table([tableRow([tableCell([table([row]) as never])])]);
    expect(problem([nestedTable])).toBe(
      'root.children.0.children.0.children.0.children.0.type: a table cannot stand inside a tablecell',
    );
    expect(problem([guidance([table([row]) as never])])).toBe(
      'root.children.0.body.0.type: a table cannot stand inside a guidance',
    );
    expect(problem([paragraph([guidance([]) as never])])).toBe(
      'root.children.0.children.0.type: a guidance cannot stand inside a paragraph',
    );
  });

  it('admits a horizontal rule and a page break between blocks, never inside a cell or a paragraph, and never with children', () => {
    expect(problem([paragraph([textNode('A')]), horizontalRule(), pageBreak(), paragraph([textNode('B')])])).toBeNull();
    expect(problem([table([tableRow([tableCell([pageBreak() as never])])])])).toBe(
      'root.children.0.children.0.children.0.children.0.type: a page-break cannot stand inside a tablecell',
    );
    expect(problem([paragraph([horizontalRule() as never])])).toBe(
      'root.children.0.children.0.type: a horizontalrule cannot stand inside a paragraph',
    );
    expect(problem([{ ...pageBreak(), children: [] } as never])).toBe('root.children.0.children: a page-break has no children');
  });

  it('reads a horizontal rule and a page break as empty lines of plain text', () => {
    const content = root([paragraph([textNode('A')]), horizontalRule(), pageBreak(), paragraph([textNode('B')])]);
    expect(contentToPlainText(content as never)).toBe('A\n\n\nB');
  });

  it('refuses the field values a node cannot have: a heading level beyond h3, a script link, a malformed field path', () => {
    expect(problem([{ ...heading('h1', []), tag: 'h4' }])).toBe('root.children.0.tag: a heading level other than h1, h2 or h3');
    expect(problem([{ ...heading('h1', []), tag: 'script' }])).toMatch(/tag: a heading level other than/);
    expect(problem([paragraph([link('javascript:alert(1)', [textNode('x')])])])).toBe(
      'root.children.0.children.0.url: a link that is not http, https or mailto',
    );
    expect(problem([paragraph([{ ...field('organization.name'), path: '../../etc' }])])).toMatch(/path: a field path such as/);
    expect(problem([{ ...list('bullet', []), tag: 'ol' }])).toMatch(/tag: a numbered list is an ol/);
  });

  it('admits content exactly as deep as the limit, far deeper than the editor goes, and refuses one level more', () => {
    expect(MAX_CONTENT_DEPTH).toBe(64);
    const parse = (depth: number) => serializedContentSchema.safeParse(JSON.parse(contentJson(nestedListsJson(depth))));
    expect(parse(MAX_CONTENT_DEPTH).success).toBe(true);
    const deeper = parse(MAX_CONTENT_DEPTH + 1);
    expect(deeper.success ? null : formatIssues(deeper.error.issues)).toMatch(/nested deeper than 64 levels/);
  });

  it('refuses content thousands of levels deep, in nodes or in a field, without overflowing the stack', () => {
    for (const text of [contentJson(nestedListsJson(4000)), contentJson(nestedFieldJson(10_000))]) {
      const parsed = serializedContentSchema.safeParse(JSON.parse(text));
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(formatIssues(parsed.error.issues)).toMatch(/^root: nested deeper than .*64 levels/);
    }
  });

  it('refuses inline styles anywhere, since the editor writes none: a style could lay an overlay over the window', () => {
    const overlay = 'position:fixed;inset:0;z-index:9999;background:white';
    const styled = (node: object, style: Record<string, unknown>) => ({ ...node, ...style }) as never;
    expect(problem([paragraph([styled(textNode('x'), { style: overlay })])])).toMatch(
      /^root\.children\.0\.children\.0\.style: an inline style \(position:fixed;/,
    );
    expect(problem([paragraph([styled(tab(), { style: 'color:red' })])])).toMatch(/^root\.children\.0\.children\.0\.style: /);
    expect(problem([styled(paragraph([textNode('x')]), { textStyle: overlay })])).toMatch(/^root\.children\.0\.textStyle: /);
    expect(problem([list('bullet', [styled(listItem([textNode('x')]), { textStyle: 'font-size:90px' })])])).toMatch(
      /^root\.children\.0\.children\.0\.textStyle: /,
    );
    expect(problem([styled(heading('h1', [textNode('x')]), { style: overlay })])).toMatch(/^root\.children\.0\.style: /);
    expect(problem([paragraph([styled(textNode('x'), { style: 42 })])])).toMatch(/style: expected an empty string/);
    expect(problem([styled(paragraph([styled(textNode('x'), { style: '' })]), { textStyle: '' })])).toBeNull();
  });

  it('reads old headings h4 to h6 as h3, so a file from before the node set was settled still opens', () => {
    const file = JSON.parse(readFileSync(join(SAMPLE_PROJECT, 'documents', 'POL-001.json'), 'utf8'));
    file.content.root.children.unshift({ ...heading('h1', [textNode('Deep')]), tag: 'h5' });
    const migrated = migrateDocumentFile(file, { revisionScheme: 'numeric' });
    if (!migrated.ok) throw new Error(migrated.reason);
    const parsed = documentFileSchema.parse(migrated.value);
    expect(parsed.content.root.children[0]).toMatchObject({ type: 'heading', tag: 'h3' });
  });

  it('reads as plain text, one block a line, list items and table rows included, guidance left out', () => {
    const text = contentToPlainText(samplePolicy.content);
    const lines = text.split('\n');
    expect(lines).toContain('Our commitments');
    expect(lines.some((line) => line.startsWith('We will not ship a part'))).toBe(true);
    expect(lines.at(-1)).toBe('Elaine Marsh, Managing Director');
    const mixed = contentToPlainText(
      root([
        guidance([paragraph([textNode('Not for print')])]),
        table([tableRow([cellOf('Record'), cellOf('Kept for')])]),
        paragraph([textNode('We are '), field('organization.name')]),
      ]) as never,
      (path) => (path === 'organization.name' ? 'Acme Ltd' : `[${path}]`),
    );
    expect(mixed).toBe('Record\tKept for\nWe are Acme Ltd');
  });
});
