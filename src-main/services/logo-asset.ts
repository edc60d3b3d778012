import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { DomainError } from '../../src-shared/api/result';
import { ASSETS_DIR } from '../../src-shared/project/schema';
import { writeFileAtomic } from './atomic-write';

/**
 * The organization's logo, kept in the project's assets folder. Only PNG and JPEG, told
 * apart by their first bytes rather than by a file name: those are what Word and every
 * viewer show, and neither can carry script (an SVG can).
 */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const KINDS = [
  { mediaType: 'image/png', extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
] as const;

function kindOf(bytes: Uint8Array) {
  return KINDS.find((kind) => kind.magic.every((byte, index) => bytes[index] === byte)) ?? null;
}

/** Writes the image as assets/logo.png or assets/logo.jpg and answers with that path. */
export async function importLogo(folder: string, fileName: string, bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw new DomainError('invalid-request', `${fileName} is empty.`);
  if (bytes.length > MAX_LOGO_BYTES) {
    throw new DomainError('invalid-request', `${fileName} is ${Math.ceil(bytes.length / 1024)} KB; a logo may be at most 2 MB.`);
  }
  const kind = kindOf(bytes);
  if (!kind) throw new DomainError('invalid-request', `${fileName} is not a PNG or JPEG image; save the logo in one of those.`);
  const path = `${ASSETS_DIR}/logo.${kind.extension}`;
  await writeFileAtomic(join(folder, path), bytes);
  return path;
}

/** The logo's bytes and kind, or null when the profile names none. */
export async function readLogo(
  folder: string,
  path: string | null,
): Promise<{ mediaType: (typeof KINDS)[number]['mediaType']; base64: string } | null> {
  if (!path) return null;
  const root = resolve(folder);
  const full = resolve(root, path);
  // The profile's schema already keeps the path inside the project; checked again where it is used.
  if (!full.startsWith(root + sep)) throw new DomainError('invalid-request', `The logo path ${path} is outside the project.`);
  let bytes: Buffer;
  try {
    if ((await stat(full)).size > MAX_LOGO_BYTES) throw new DomainError('damaged', `The logo ${path} is larger than 2 MB.`);
    bytes = await readFile(full);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('not-found', `The logo ${path} named in the profile cannot be read (${(error as Error).message}).`);
  }
  const kind = kindOf(bytes);
  if (!kind) throw new DomainError('damaged', `The logo ${path} is not a PNG or JPEG image.`);
  return { mediaType: kind.mediaType, base64: bytes.toString('base64') };
}
