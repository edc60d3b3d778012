import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, isChannel, methodName } from '../../../../src-shared/api/channels';
import { createApi } from '../../../../src-shared/api/client';
import { contract } from '../../../../src-shared/api/contract';
import { formatIssues } from '../../../../src-shared/api/format-issues';
import { ok } from '../../../../src-shared/api/result';
import { DEFAULT_TYPE_PREFIXES } from '../../../../src-shared/project/document-types';

describe('the API contract', () => {
  it('declares exactly the channels the preload exposes', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  it('names each method after its kebab-case channel', () => {
    expect(methodName('save-document')).toBe('saveDocument');
    expect(methodName('get-project')).toBe('getProject');
    expect(new Set(CHANNELS.map(methodName)).size).toBe(CHANNELS.length);
  });

  it('recognises only its own channels', () => {
    expect(isChannel('read-document')).toBe(true);
    for (const name of ['', 'readDocument', 'read-document ', '__proto__', 'constructor', 'toString']) {
      expect(isChannel(name)).toBe(false);
    }
  });

  it('gives one client method per channel, each carried by the transport under its channel name', async () => {
    const transport = vi.fn(async () => ok({ answered: true }));
    const api = createApi(transport as never);
    expect(Object.keys(api).sort()).toEqual(CHANNELS.map(methodName).sort());
    await api.readDocument({ id: 'POL-001' });
    expect(transport).toHaveBeenCalledWith('read-document', { id: 'POL-001' });
  });

  it('rejects requests with unknown fields, so nothing unexpected reaches a service', () => {
    expect(contract['read-document'].request.safeParse({ id: 'POL-001' }).success).toBe(true);
    expect(contract['read-document'].request.safeParse({ id: 'POL-001', path: '../x' }).success).toBe(false);
    expect(contract['read-document'].request.safeParse({ id: '../../etc/passwd' }).success).toBe(false);
    expect(contract['get-project'].request.safeParse({ folder: '/tmp' }).success).toBe(false);
  });

  describe('refuses control and bidirectional-text characters in every name, naming the field', () => {
    const SPOOF = 'Tom\u202eOkafor';
    const HASH = 'f'.repeat(64);
    const base = {
      'change-status': { id: 'POL-001', to: 'approved', by: 'Tom Okafor' },
      'set-user-name': { userName: 'Tom Okafor' },
      'record-training': { person: 'Priya Shah', quiz: { preset: 'awareness' }, answers: [] },
      'update-document-details': {
        id: 'POL-001',
        baseVersion: HASH,
        title: 'Quality Policy',
        owner: 'Elaine Marsh',
        reviewer: 'Priya Raman',
        clauses: [],
        changeSummary: '',
      },
      'create-project': {
        folder: '/tmp/acme',
        organization: {
          name: 'Acme Ltd',
          legalName: 'Acme Ltd',
          qualityManager: 'Elaine Marsh',
          topManager: { name: 'Jo Lee', role: 'MD' },
        },
        revisionScheme: 'numeric',
        reviewPeriodMonths: 12,
        essentials: false,
      },
    } as const;
    type Case = [channel: keyof typeof base, path: string[]];
    const cases: Case[] = [
      ['change-status', ['by']],
      ['set-user-name', ['userName']],
      ['record-training', ['person']],
      ['update-document-details', ['owner']],
      ['update-document-details', ['reviewer']],
      ['create-project', ['organization', 'name']],
      ['create-project', ['organization', 'legalName']],
      ['create-project', ['organization', 'qualityManager']],
      ['create-project', ['organization', 'topManager', 'name']],
    ];

    function withName(value: unknown, path: readonly string[], name: string): unknown {
      const [key, ...rest] = path;
      if (key === undefined) return name;
      const object = value as Record<string, unknown>;
      return { ...object, [key]: withName(object[key], rest, name) };
    }

    it.each(cases)('%s %j', (channel, path) => {
      const schema = contract[channel].request;
      expect(schema.safeParse(base[channel]).success).toBe(true);
      for (const name of [SPOOF, 'Tom\u0000', 'Tom\u2066Okafor', 'Tom\u007fOkafor']) {
        const parsed = schema.safeParse(withName(base[channel], path, name));
        expect(parsed.success, JSON.stringify(name)).toBe(false);
        expect(formatIssues(parsed.error?.issues ?? [])).toMatch(
          new RegExp(`^${path.join('\\.')}: A name may not contain control characters or bidirectional-text controls`),
        );
      }
    });

    it('update-profile: the organization, its legal name, the quality manager and top management', () => {
      const organization = {
        name: 'Acme Ltd',
        legalName: 'Acme Ltd',
        address: '',
        sites: [],
        productsAndServices: '',
        scopeStatement: '',
        strategicDirection: '',
        notApplicable: [],
        topManagement: [{ name: 'Jo Lee', role: 'Managing Director' }],
        qualityManager: 'Elaine Marsh',
        logo: null,
      };
      const profile = {
        organization,
        revisionScheme: 'numeric',
        reviewPeriodMonths: 12,
        prefixes: DEFAULT_TYPE_PREFIXES,
      };
      const schema = contract['update-profile'].request;
      expect(formatIssues(schema.safeParse({ profile, baseVersion: 'v1' }).error?.issues ?? [])).toBe('');
      const refused = (change: Record<string, unknown>) =>
        formatIssues(
          schema.safeParse({ profile: { ...profile, organization: { ...organization, ...change } }, baseVersion: 'v1' }).error
            ?.issues ?? [],
        );
      expect(refused({ name: SPOOF })).toMatch(
        /^profile\.organization\.name: The organization name may not contain control characters/,
      );
      expect(refused({ legalName: SPOOF })).toMatch(/^profile\.organization\.legalName: The legal name may not contain/);
      expect(refused({ qualityManager: SPOOF })).toMatch(
        /^profile\.organization\.qualityManager: The quality manager may not contain/,
      );
      expect(refused({ topManagement: [{ name: SPOOF, role: 'MD' }] })).toMatch(
        /^profile\.organization\.topManagement\.0\.name: A name may not contain/,
      );
    });
  });
});
