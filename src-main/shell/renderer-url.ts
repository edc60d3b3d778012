/**
 * Which page the trusted window loads. `electron-vite dev` names its dev server in
 * ELECTRON_RENDERER_URL; that page then gets the preload and the whole API. So the
 * variable counts only while developing (the program is not packaged), and only for
 * a dev server on this machine: anything else would let an environment variable hand
 * the trusted window, and with it the user's files, to any page.
 */
export interface RendererUrlChoice {
  url: string;
  /** Why ELECTRON_RENDERER_URL was set but not followed, for a warning on stderr. */
  ignored?: string;
}

export function chooseRendererUrl(options: {
  isPackaged: boolean;
  requested: string | undefined;
  /** file:// URL of the built index.html. */
  builtPage: string;
}): RendererUrlChoice {
  const { isPackaged, requested, builtPage } = options;
  if (!requested) return { url: builtPage };
  if (isPackaged) return { url: builtPage, ignored: 'ELECTRON_RENDERER_URL is ignored: the program is packaged.' };
  if (!isLoopbackHttpUrl(requested)) {
    return {
      url: builtPage,
      ignored: `ELECTRON_RENDERER_URL is ignored: "${requested}" is not an http address on this machine (localhost, 127.x.x.x or [::1]).`,
    };
  }
  return { url: requested };
}

/** Plain http on the loopback interface, without credentials: what a local dev server looks like. */
export function isLoopbackHttpUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' || url.username !== '' || url.password !== '') return false;
  // The URL parser has already normalised the host: lower case, IPv4 in dotted form, IPv6 in brackets.
  return url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(url.hostname);
}
