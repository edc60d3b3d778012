import { describe, expect, it } from 'vitest';
import { syncRemoteProblem } from '../../../../src-shared/project/sync-remote';

describe('the address of a shared project', () => {
  it.each([
    'https://github.com/acme/qms.git',
    'HTTPS://GitLab.example.com/quality/qms',
    'https://git.acme.local:8443/scm/qms.git',
    '  https://dev.azure.com/acme/qms/_git/qms  ',
    'http://127.0.0.1:8080/qms.git',
    'http://localhost/qms.git',
    'http://LOCALHOST:3000/qms.git',
    'http://[::1]:8080/qms.git',
  ])('%j can be synced with', (address) => {
    expect(syncRemoteProblem(address)).toBeNull();
  });

  it.each([
    // Unencrypted beyond this machine: the sign-in would cross the network in the clear.
    ['http://git.acme.com/qms.git', 'git.acme.com would be reached without encryption (http): use its https:// address.'],
    ['http://192.168.1.20:3000/qms.git', '192.168.1.20:3000 would be reached without encryption'],
    ['http://127.0.0.1.nip.io/qms.git', '127.0.0.1.nip.io would be reached without encryption'],
    ['http://localhost.evil.example/qms.git', 'localhost.evil.example would be reached without encryption'],
    // A sign-in in the address would be written into the project's git configuration.
    ['https://ann:secret@github.com/acme/qms.git', 'Leave the user name and password out of the address'],
    ['https://ann@github.com/acme/qms.git', 'Leave the user name and password out of the address'],
    ['https://:ghp_token@github.com/acme/qms.git', 'Leave the user name and password out of the address'],
    ['http://ann:secret@127.0.0.1:8080/qms.git', 'Leave the user name and password out of the address'],
    // Not a web address at all.
    ['github.com/acme/qms', '"github.com/acme/qms" is not a web address'],
    ['git@github.com:acme/qms.git', '"git@github.com:acme/qms.git" is not a web address'],
    ['not an address', '"not an address" is not a web address'],
    // Other schemes.
    ['ftp://files.acme.com/qms', 'Only https:// addresses can be synced with (not ftp).'],
    ['file:///srv/git/qms.git', 'Only https:// addresses can be synced with (not file).'],
    ['git://github.com/acme/qms.git', 'Only https:// addresses can be synced with (not git).'],
    ['javascript:alert(1)', 'Only https:// addresses can be synced with (not javascript).'],
    // Refused for being ssh, not for the user name every ssh address carries.
    ['ssh://git@github.com/acme/qms.git', 'Only https:// addresses can be synced with (not ssh).'],
    ['', 'Give the address of the shared project (https://…).'],
    ['   ', 'Give the address of the shared project (https://…).'],
    [`https://github.com/${'a'.repeat(2000)}`, 'That address is too long (more than 2,000 characters).'],
  ])('%j is refused: %s', (address, reason) => {
    expect(syncRemoteProblem(address)).toContain(reason);
  });

  it('never repeats a password it refuses', () => {
    expect(syncRemoteProblem('https://ann:hunter2@github.com/acme/qms.git')).not.toContain('hunter2');
  });
});
