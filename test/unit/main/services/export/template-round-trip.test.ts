import { describe, expect, it } from 'vitest';
import { exportDocumentFile } from '../../../../../src-main/services/export/export-service';
import { inlineText, type SerializedNodeShape, walkNodes } from '../../../../../src-shared/editor/serialized-content';
import { CHECK_BOX } from '../../../../../src-shared/export/docx/lists';
import { fieldDisplayText } from '../../../../../src-shared/fields/field-catalog';
import { mammothHtml, readPackage, wAttr, wElements } from '../../../../support/docx-package';
import { openSampleStore } from '../../../../support/sample-store';
import { useTempDirs } from '../../../../support/temp-dir';

/** mammoth escapes & < and >; compare on the same footing. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('every template, exported to Word and read back', { timeout: 240_000 }, () => {
  const tempDir = useTempDirs();

  it('keeps headings, lists and tables, resolves every field and leaves out every guidance block', async () => {
    const { store } = await openSampleStore(await tempDir());
    try {
      const { templates } = await store.templates.list();
      expect(templates.length).toBeGreaterThanOrEqual(32);
      for (const template of templates) {
        const id = template.frontMatter.id;
        const created = await store.createDocument({ templateId: id, by: 'Tom Okafor' });
        const { content } = await store.readDocument(created.meta.id);
        const exported = await exportDocumentFile(store, { id: created.meta.id, approved: false, includeGuidance: false });
        const read = await mammothHtml(exported.bytes);
        // Only the structure that matters here: headings and list items, their text without inline formatting.
        const structure = read.html.replace(/<(?!\/?(?:h[1-3]|li)>)[^>]+>/g, '');
        const fieldText = (path: string) => fieldDisplayText(path, store.fieldContext(created.meta));
        const blocks = content.root.children as SerializedNodeShape[];

        for (const { node } of walkNodes(blocks, { nested: false })) {
          if (node.type === 'heading') {
            const level = Number(String(node.tag).slice(1));
            expect(structure, `${id}: heading`).toContain(`<h${level}>${html(inlineText(node, fieldText))}`);
          }
          if (node.type !== 'list') continue;
          for (const item of node.children ?? []) {
            if ((item.children ?? []).some((child) => child.type === 'list')) continue;
            const text = html(inlineText(item, fieldText).split('\n')[0] ?? '');
            // Check lists print as boxes (☐/☒), the others as Word list items.
            const expected =
              node.listType === 'check' ? `${item.checked ? CHECK_BOX.done : CHECK_BOX.open}\t${text}` : `<li>${text}`;
            expect(structure, `${id}: list item`).toContain(expected);
          }
        }
        const tables = [...walkNodes(blocks, { nested: false })].filter(({ node }) => node.type === 'table').length;
        // The control block and the revision history are tables too.
        expect(read.html.match(/<table>/g)?.length ?? 0, `${id}: tables`).toBe(tables + 2);
        for (const { node } of walkNodes(blocks)) {
          if (node.type !== 'guidance') continue;
          const first = (node.body as SerializedNodeShape[])[0];
          const text = first ? inlineText(first).slice(0, 60) : '';
          if (text) expect(read.html, `${id}: guidance left in`).not.toContain(html(text));
        }
        expect(read.html, `${id}: a field placeholder left in`).not.toContain('{{');

        // Every list paragraph refers to a numbering definition the package has.
        const pkg = readPackage(exported.bytes);
        const defined = new Set(wElements(pkg.xml('word/numbering.xml'), 'num').map((num) => wAttr(num, 'numId')));
        for (const numId of wElements(pkg.xml('word/document.xml'), 'numId')) {
          expect(defined.has(wAttr(numId, 'val')), `${id}: numbering ${wAttr(numId, 'val')}`).toBe(true);
        }
      }
    } finally {
      await store.close();
    }
  });
});
