import { describe, expect, it } from 'vitest';
import { paragraph } from '../../../../src-shared/editor/nodes/paragraph';
import { documentContent } from '../../../../src-shared/editor/nodes/root';
import { textNode } from '../../../../src-shared/editor/nodes/text';
import { documentExport } from '../../../../src-shared/export/docx/document-export';
import { xmlSafeDeep, xmlSafeText } from '../../../../src-shared/export/xml-safe';
import { bodyParagraphs, packWord, partsText, TEST_PROJECT } from '../../../support/docx-package';
import { sampleMeta } from '../../../support/sample-meta';

describe('text Word can read', () => {
  it('drops what XML 1.0 cannot carry and keeps everything else, emoji included', () => {
    expect(xmlSafeText('a\u0001b\u000bc\uFFFEd\uFFFFe\uD800f\tg\nh\r')).toBe('abcdef\tg\nh\r');
    expect(xmlSafeText('Qualität – 品質 ✓ 😀')).toBe('Qualität – 品質 ✓ 😀');
  });

  it('cleans every string of the input and leaves binary data alone', () => {
    const logo = new Uint8Array([0x89, 0x50, 0x01]);
    const cleaned = xmlSafeDeep({ title: 'A\uFFFEB', nested: [{ text: 'x\u0002' }], logo });
    expect(cleaned).toEqual({ title: 'AB', nested: [{ text: 'x' }], logo });
    expect(cleaned.logo).toBe(logo);
  });

  it('exports a document whose text, title and profile hold such characters as a file with none of them', async () => {
    const { file } = documentExport(
      {
        meta: sampleMeta('PRO-001', { title: 'Control\uFFFE of Records' }),
        content: documentContent([paragraph([textNode('Pasted\uFFFF text\u0008')])]),
        source: 'working',
        revisions: [],
      },
      { ...TEST_PROJECT, organization: { ...TEST_PROJECT.organization, name: 'Harrow\uFFFE Ltd' } },
    );
    const pkg = await packWord(file);
    const everything = Object.values(pkg.parts).join('');
    expect([...everything].filter((c) => c === '\uFFFE' || c === '\uFFFF' || c === '\u0008')).toEqual([]);
    expect(bodyParagraphs(pkg).map((p) => p.text)).toContain('Pasted text');
    expect(partsText(pkg, 'word/header').join(' ')).toContain('Harrow Ltd');
  });
});
