/**
 * Characters XML 1.0 cannot carry (control characters other than tab and line ends,
 * lone surrogates, U+FFFE and U+FFFF). Text pasted from elsewhere can hold them, and one
 * of them is enough for Word to call the whole file unreadable.
 */
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafeText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/** A copy of export input with every string made XML-safe; binary data (the logo) is kept as it is. */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((item) => xmlSafeDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafeDeep(item)])) as T;
  }
  return value;
}
