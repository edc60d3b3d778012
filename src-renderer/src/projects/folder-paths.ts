/**
 * Folder paths as the user sees them, built without Node's path module (the renderer
 * has none): the separator is the one the base path already uses.
 */
export function folderInside(base: string, name: string): string {
  const separator = base.includes('\\') && !base.includes('/') ? '\\' : '/';
  return name ? `${base.replace(/[\\/]+$/, '')}${separator}${name}` : base;
}

/** A folder name from an organization's name: the characters no file system accepts are left out. */
export function folderNameFor(organization: string): string {
  return (
    organization
      .replace(/[\\/:*?"<>|]+/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
      .replace(/[\u0000-\u001f]+/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 80)
  );
}
