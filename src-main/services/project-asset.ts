import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { DomainError } from '../../src-shared/api/result';
import { ASSET_LIMITS, type AssetKind } from '../../src-shared/project/asset-limits';

const NAMES: Record<AssetKind, string> = { logo: 'logo', houseStyle: 'house style' };

/**
 * The bytes of a file the profile names (the logo, the house style). The profile's schema
 * keeps the path inside the project; it is checked again here, where it is used, and so
 * is the size, before anything is read.
 */
export async function readProjectAsset(folder: string, path: string, kind: AssetKind): Promise<Buffer> {
  const name = NAMES[kind];
  const root = resolve(folder);
  const full = resolve(root, path);
  if (!full.startsWith(root + sep)) throw new DomainError('invalid-request', `The ${name} ${path} is outside the project.`);
  try {
    if ((await stat(full)).size > ASSET_LIMITS[kind].bytes) {
      throw new DomainError('damaged', `The ${name} ${path} is larger than ${ASSET_LIMITS[kind].words}.`);
    }
    return await readFile(full);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('not-found', `The ${name} ${path} named in the profile cannot be read (${(error as Error).message}).`);
  }
}
