import { Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { field } from '../../../../../src-shared/editor/nodes/field';
import { lineBreak } from '../../../../../src-shared/editor/nodes/linebreak';
import { link } from '../../../../../src-shared/editor/nodes/link';
import { tab } from '../../../../../src-shared/editor/nodes/tab';
import { TEXT_FORMAT, textNode } from '../../../../../src-shared/editor/nodes/text';
import type { SerializedNodeShape } from '../../../../../src-shared/editor/serialized-content';
import { inlineRuns } from '../../../../../src-shared/export/docx/runs';
import { blocksPackage, wAttr, wElements, wText } from '../../../../support/docx-package';
import { specContext } from './spec-context';

async function runsOf(nodes: SerializedNodeShape[], context = specContext().context) {
  const pkg = await blocksPackage([new Paragraph({ children: inlineRuns(nodes, context) })]);
  const body = wElements(pkg.xml('word/document.xml'), 'body')[0];
  if (!body) throw new Error('no body');
  return { pkg, body, runs: wElements(body, 'r') };
}

const runWith = (runs: ReturnType<typeof wElements>, text: string) => runs.find((run) => wText(run) === text);

describe('inline runs', () => {
  it('writes bold, italic, underline and strikethrough as Word run properties', async () => {
    const { runs } = await runsOf([
      textNode('bold', TEXT_FORMAT.bold),
      textNode('italic', TEXT_FORMAT.italic),
      textNode('under', TEXT_FORMAT.underline),
      textNode('struck', TEXT_FORMAT.strikethrough),
      textNode('plain'),
    ]);
    expect(wElements(runWith(runs, 'bold') as never, 'b')).toHaveLength(1);
    expect(wElements(runWith(runs, 'italic') as never, 'i')).toHaveLength(1);
    expect(wAttr(wElements(runWith(runs, 'under') as never, 'u')[0], 'val')).toBe('single');
    expect(wElements(runWith(runs, 'struck') as never, 'strike')).toHaveLength(1);
    const plain = runWith(runs, 'plain') as never;
    expect(['b', 'i', 'u', 'strike'].flatMap((name) => wElements(plain, name))).toEqual([]);
  });

  it('turns line breaks and tabs into Word breaks and tabs', async () => {
    const { body } = await runsOf([textNode('one'), lineBreak(), textNode('two'), tab(), textNode('three')]);
    expect(wElements(body, 'br')).toHaveLength(1);
    expect(wText(body)).toBe('onetwo\tthree');
  });

  it('resolves a field to the value in the profile, keeping its formatting', async () => {
    const { runs } = await runsOf([textNode('Issued by '), field('organization.name', TEXT_FORMAT.bold)]);
    const value = runWith(runs, 'Harrow Precision Components');
    expect(value).toBeDefined();
    expect(wElements(value as never, 'b')).toHaveLength(1);
  });

  it('keeps a multi-line field value on its lines', async () => {
    const { context } = specContext();
    context.fields = { ...context.fields, organization: { ...context.fields.organization, address: 'Unit 4\nSheffield S9 2QZ' } };
    const { body } = await runsOf([field('organization.address')], context);
    expect(wElements(body, 'br')).toHaveLength(1);
    expect(wText(body)).toBe('Unit 4Sheffield S9 2QZ');
  });

  it('shows a field without a value as its highlighted [Label] and reports it, never a blank', async () => {
    const { context, warnings } = specContext();
    const { runs } = await runsOf([field('organization.strategicDirection')], context);
    const standIn = runWith(runs, '[Strategic direction]');
    expect(standIn, runs.map((run) => wText(run)).join('|')).toBeDefined();
    expect(wAttr(wElements(standIn as never, 'highlight')[0], 'val')).toBe('yellow');
    expect(warnings.list()).toEqual([
      'PRO-001: no value for Strategic direction, shown as [Strategic direction]; fill it in the project profile.',
    ]);
  });

  it('makes an http link a Word hyperlink to its address, in the Hyperlink style', async () => {
    const { pkg, body } = await runsOf([link('https://www.iso.org/standard/62085.html', [textNode('ISO 9001')])]);
    const hyperlink = wElements(body, 'hyperlink')[0];
    expect(hyperlink).toBeDefined();
    expect(wText(hyperlink as never)).toBe('ISO 9001');
    expect(wAttr(wElements(hyperlink as never, 'rStyle')[0], 'val')).toBe('Hyperlink');
    const id = hyperlink?.getAttribute('r:id');
    expect(pkg.parts['word/_rels/document.xml.rels']).toMatch(
      new RegExp(
        `Id="${id}"[^>]*Target="https://www.iso.org/standard/62085.html"[^>]*TargetMode="External"|Target="https://www.iso.org/standard/62085.html"[^>]*Id="${id}"`,
      ),
    );
  });

  it('keeps the text of a link whose address is not http, https or mailto, without the link', async () => {
    const hostile = { ...link('https://x', [textNode('click me')]), url: 'javascript:alert(1)' };
    const { pkg, body } = await runsOf([hostile]);
    expect(wElements(body, 'hyperlink')).toHaveLength(0);
    expect(wText(body)).toBe('click me');
    expect(pkg.parts['word/_rels/document.xml.rels']).not.toContain('javascript');
  });
});
