import type { ExportDocument, ExportProject } from './export-model';

/**
 * Characters XML 1.0 cannot carry (control characters other than tab and line ends,
 * lone surrogates, U+FFFE and U+FFFF). Text pasted from elsewhere can hold them, and one
 * of them is enough for Word to call the whole file unreadable.
 */
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ANY_NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function xmlSafeText(text: string): string {
  // Almost every text is clean: test first, copy only when there is something to drop.
  return ANY_NOT_IN_XML.test(text) ? text.replace(NOT_IN_XML, '') : text;
}

/**
 * The facts of an export (metadata, revision rows, the profile) with every string made
 * XML-safe; binary data (the logo) is kept as it is. Content text is cleaned where it
 * becomes runs (runs.ts), without copying the whole document.
 */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((item) => xmlSafeDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafeDeep(item)])) as T;
  }
  return value;
}

/** A document's facts made safe; its content stays as it is (runs.ts cleans its text). */
export function safeDocument(document: ExportDocument): ExportDocument {
  return { ...document, meta: xmlSafeDeep(document.meta), revisions: xmlSafeDeep(document.revisions) };
}

/** The profile made safe; the house style's styles.xml is XML already and is passed on as it is. */
export function safeProject(project: ExportProject): ExportProject {
  return { ...xmlSafeDeep({ ...project, houseStylesXml: null }), houseStylesXml: project.houseStylesXml };
}
