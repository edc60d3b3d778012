import type { Result } from '../../../../src-shared/api/result';
import { ASSET_LIMITS, type AssetKind } from '../../../../src-shared/project/asset-limits';

/** A chosen file's bytes as base64, for the contract's upload calls. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Sends a file the user chose into the project's assets (the logo, the house style):
 * too large a file is refused here, before it is read, by the same limit the main
 * process applies. Answers with the stored path, or the problem in words.
 */
export async function uploadAsset(
  file: File,
  kind: AssetKind,
  send: (request: { fileName: string; dataBase64: string }) => Promise<Result<{ path: string }>>,
): Promise<{ path: string } | { problem: string }> {
  if (file.size > ASSET_LIMITS[kind].bytes) return { problem: `${file.name} is larger than ${ASSET_LIMITS[kind].words}.` };
  const result = await send({ fileName: file.name, dataBase64: await fileToBase64(file) });
  return result.ok ? { path: result.value.path } : { problem: result.error.message };
}
