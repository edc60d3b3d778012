import { DOMParser } from '@xmldom/xmldom';
import { type Document, Packer, type Paragraph, type Table } from 'docx';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { wordFile } from '../../src-shared/export/docx/word-file';
import type { ExportProject } from '../../src-shared/export/export-model';
import { newOrganization } from '../../src-shared/project/schema';

/**
 * Reading exported Word files back in tests, two independent ways: the package's XML
 * (what Word itself reads: styles, numbering, fields, header rows) and mammoth (the
 * text, headings, lists, tables and links a reader sees).
 */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export type XmlDocument = ReturnType<DOMParser['parseFromString']>;
export type XmlElement = NonNullable<ReturnType<XmlDocument['getElementsByTagNameNS']>[number]>;

export interface WordPackage {
  bytes: Uint8Array;
  /** Every part's text by its path in the package, e.g. word/document.xml. */
  parts: Record<string, string>;
  xml: (part: string) => XmlDocument;
}

export function readPackage(bytes: Uint8Array): WordPackage {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder();
  const parts = Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, data]) => [name, decoder.decode(data)]),
  );
  return {
    bytes,
    parts,
    xml: (part) => {
      const text = parts[part];
      if (text === undefined) throw new Error(`The package has no part ${part}; it has ${Object.keys(parts).join(', ')}`);
      return new DOMParser().parseFromString(text, 'text/xml');
    },
  };
}

export async function packWord(file: Document): Promise<WordPackage> {
  return readPackage(await Packer.pack(file, 'uint8array'));
}

/** Elements by their w: name, under a node. */
export function wElements(node: XmlDocument | XmlElement, name: string): XmlElement[] {
  return listOf(node.getElementsByTagNameNS(W, name));
}

/** xmldom's node lists are not iterable. */
function listOf(list: { length: number; item(index: number): unknown }): XmlElement[] {
  return Array.from({ length: list.length }, (_, index) => list.item(index) as XmlElement);
}

export const wAttr = (element: XmlElement | undefined, name: string) => element?.getAttributeNS(W, name) ?? null;

/** The text of a paragraph or any element: its w:t runs joined, a tab as \t. */
export function wText(element: XmlElement): string {
  let text = '';
  const walk = (node: XmlElement) => {
    for (const child of listOf(node.childNodes)) {
      if (child.namespaceURI === W && child.localName === 't') text += child.textContent ?? '';
      else if (child.namespaceURI === W && child.localName === 'tab' && node.localName === 'r') text += '\t';
      else if (child.childNodes) walk(child);
    }
  };
  walk(element);
  return text;
}

/** The paragraph style id of a w:p, or null for Normal. */
export const paragraphStyle = (p: XmlElement) => wAttr(wElements(p, 'pStyle')[0], 'val');

/** The body paragraphs of the main document with their style and text. */
export function bodyParagraphs(pkg: WordPackage): { style: string | null; text: string; element: XmlElement }[] {
  const body = wElements(pkg.xml('word/document.xml'), 'body')[0] as XmlElement;
  return wElements(body, 'p').map((element) => ({ style: paragraphStyle(element), text: wText(element), element }));
}

/** The header and footer parts' text, in package order. */
export function partsText(pkg: WordPackage, prefix: 'word/header' | 'word/footer'): string[] {
  return Object.keys(pkg.parts)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.xml'))
    .sort()
    .map((name) => wText(pkg.xml(name).documentElement as unknown as XmlElement));
}

/** mammoth's reading of the file as HTML: what survives for a reader. */
export async function mammothHtml(bytes: Uint8Array): Promise<{ html: string; messages: string[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return { html: result.value, messages: result.messages.map((message) => message.message) };
}

export const TEST_PROJECT: ExportProject = {
  organization: { ...newOrganization('Harrow Precision Components'), scopeStatement: 'CNC machining of precision parts.' },
  reviewPeriodMonths: 12,
  pageSize: 'A4',
  logo: null,
  houseStylesXml: null,
  today: '2026-11-30',
};

/** Blocks built by one content builder, in a Word file of their own, read back. */
export async function blocksPackage(blocks: ReadonlyArray<Paragraph | Table>, project: ExportProject = TEST_PROJECT) {
  return packWord(wordFile(project, [{ children: [...blocks] }], { title: 'Spec', description: 'Spec' }));
}
