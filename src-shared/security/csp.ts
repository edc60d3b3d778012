/**
 * The Content-Security-Policy of the renderer, in one place: the build writes it into
 * index.html (Electron loads the page from disk, where a meta tag is the only way),
 * and browser mode also sends it as a header. Nothing remote is allowed: the program
 * needs no network at run time.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'object-src': "'none'",
};

/** Directives a meta tag cannot carry; browser mode adds them to its header. */
export const CSP_HEADER_ONLY_DIRECTIVES: Readonly<Record<string, string>> = {
  'frame-ancestors': "'none'",
};

export function contentSecurityPolicy(extra: Readonly<Record<string, string>> = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...extra })
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
