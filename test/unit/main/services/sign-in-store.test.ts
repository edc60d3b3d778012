import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGN_IN_FILE, type SystemCipher, systemCredentialStore } from '../../../../src-main/services/sign-in-store';
import { useTempDirs } from '../../../support/temp-dir';

/**
 * A stand-in for Electron's safeStorage: bytes no reader of the file could take for the text
 * (each byte flipped, behind a marker), and a switch for a system that offers no encryption.
 */
function fakeCipher(available = true): SystemCipher & { calls: string[] } {
  const calls: string[] = [];
  const MARK = Buffer.from('sealed:');
  return {
    calls,
    available: () => available,
    encrypt: (text) => {
      calls.push('encrypt');
      return Buffer.concat([MARK, Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0xa5))]);
    },
    decrypt: (bytes) => {
      calls.push('decrypt');
      if (!bytes.subarray(0, MARK.length).equals(MARK)) throw new Error('Error while decrypting the ciphertext provided');
      return Buffer.from(bytes.subarray(MARK.length).map((byte) => byte ^ 0xa5)).toString('utf8');
    },
  };
}

const ANN = { username: 'ann.lee', password: 'ghp_S3cretTokenValue' };

describe('sign-ins kept by the operating system', () => {
  const tempDir = useTempDirs();

  it('gives back a sign-in by host, and the file holds neither the user name nor the password in the clear', async () => {
    const userData = await tempDir();
    const cipher = fakeCipher();
    const store = systemCredentialStore(userData, cipher);
    await store.set('github.com', ANN);
    await store.set('git.acme.local:8443', { username: 'ben', password: 'other-password' });
    expect(await store.get('github.com')).toEqual(ANN);
    expect(await store.get('git.acme.local:8443')).toEqual({ username: 'ben', password: 'other-password' });
    expect(await store.get('gitlab.com')).toBeNull();
    expect(cipher.calls).toContain('encrypt');

    const file = await readFile(join(userData, SIGN_IN_FILE), 'utf8');
    expect(Object.keys(JSON.parse(file))).toEqual(['github.com', 'git.acme.local:8443']);
    for (const secret of [ANN.password, ANN.username, 'other-password', 'S3cret']) expect(file).not.toContain(secret);
    // Nor in base64 of the plain text, which is only an encoding.
    expect(file).not.toContain(Buffer.from(JSON.stringify(ANN)).toString('base64').slice(0, 20));
  });

  it('replaces the sign-in of a host when it is set again', async () => {
    const userData = await tempDir();
    const store = systemCredentialStore(userData, fakeCipher());
    await store.set('github.com', ANN);
    await store.set('github.com', { username: 'ann.lee', password: 'new-token' });
    expect(await store.get('github.com')).toEqual({ username: 'ann.lee', password: 'new-token' });
  });

  it('keeps nothing, and writes no file, when the system offers no encryption', async () => {
    const userData = await tempDir();
    const cipher = fakeCipher(false);
    const store = systemCredentialStore(userData, cipher);
    await store.set('github.com', ANN);
    expect(existsSync(join(userData, SIGN_IN_FILE))).toBe(false);
    expect(await store.get('github.com')).toBeNull();
    expect(cipher.calls).toEqual([]);
  });

  it('does not read back a file sealed while encryption was available once it no longer is', async () => {
    const userData = await tempDir();
    await systemCredentialStore(userData, fakeCipher(true)).set('github.com', ANN);
    expect(await systemCredentialStore(userData, fakeCipher(false)).get('github.com')).toBeNull();
  });

  it.each([
    ['a file that is not JSON', '{"github.com": "c2VhbGVk'],
    ['a list instead of hosts', '["github.com"]'],
    ['a host whose entry is not text', '{"github.com": {"username": "ann", "password": "plain"}}'],
    ['an entry the system cannot decrypt', `{"github.com": "${Buffer.from('garbage').toString('base64')}"}`],
    [
      'an entry that decrypts to something other than a sign-in',
      `{"github.com": "${Buffer.concat([Buffer.from('sealed:'), Buffer.from(Buffer.from('{"username":1}').map((b) => b ^ 0xa5))]).toString('base64')}"}`,
    ],
    ['an empty file', ''],
  ])('gives no sign-in from %s', async (_, text) => {
    const userData = await tempDir();
    await writeFile(join(userData, SIGN_IN_FILE), text);
    const store = systemCredentialStore(userData, fakeCipher());
    expect(await store.get('github.com')).toBeNull();
    // And a new sign-in can still be kept.
    await store.set('github.com', ANN);
    expect(await store.get('github.com')).toEqual(ANN);
  });
});
