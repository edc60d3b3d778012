import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { DomainError } from '../../../src-shared/api/result';
import { ASSET_LIMITS } from '../../../src-shared/project/asset-limits';
import { ASSETS_DIR } from '../../../src-shared/project/schema';
import { writeFileAtomic } from '../atomic-write';
import { readProjectAsset } from '../project-asset';

/**
 * The house style: a Word document or template (.docx, .dotx) kept in the project's
 * assets, whose styles every export uses, as pandoc's --reference-doc does. Only its
 * styles.xml is ever read; nothing in it runs.
 */
const MAX_BYTES = ASSET_LIMITS.houseStyle.bytes;

const MAIN_PARTS = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
];

/** The styles.xml of a Word package, or a sentence saying why it is not one. */
export function houseStylesXml(bytes: Uint8Array, name: string): string {
  let files: Record<string, Uint8Array>;
  try {
    // Only the two parts needed, and only at a sane unpacked size (a crafted package could claim gigabytes).
    files = unzipSync(bytes, {
      filter: (file) =>
        (file.name === '[Content_Types].xml' || file.name === 'word/styles.xml') && file.originalSize <= MAX_BYTES,
    });
  } catch {
    throw new DomainError('invalid-request', `${name} is not a Word document: it is not a .docx or .dotx package.`);
  }
  const types = files['[Content_Types].xml'];
  const styles = files['word/styles.xml'];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  if (!types || !MAIN_PARTS.some((part) => decoder.decode(types).includes(part))) {
    throw new DomainError('invalid-request', `${name} is not a Word document or template (.docx or .dotx).`);
  }
  if (!styles) throw new DomainError('invalid-request', `${name} has no styles (word/styles.xml is missing).`);
  const xml = decoder.decode(styles);
  if (!/<w:styles[\s>]/.test(xml)) throw new DomainError('invalid-request', `${name} has a styles part that is not Word styles.`);
  return xml;
}

/** Stores a reference document as assets/house-style.docx (or .dotx) and answers with that path. */
export async function importHouseStyle(folder: string, fileName: string, bytes: Uint8Array): Promise<string> {
  if (bytes.length > MAX_BYTES) {
    throw new DomainError(
      'invalid-request',
      `${fileName} is ${Math.ceil(bytes.length / 1048576)} MB; a house style may be at most ${ASSET_LIMITS.houseStyle.words}.`,
    );
  }
  // Refused before anything is written when it is not a Word package with styles.
  houseStylesXml(bytes, fileName);
  const extension = /\.dotx$/i.test(fileName) ? 'dotx' : 'docx';
  const path = `${ASSETS_DIR}/house-style.${extension}`;
  await writeFileAtomic(join(folder, path), bytes);
  return path;
}

/** The styles.xml of the house style the project names. */
export async function readHouseStyle(folder: string, path: string): Promise<string> {
  const bytes = await readProjectAsset(folder, path, 'houseStyle');
  try {
    return houseStylesXml(bytes, path);
  } catch (error) {
    throw new DomainError('damaged', (error as Error).message);
  }
}
