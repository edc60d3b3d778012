import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { $dfs } from '@lexical/utils';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_NODES } from '../../../../src-shared/editor/nodes';
import {
  contentToPlainText,
  type SerializedContent,
  type SerializedNodeShape,
  serializedContentSchema,
} from '../../../../src-shared/editor/serialized-content';
import { compileTemplate } from '../../../../src-shared/templates/compile-template';
import { REPO_ROOT } from '../../../support/paths';

const qualityPolicy = readFileSync(join(REPO_ROOT, 'templates', 'quality-policy.md'), 'utf8');

const harrow = {
  organization: {
    name: 'Harrow Precision Components Ltd',
    scopeStatement: 'The machining of metal and plastic parts to customer drawings at our Leicester site.',
  },
};

function newEditor() {
  return createHeadlessEditor({
    nodes: [...DOCUMENT_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** Loads content into a headless editor and gives back what Lexical serializes, as stored JSON. */
function throughLexical(content: SerializedContent): unknown {
  const editor = newEditor();
  const state = editor.parseEditorState(JSON.stringify(content));
  return JSON.parse(JSON.stringify(state.toJSON()));
}

/** The same, after Lexical has run its normalizing transforms on every node (as the first edit would). */
function throughLexicalNormalized(content: SerializedContent): unknown {
  const editor = newEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(content)));
  editor.update(
    () => {
      for (const { node } of $dfs()) node.markDirty();
    },
    { discrete: true },
  );
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON()));
}

function expectValidLexical(content: SerializedContent) {
  expect(serializedContentSchema.safeParse(content).success).toBe(true);
  expect(throughLexical(content)).toStrictEqual(content);
  expect(throughLexicalNormalized(content)).toStrictEqual(content);
}

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

function compileBody(body: string, fields: string[] = [], context: Record<string, unknown> = harrow) {
  const { content } = compileTemplate(template(body, fields), context);
  expectValidLexical(content);
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

const list = (listType: 'bullet' | 'number', start: number, children: unknown[]) => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  listType,
  start,
  tag: listType === 'bullet' ? 'ul' : 'ol',
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

function allNodes(nodes: SerializedNodeShape[]): SerializedNodeShape[] {
  return nodes.flatMap((node) => [node, ...allNodes(node.children ?? [])]);
}

describe('compileTemplate with the quality policy template', () => {
  const compiled = compileTemplate(qualityPolicy, harrow);

  it('reads the front matter', () => {
    expect(compiled.frontMatter).toEqual({
      id: 'quality-policy',
      title: 'Quality Policy',
      documentType: 'policy',
      clauses: ['5.2', '5.1.1'],
      fields: ['organization.name', 'organization.scopeStatement'],
      summary: expect.stringMatching(/^[A-Z].{20,}\.$/),
    });
  });

  it('produces content that Lexical loads and normalizes without a single change', () => {
    expectValidLexical(compiled.content);
  });

  it('uses only the node types of the document node set, with ## headings as h2', () => {
    const nodes = allNodes(compiled.content.root.children);
    const types = new Set(nodes.map((node) => node.type));
    for (const type of types) expect(['paragraph', 'heading', 'list', 'listitem', 'quote', 'text', 'linebreak']).toContain(type);
    expect(nodes.filter((node) => node.type === 'heading').every((node) => node.tag === 'h2')).toBe(true);
    expect(types).toContain('list');
  });

  it('fills in the organization and leaves out the guidance for the author', () => {
    const plain = contentToPlainText(compiled.content);
    expect(plain).toContain(harrow.organization.name);
    expect(plain).toContain(harrow.organization.scopeStatement);
    expect(plain).not.toContain('{{');
    expect(plain).not.toContain('Guidance');
    expect(plain).not.toContain('[organization.');
  });

  it('shows the field path where the profile has no value', () => {
    const plain = contentToPlainText(compileTemplate(qualityPolicy, {}).content);
    expect(plain).toContain('[organization.name]');
    expect(plain).toContain('[organization.scopeStatement]');
  });
});

describe('compileTemplate: Markdown to Lexical JSON', () => {
  it('resolves placeholders against the context and shows missing, empty or non-string values as [path]', () => {
    const fields = [
      'organization.name',
      'organization.scopeStatement',
      'organization.sites',
      'organization.constructor',
      'site.count',
    ];
    const children = compileBody(
      'We are {{organization.name}}. Scope: {{organization.scopeStatement}}. Sites: {{organization.sites}}. ' +
        '{{organization.constructor}} {{site.count}}',
      fields,
      { organization: { name: 'Acme Ltd', scopeStatement: '  ', sites: ['Leeds'] }, site: { count: 3 } },
    );
    expect(children).toEqual([
      paragraph([
        text(
          'We are Acme Ltd. Scope: [organization.scopeStatement]. Sites: [organization.sites]. ' +
            '[organization.constructor] [site.count]',
        ),
      ]),
    ]);
  });

  it('keeps the formatting around a placeholder and the lines of a multi-line value', () => {
    const children = compileBody('**{{organization.address}}**', ['organization.address'], {
      organization: { address: '1 High Street\nLeicester' },
    });
    expect(children).toEqual([paragraph([text('1 High Street', 1), { type: 'linebreak', version: 1 }, text('Leicester', 1)], 1)]);
  });

  it('sets the bold and italic format bits for ** and * or _, and both for ***', () => {
    const children = compileBody('Plain **bold** *italic* _also italic_ ***both*** __bold too__.');
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
        text('.'),
      ]),
    ]);
  });

  it('turns soft line breaks into spaces and hard breaks into line breaks', () => {
    const children = compileBody('one\ntwo  \nthree\\\nfour');
    expect(children).toEqual([
      paragraph([
        text('one two'),
        { type: 'linebreak', version: 1 },
        text('three'),
        { type: 'linebreak', version: 1 },
        text('four'),
      ]),
    ]);
  });

  it('maps # to h1, ## to h2, ### and deeper to h3', () => {
    const children = compileBody('# One\n\n## Two\n\n### Three\n\n#### Four');
    expect(children.map((node) => [node.type, node.tag])).toEqual([
      ['heading', 'h1'],
      ['heading', 'h2'],
      ['heading', 'h3'],
      ['heading', 'h3'],
    ]);
    expect(children[0]).toEqual({
      children: [text('One')],
      direction: null,
      format: '',
      indent: 0,
      tag: 'h1',
      type: 'heading',
      version: 1,
    });
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

  it('joins the paragraphs of a loose list item with a line break and marks task items', () => {
    const children = compileBody('- first para\n\n  second para\n- [x] done\n- [ ] to do');
    expect(children).toEqual([
      list('bullet', 1, [
        listItem(1, 0, [text('first para'), { type: 'linebreak', version: 1 }, text('second para')]),
        listItem(2, 0, [text('[x] done')]),
        listItem(3, 0, [text('[ ] to do')]),
      ]),
    ]);
  });

  it('leaves out a guidance blockquote but keeps an ordinary quote, paragraphs joined by line breaks', () => {
    const children = compileBody(
      '> **Guidance:** Say what the clause expects.\n>\n> - a list inside guidance\n\nBody.\n\n> A real quotation.\n>\n> Its second paragraph with **bold**.',
    );
    expect(children).toEqual([
      paragraph([text('Body.')]),
      {
        children: [
          text('A real quotation.'),
          { type: 'linebreak', version: 1 },
          text('Its second paragraph with '),
          text('bold', 1),
          text('.'),
        ],
        direction: null,
        format: '',
        indent: 0,
        type: 'quote',
        version: 1,
      },
    ]);
    expect(contentToPlainText({ root: { type: 'root', version: 1, children } })).not.toContain('Guidance');
  });

  it('does not take a quote that merely mentions guidance for a guidance block', () => {
    const children = compileBody('> Guidance: not bold, so this is an ordinary quote.');
    expect(children.map((node) => node.type)).toEqual(['quote']);
  });

  it('turns a table into one paragraph per row, cells joined by " | "', () => {
    const children = compileBody('| Record | Kept for |\n| --- | --- |\n| Audit report | **6** years |\n| Training record | |');
    expect(children).toEqual([
      paragraph([text('Record | Kept for')]),
      paragraph([text('Audit report | '), text('6', 1), text(' years')]),
      paragraph([text('Training record | ')]),
    ]);
  });

  it('keeps the text of links, images, code and raw HTML, and drops only HTML comments', () => {
    const children = compileBody(
      'See [the register](https://example.com) and ![the process map](map.png) and `REG-001`.\n\n' +
        '```\nline one\n\nline three\n```\n\n<!-- note for maintainers -->\n\n<div>raw</div>',
    );
    expect(children).toEqual([
      paragraph([text('See the register and the process map and REG-001.')]),
      paragraph([text('line one'), { type: 'linebreak', version: 1 }, { type: 'linebreak', version: 1 }, text('line three')]),
      paragraph([text('<div>raw</div>')]),
    ]);
  });

  it('reads front matter with a blank line after the opening "---" (as Biome formats Markdown) or with CRLF line ends', () => {
    const source = template('Body');
    expect(compileTemplate(source.replace('---\n', '---\n\n'), {}).frontMatter.id).toBe('test-template');
    expect(compileTemplate(source.replace(/\n/g, '\r\n'), {}).content.root.children).toEqual([paragraph([text('Body')])]);
  });

  it('gives an empty body one empty paragraph to type in', () => {
    expect(compileBody('')).toEqual([paragraph([])]);
  });
});

describe('compileTemplate: front matter errors', () => {
  const errorOf = (source: string): string => {
    try {
      compileTemplate(source, {});
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
