import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  documentContent,
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
  quote,
  TEXT_FORMAT,
  table,
  tableCell,
  tableRow,
  textNode,
} from '../../../../src-shared/editor/nodes';
import type { SerializedContent } from '../../../../src-shared/editor/serialized-content';
import { compileTemplate } from '../../../../src-shared/templates/compile-template';
import { contentToMarkdown } from '../../../../src-shared/templates/content-to-markdown';
import { documentToTemplate } from '../../../../src-shared/templates/document-to-template';
import { sampleMeta } from '../../../support/sample-meta';
import { TEMPLATES_DIR } from '../../../support/sample-store';

/** Content written out as a template and compiled again. */
function roundTrip(content: SerializedContent): SerializedContent {
  const { body, fields } = contentToMarkdown(content);
  const source = `---\nid: round-trip\ntitle: T\ndocumentType: form\nclauses: []\nfields: ${JSON.stringify(fields)}\nsummary: S.\n---\n\n${body}`;
  return compileTemplate(source).content;
}

const bold = TEXT_FORMAT.bold;
const italic = TEXT_FORMAT.italic;

describe('a document as template Markdown', () => {
  it.each(readdirSync(TEMPLATES_DIR).filter((name) => name.endsWith('.md')))(
    '%s comes back the same after being written out and compiled again',
    (name) => {
      const { content } = compileTemplate(readFileSync(join(TEMPLATES_DIR, name), 'utf8'));
      expect(roundTrip(content)).toEqual(content);
    },
  );

  it('keeps a horizontal rule as a thematic break, and leaves out a page break Markdown cannot hold', () => {
    const content = documentContent([paragraph([textNode('Part one')]), horizontalRule(), paragraph([textNode('Part two')])]);
    expect(contentToMarkdown(content).body).toBe('Part one\n\n***\n\nPart two\n');
    expect(roundTrip(content)).toEqual(content);
    const withBreak = documentContent([paragraph([textNode('Form A')]), pageBreak(), paragraph([textNode('Form B')])]);
    expect(contentToMarkdown(withBreak).body).toBe('Form A\n\nForm B\n');
  });

  it('keeps text that looks like Markdown as text: emphasis marks, braces, a leading hash, a pipe in a cell', () => {
    const content = documentContent([
      paragraph([textNode('# not a heading, *not italic*, {{not.a.field}}, <b>not html</b>, 2 < 3 and a_b_c')]),
      paragraph([textNode('1. not a list'), { type: 'linebreak', version: 1 }, textNode('- nor this')]),
      table([
        tableRow([
          tableCell([paragraph([textNode('Code')])], HEADER_STATE.row),
          tableCell([paragraph([textNode('Meaning')])], HEADER_STATE.row),
        ]),
        tableRow([tableCell([paragraph([textNode('A|B')])]), tableCell([paragraph([textNode('either')])])]),
      ]),
    ]);
    expect(roundTrip(content)).toEqual(content);
  });

  it('keeps formats, fields with their format, links, nested and check lists, quotes, guidance and section tags', () => {
    const content = documentContent([
      { ...heading('h2', [textNode('Records')]), $: { clause: '7.5.3.2' } },
      paragraph([
        textNode('Kept by '),
        field('organization.qualityManager', bold),
        textNode(' for '),
        // A space where a format starts or ends sits outside the inner marker: "**six *years***".
        textNode('six ', bold),
        textNode('years', bold | italic),
        textNode(' unless '),
        textNode('the law', italic),
        textNode(' says otherwise; see '),
        link('https://example.com/retention?a=1&b=(2)', [textNode('the schedule')]),
        textNode('.'),
      ]),
      list(
        'number',
        [
          listItem([textNode('First')]),
          listItem([list('bullet', [listItem([textNode('inner')], 1)])]),
          listItem([textNode('Second')]),
        ],
        3,
      ),
      list('check', [listItem([textNode('Scope agreed')], 0, true), listItem([textNode('Auditor chosen')], 0, false)]),
      quote([textNode('A quotation'), { type: 'linebreak', version: 1 }, textNode('on two lines.')]),
      guidance([
        paragraph([textNode('Replace the '), textNode('examples', bold), textNode('.')]),
        list('bullet', [listItem([textNode('one')])]),
      ]),
    ]);
    expect(roundTrip(content)).toEqual(content);
  });

  it('lists the fields the body uses, each once', () => {
    const content = documentContent([paragraph([field('organization.name'), textNode(' and '), field('organization.name')])]);
    expect(contentToMarkdown(content)).toEqual({
      body: '{{organization.name}} and {{organization.name}}\n',
      fields: ['organization.name'],
    });
  });

  it('writes the front matter from the document: its type and clauses, the title and summary given', () => {
    const meta = { ...sampleMeta('PRO-009'), type: 'procedure' as const, clauses: ['8.7', '8.7.1'] };
    const source = documentToTemplate(meta, documentContent([paragraph([textNode('We are '), field('organization.name')])]), {
      id: 'our-ncr',
      title: 'Our NCR procedure',
      summary: 'How we handle nonconforming parts: our own wording.',
    });
    expect(source).toBe(
      '---\nid: our-ncr\ntitle: Our NCR procedure\ndocumentType: procedure\nclauses:\n  - "8.7"\n  - 8.7.1\nfields:\n  - organization.name\nsummary: "How we handle nonconforming parts: our own wording."\n---\n\nWe are {{organization.name}}\n',
    );
    expect(compileTemplate(source).frontMatter.clauses).toEqual(['8.7', '8.7.1']);
  });
});
