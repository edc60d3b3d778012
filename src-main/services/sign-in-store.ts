import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CredentialStore } from '../api/sync-handlers';
import { writeFileAtomic } from './atomic-write';
import type { Credentials } from './git/sync';

/** Encryption by the operating system (Electron safeStorage in the desktop program). */
export interface SystemCipher {
  available(): boolean;
  encrypt(text: string): Buffer;
  decrypt(bytes: Buffer): string;
}

export const SIGN_IN_FILE = 'sign-ins.json';

/**
 * Sign-ins for shared projects, by host, in the program's settings folder (never in a
 * project), each encrypted by the operating system. Without system encryption nothing is
 * kept: a password is never written in the clear.
 */
export function systemCredentialStore(userData: string, cipher: SystemCipher): CredentialStore {
  const path = join(userData, SIGN_IN_FILE);
  const read = async (): Promise<Record<string, string>> => {
    try {
      const parsed = JSON.parse(await readFile(path, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  return {
    async get(host) {
      if (!cipher.available()) return null;
      const sealed = (await read())[host];
      if (typeof sealed !== 'string') return null;
      try {
        const value = JSON.parse(cipher.decrypt(Buffer.from(sealed, 'base64'))) as Credentials;
        return typeof value.username === 'string' && typeof value.password === 'string' ? value : null;
      } catch {
        return null;
      }
    },
    async set(host, credentials: Credentials) {
      if (!cipher.available()) return;
      const all = await read();
      all[host] = cipher.encrypt(JSON.stringify(credentials)).toString('base64');
      await writeFileAtomic(path, `${JSON.stringify(all, null, 2)}\n`);
    },
  };
}
