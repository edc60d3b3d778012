/**
 * How large the files a user puts in a project's assets may be: checked by the window
 * before it sends one, by the contract on the way in and by the main process on reading.
 */
export const ASSET_LIMITS = {
  logo: { bytes: 2 * 1024 * 1024, words: '2 MB' },
  houseStyle: { bytes: 10 * 1024 * 1024, words: '10 MB' },
} as const;

export type AssetKind = keyof typeof ASSET_LIMITS;

/** The longest base64 text a file of that many bytes can become. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}
