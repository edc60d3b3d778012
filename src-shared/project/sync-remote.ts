/**
 * The address of a shared project (a repository on any git host) and what sync reports
 * while it runs. Shared by the window, the main process and `qms sync`.
 */

/** A checked address: https, or http to this machine only. */
export type RemoteAddress = URL & { readonly __checked: true };

export const SYNC_PHASES = ['preparing', 'receiving', 'merging', 'sending', 'saving', 'done'] as const;

export interface SyncProgress {
  phase: (typeof SYNC_PHASES)[number];
  done: number;
  total: number;
}

/** What the window shows for each phase. */
export const SYNC_PHASE_TEXT: Record<SyncProgress['phase'], string> = {
  preparing: 'Preparing your changes',
  receiving: 'Receiving changes',
  merging: 'Bringing changes together',
  sending: 'Sending your changes',
  saving: 'Saving',
  done: 'Done',
};

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Why an address cannot be synced with, or null when it can. */
export function syncRemoteProblem(address: string): string | null {
  const text = address.trim();
  if (text === '') return 'Give the address of the shared project (https://…).';
  if (text.length > 2000) return 'That address is too long (more than 2,000 characters).';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not a web address: give the shared project's https:// address.`;
  }
  // The kind of address first: an ssh:// one is refused for being ssh, not for its user name.
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `Only https:// addresses can be synced with (not ${url.protocol.replace(/:$/, '')}).`;
  if (url.username || url.password)
    return 'Leave the user name and password out of the address: the program asks for them and never stores them in the project.';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return null;
  return `${url.host} would be reached without encryption (http): use its https:// address.`;
}
