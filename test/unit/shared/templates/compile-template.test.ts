import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clauseTagsInContent } from '../../../../src-shared/editor/clause-tags';
import {
  contentToPlainText,
  type SerializedContent,
  type SerializedNodeShape,
  serializedContentSchema,
  walkNodes,
} from '../../../../src-shared/editor/serialized-content';
import { isFieldPath } from '../../../../src-shared/fields/field-catalog';
import { compileTemplate } from '../../../../src-shared/templates/compile-template';
import { REPO_ROOT } from '../../../support/paths';
import { TEMPLATES_DIR } from '../../../support/sample-store';

const qualityPolicy = readFileSync(join(TEMPLATES_DIR, 'quality-policy.md'), 'utf8');

function template(body: string, fields: string[] = [], extra = ''): string {
  return [
    '---',
    'id: test-template',
    'title: Test',
    'documentType: procedure',
    'clauses: ["7.5"]',
    `fields: ${JSON.stringify(fields)}`,
    'summary: A template for tests.',
    extra,
    '---',
    body,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function expectValidContent(content: SerializedContent) {
  const parsed = serializedContentSchema.safeParse(content);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
}

function compileBody(body: string, fields: string[] = []) {
  const { content } = compileTemplate(template(body, fields));
  expectValidContent(content);
  return content.root.children;
}
const text = (value: string, format = 0) => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
});

const listItem = (value: number, indent: number, children: unknown[]) => ({
  children,
  direction: null,
  format: '',
  indent,
  type: 'listitem',
  value,
  version: 1,
});

const list = (listType: 'bullet' | 'number' | 'check', start: number, children: unknown[]) => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  listType,
  start,
  tag: listType === 'number' ? 'ol' : 'ul',
  type: 'list',
  version: 1,
});

/** Lexical writes a paragraph's textFormat as the format of its first text node. */
const paragraph = (children: unknown[], textFormat = 0) => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  textFormat,
  textStyle: '',
  type: 'paragraph',
  version: 1,
});

const field = (path: string, format = 0) => ({ type: 'field', version: 1, path, format });
const lineBreak = { type: 'linebreak', version: 1 };
const element = { direction: null, format: '', indent: 0, version: 1 };
const cell = (children: unknown[], headerState = 0) => ({
  ...element,
  type: 'tablecell',
  headerState,
  colSpan: 1,
  rowSpan: 1,
  backgroundColor: null,
  children: [paragraph(children, (children[0] as { format?: number } | undefined)?.format ?? 0)],
});

const allNodes = (content: SerializedContent): SerializedNodeShape[] =>
  [...walkNodes(content.root.children)].map(({ node }) => node);

describe('compileTemplate with the quality policy template', () => {
  const compiled = compileTemplate(qualityPolicy);

  it('reads the front matter', () => {
    expect(compiled.frontMatter).toMatchObject({
      id: 'quality-policy',
      title: 'Quality Policy',
      documentType: 'policy',
      clauses: ['5.2', '5.2.1', '5.2.2', '7.3'],
      summary: expect.stringMatching(/^[A-Z].{20,}\.$/),
    });
    expect(compiled.frontMatter.fields).toEqual(expect.arrayContaining(['organization.name', 'organization.strategicDirection']));
  });

  it('produces content the document schema admits, with # sections as h1 and guidance as guidance nodes', () => {
    expectValidContent(compiled.content);
    const nodes = allNodes(compiled.content);
    expect(nodes.filter((node) => node.type === 'heading').some((node) => node.tag === 'h1')).toBe(true);
    expect(nodes.filter((node) => node.type === 'guidance').length).toBeGreaterThanOrEqual(2);
    expect(new Set(nodes.map((node) => node.type))).toContain('list');
  });

  it('links the organization’s facts as fields instead of copying any value, and keeps guidance out of the text', () => {
    const fields = allNodes(compiled.content).filter((node) => node.type === 'field');
    expect(fields.map((node) => node.path)).toContain('organization.name');
    const plain = contentToPlainText(compiled.content);
    expect(plain).toContain('{{organization.name}}');
    expect(plain).not.toContain('Guidance');
  });
});

describe('compileTemplate: Markdown to the document node set', () => {
  it('turns placeholders into field nodes that keep the surrounding format', () => {
    const children = compileBody('We are {{organization.name}}, **{{organization.address}}**.', [
      'organization.name',
      'organization.address',
    ]);
    expect(children).toEqual([
      paragraph([text('We are '), field('organization.name'), text(', '), field('organization.address', 1), text('.')]),
    ]);
  });

  it('sets the format bits for **bold**, *italic*, ***both*** and ~~strikethrough~~', () => {
    const children = compileBody('Plain **bold** *italic* _also italic_ ***both*** __bold too__ ~~gone~~.');
    expect(children).toEqual([
      paragraph([
        text('Plain '),
        text('bold', 1),
        text(' '),
        text('italic', 2),
        text(' '),
        text('also italic', 2),
        text(' '),
        text('both', 3),
        text(' '),
        text('bold too', 1),
        text(' '),
        text('gone', 4),
        text('.'),
      ]),
    ]);
  });

  it('turns soft line breaks into spaces and hard breaks into line breaks', () => {
    const children = compileBody('one\ntwo  \nthree\\\nfour');
    expect(children).toEqual([paragraph([text('one two'), lineBreak, text('three'), lineBreak, text('four')])]);
  });

  it('maps # to h1, ## to h2, ### and deeper to h3', () => {
    const children = compileBody('# One\n\n## Two\n\n### Three\n\n#### Four');
    expect(children.map((node) => [node.type, node.tag])).toEqual([
      ['heading', 'h1'],
      ['heading', 'h2'],
      ['heading', 'h3'],
      ['heading', 'h3'],
    ]);
    expect(children[0]).toEqual({ ...element, children: [text('One')], tag: 'h1', type: 'heading' });
  });

  it('tags a section with its clause from a heading that ends in {§…}', () => {
    const children = compileBody('# Records {§7.5.3.2}\n\n## Keeping them {§ 7.5.3}\n\n# Purpose');
    expect(children[0]).toEqual({
      ...element,
      children: [text('Records')],
      tag: 'h1',
      type: 'heading',
      $: { clause: '7.5.3.2' },
    });
    expect(children[1]).toMatchObject({ children: [text('Keeping them')], $: { clause: '7.5.3' } });
    expect(children[2]).not.toHaveProperty('$');
    expect(clauseTagsInContent({ root: { ...element, type: 'root', children } as never })).toEqual(['7.5.3.2', '7.5.3']);
  });

  it('nests lists as Lexical does: the nested list alone in a list item that does not use up a number', () => {
    const children = compileBody('1. First\n   - a\n   - b\n     1. deep\n2. Second\n3. Third');
    expect(children).toEqual([
      list('number', 1, [
        listItem(1, 0, [text('First')]),
        listItem(2, 0, [
          list('bullet', 1, [
            listItem(1, 1, [text('a')]),
            listItem(2, 1, [text('b')]),
            listItem(3, 1, [list('number', 1, [listItem(1, 2, [text('deep')])])]),
          ]),
        ]),
        listItem(2, 0, [text('Second')]),
        listItem(3, 0, [text('Third')]),
      ]),
    ]);
  });

  it('keeps the start of a numbered list', () => {
    const children = compileBody('3. three\n4. four');
    expect(children).toEqual([list('number', 3, [listItem(3, 0, [text('three')]), listItem(4, 0, [text('four')])])]);
  });

  it('joins the paragraphs of a loose list item with a line break', () => {
    const children = compileBody('- first para\n\n  second para\n- next');
    expect(children).toEqual([
      list('bullet', 1, [listItem(1, 0, [text('first para'), lineBreak, text('second para')]), listItem(2, 0, [text('next')])]),
    ]);
  });

  it('makes a task list a check list, ticked where the Markdown says [x]', () => {
    const children = compileBody('- [x] Scope agreed\n- [ ] Auditor chosen');
    expect(children).toEqual([
      list('check', 1, [
        { ...listItem(1, 0, [text('Scope agreed')]), checked: true },
        { ...listItem(2, 0, [text('Auditor chosen')]), checked: false },
      ]),
    ]);
  });

  it('makes a guidance blockquote a guidance node holding its paragraphs and lists, and keeps an ordinary quote', () => {
    const children = compileBody(
      '> **Guidance:** Say what the clause expects.\n>\n> - a list inside guidance\n\nBody.\n\n> A real quotation.\n>\n> Its second paragraph with **bold**.',
    );
    expect(children).toEqual([
      {
        type: 'guidance',
        version: 1,
        body: [
          paragraph([text('Say what the clause expects.')]),
          list('bullet', 1, [listItem(1, 0, [text('a list inside guidance')])]),
        ],
      },
      paragraph([text('Body.')]),
      {
        ...element,
        children: [text('A real quotation.'), lineBreak, text('Its second paragraph with '), text('bold', 1), text('.')],
        type: 'quote',
      },
    ]);
    expect(contentToPlainText({ root: { ...element, type: 'root', children } as never })).not.toContain('Say what');
  });

  it('does not take a quote that merely mentions guidance for a guidance block', () => {
    const children = compileBody('> Guidance: not bold, so this is an ordinary quote.');
    expect(children.map((node) => node.type)).toEqual(['quote']);
  });

  it('refuses a guidance block inside a list: it must stand on its own', () => {
    expect(() => compileTemplate(template('- item\n\n  > **Guidance:** hidden in a list'))).toThrow(
      'Template "test-template": a guidance block must stand on its own line, not inside a list or a quote.',
    );
  });

  it('makes a GFM table a table whose first row is the header row, padding short rows', () => {
    const children = compileBody(
      '| Record | Kept for | By |\n| --- | --- | --- |\n| Audit report | **6** years | QM |\n| Training record |',
    );
    expect(children).toEqual([
      {
        ...element,
        type: 'table',
        children: [
          {
            ...element,
            type: 'tablerow',
            children: [cell([text('Record')], 1), cell([text('Kept for')], 1), cell([text('By')], 1)],
          },
          {
            ...element,
            type: 'tablerow',
            children: [
              cell([text('Audit report')]),
              { ...cell([text('6', 1), text(' years')]), children: [paragraph([text('6', 1), text(' years')], 1)] },
              cell([text('QM')]),
            ],
          },
          { ...element, type: 'tablerow', children: [cell([text('Training record')]), cell([]), cell([])] },
        ],
      },
    ]);
  });

  it('makes web and e-mail links links, and keeps only the text of any other link', () => {
    const children = compileBody(
      'See [the register](https://example.com/reg), [mail us](mailto:qa@example.com) and [run](javascript:alert(1)).',
    );
    expect(children).toEqual([
      paragraph([
        text('See '),
        {
          ...element,
          type: 'link',
          url: 'https://example.com/reg',
          rel: null,
          target: null,
          title: null,
          children: [text('the register')],
        },
        text(', '),
        {
          ...element,
          type: 'link',
          url: 'mailto:qa@example.com',
          rel: null,
          target: null,
          title: null,
          children: [text('mail us')],
        },
        text(' and run.'),
      ]),
    ]);
  });

  it('keeps the text of images, code and raw HTML, and drops only HTML comments', () => {
    const children = compileBody(
      'See ![the process map](map.png) and `REG-001`.\n\n' +
        '```\nline one\n\nline three\n```\n\n<!-- note for maintainers -->\n\n<div>raw</div>',
    );
    expect(children).toEqual([
      paragraph([text('See the process map and REG-001.')]),
      paragraph([text('line one'), lineBreak, lineBreak, text('line three')]),
      paragraph([text('<div>raw</div>')]),
    ]);
  });

  it('reads front matter with a blank line after the opening "---" (as Biome formats Markdown) or with CRLF line ends', () => {
    const source = template('Body');
    expect(compileTemplate(source.replace('---\n', '---\n\n')).frontMatter.id).toBe('test-template');
    expect(compileTemplate(source.replace(/\n/g, '\r\n')).content.root.children).toEqual([paragraph([text('Body')])]);
  });

  it('makes a thematic break (*** or ---) a horizontal rule', () => {
    expect(compileBody('Part one\n\n***\n\nPart two\n\n---\n').map((block) => block.type)).toEqual([
      'paragraph',
      'horizontalrule',
      'paragraph',
      'horizontalrule',
    ]);
  });

  it('gives an empty body one empty paragraph to type in', () => {
    expect(compileBody('')).toEqual([paragraph([])]);
  });
});

describe('the template library', () => {
  const files = readdirSync(TEMPLATES_DIR).filter((name) => name.endsWith('.md'));
  const catalogIds = new Set(
    readdirSync(join(REPO_ROOT, 'resources', 'standards', 'iso-9001-2015'))
      .filter((name) => /^clauses-\d+\.yaml$/.test(name))
      .flatMap((name) =>
        [
          ...readFileSync(join(REPO_ROOT, 'resources', 'standards', 'iso-9001-2015', name), 'utf8').matchAll(
            /^- id: "([\d.]+)"/gm,
          ),
        ].map((match) => match[1]),
      ),
  );

  it.each(files)('%s compiles to valid content, with known fields, catalog clauses and guidance for the author', (name) => {
    const { frontMatter, content } = compileTemplate(readFileSync(join(TEMPLATES_DIR, name), 'utf8'));
    expect(`${frontMatter.id}.md`).toBe(name);
    expectValidContent(content);
    const nodes = allNodes(content);
    for (const node of nodes.filter((n) => n.type === 'field'))
      expect(isFieldPath(String(node.path)), String(node.path)).toBe(true);
    for (const clause of [...frontMatter.clauses, ...clauseTagsInContent(content)])
      expect(catalogIds.has(clause), clause).toBe(true);
    expect(nodes.some((node) => node.type === 'guidance')).toBe(true);
    expect(nodes.filter((node) => node.type === 'heading').length).toBeGreaterThanOrEqual(3);
    // Real content, not filler: no lorem ipsum, no TODO, no "shall" borrowed from the standard.
    expect(contentToPlainText(content)).not.toMatch(/lorem|ipsum|\bTODO\b|\bshall\b/i);
    // Every table has a header row.
    for (const table of nodes.filter((n) => n.type === 'table')) {
      expect((table.children?.[0]?.children ?? []).every((c) => c.headerState === 1)).toBe(true);
    }
  });
});

describe('compileTemplate: front matter errors', () => {
  const errorOf = (source: string): string => {
    try {
      compileTemplate(source);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected the template to be refused');
  };

  it('names the template and the field that is wrong', () => {
    const message = errorOf(template('Body', [], '').replace('documentType: procedure', 'documentType: leaflet'));
    expect(message).toMatch(/^Template "test-template": /);
    expect(message).toContain('"documentType"');
  });

  it('names a missing field, a bad clause, a bad id and an unknown key', () => {
    expect(errorOf(template('Body').replace('title: Test\n', ''))).toContain('front matter field "title" is missing');
    expect(errorOf(template('Body').replace('clauses: ["7.5"]', 'clauses: ["seven"]'))).toContain('"clauses.0"');
    expect(errorOf(template('Body').replace('id: test-template', 'id: Test Template'))).toContain('"id"');
    expect(errorOf(template('Body', [], 'clause: ["7.5"]'))).toContain('"clause" is not a template field');
  });

  it('refuses a source without front matter or with broken YAML', () => {
    expect(errorOf('# Just Markdown')).toMatch(/front matter between two "---" lines/);
    expect(errorOf('---\nid: [unclosed\n---\nBody')).toMatch(/not valid YAML/);
  });

  it('refuses a placeholder that is not a field the program knows, naming it', () => {
    expect(errorOf(template('Hello {{organisation.name}}', ['organisation.name']))).toContain(
      'front matter field "fields.0": is not a field the program knows',
    );
  });

  it('requires the fields list to match the placeholders the body uses', () => {
    expect(errorOf(template('Hello {{organization.name}}'))).toBe(
      'Template "test-template": the body uses {{organization.name}} but front matter field "fields" does not list it.',
    );
    expect(errorOf(template('Hello', ['organization.name']))).toBe(
      'Template "test-template": front matter field "fields" lists "organization.name" but the body does not use it.',
    );
    expect(errorOf(template('Hello {{ organization name }}'))).toMatch(/"\{\{ organization name \}\}" is not a placeholder/);
  });
});

describe('a template nested deeper than a document may hold', () => {
  const deepList = (levels: number) =>
    Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n');

  it('is refused at once, naming the line, before the Markdown parser recurses into it', () => {
    expect(() => compileTemplate(template(deepList(3000)))).toThrow(
      /^Template "test-template": line \d+ nests lists or quotes deeper than 64 levels/,
    );
    expect(() => compileTemplate(template(`${'>'.repeat(5000)} quoted`))).toThrow(
      /line 1 nests lists or quotes deeper than 64 levels/,
    );
    expect(() => compileTemplate(template(`${'- '.repeat(5000)}item`))).toThrow(/deeper than 64 levels/);
  });

  it('still compiles the nesting real templates use', () => {
    const content = compileTemplate(template(deepList(6))).content;
    expect(contentToPlainText(content)).toContain('level 6');
  });
});
