/**
 * The channel names of the contract, kept apart from the zod schemas so the sandboxed
 * preload can build its API object from them without bundling zod.
 * `contract.ts` must declare exactly these channels (the compiler enforces it).
 */
export const CHANNELS = [
  'get-project',
  'read-document',
  'save-document',
  'save-as-copy',
  'change-status',
  'create-document',
  'list-templates',
  'preview-template',
  'save-as-template',
  'update-profile',
  'import-logo',
  'read-logo',
  'update-document-details',
  'get-history',
  'get-settings',
  'set-user-name',
  'set-templates-folder',
  'choose-folder',
  'open-project',
  'open-shared-project',
  'create-project',
  'poll-changes',
  'get-catalog',
  'record-certification-step',
  'export-file',
  'export-progress',
  'import-house-style',
  'read-revision',
  'discard-revision',
  'record-training',
  'list-training',
  'enable-version-history',
  'sync',
  'sync-progress',
  'keep-drafts',
  'document-versions',
  'read-document-version',
] as const;

export type Channel = (typeof CHANNELS)[number];

type KebabToCamel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<KebabToCamel<Tail>>}` : S;

export type MethodName<C extends Channel> = KebabToCamel<C>;

/** 'save-document' -> 'saveDocument': the method that carries a channel. */
export function methodName<C extends Channel>(channel: C): MethodName<C> {
  return channel.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as MethodName<C>;
}

export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}
