import { join } from 'node:path';
import { DomainError } from '../../src-shared/api/result';
import { ASSET_LIMITS } from '../../src-shared/project/asset-limits';
import { ASSETS_DIR } from '../../src-shared/project/schema';
import { writeFileAtomic } from './atomic-write';
import { readProjectAsset } from './project-asset';

/**
 * The organization's logo, kept in the project's assets folder. Only PNG and JPEG, told
 * apart by their first bytes rather than by a file name: those are what Word and every
 * viewer show, and neither can carry script (an SVG can).
 */
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
  if (bytes.length > ASSET_LIMITS.logo.bytes) {
    throw new DomainError(
      'invalid-request',
      `${fileName} is ${Math.ceil(bytes.length / 1024)} KB; a logo may be at most ${ASSET_LIMITS.logo.words}.`,
    );
  }
  const kind = kindOf(bytes);
  if (!kind) throw new DomainError('invalid-request', `${fileName} is not a PNG or JPEG image; save the logo in one of those.`);
  const path = `${ASSETS_DIR}/logo.${kind.extension}`;
  await writeFileAtomic(join(folder, path), bytes);
  return path;
}

/** The logo's bytes and kind, or null when the profile names none. */
export async function readLogoBytes(
  folder: string,
  path: string | null,
): Promise<{ mediaType: (typeof KINDS)[number]['mediaType']; bytes: Uint8Array } | null> {
  if (!path) return null;
  const bytes = await readProjectAsset(folder, path, 'logo');
  const kind = kindOf(bytes);
  if (!kind) throw new DomainError('damaged', `The logo ${path} is not a PNG or JPEG image.`);
  return { mediaType: kind.mediaType, bytes };
}

/** The logo as the window shows it: its kind and its bytes in base64. */
export async function readLogo(
  folder: string,
  path: string | null,
): Promise<{ mediaType: (typeof KINDS)[number]['mediaType']; base64: string } | null> {
  const logo = await readLogoBytes(folder, path);
  return logo && { mediaType: logo.mediaType, base64: Buffer.from(logo.bytes).toString('base64') };
}
