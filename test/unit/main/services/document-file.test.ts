import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseDocumentFile, parseProjectFile } from '../../../../src-main/services/document-file';
import { contentJson, nestedListsJson, withJsonAt } from '../../../support/deep-json';
import { SAMPLE_PROJECT } from '../../../support/paths';

const sample = (name: string) => JSON.parse(readFileSync(join(SAMPLE_PROJECT, name), 'utf8')) as Record<string, unknown>;

describe('reading a document file', () => {
  it('reports a file nested thousands of levels deep as damaged, naming the limit, instead of overflowing the stack', () => {
    const file = sample('documents/PRO-002.json');
    for (const depth of [4000, 100_000]) {
      const bytes = withJsonAt(file, 'content', contentJson(nestedListsJson(depth)));
      const parsed = parseDocumentFile('PRO-002', bytes, 'numeric');
      expect(parsed).toEqual({ ok: false, reason: expect.stringMatching(/nested deeper than .*64 levels/) });
    }
  });

  it('reports deep nesting anywhere in the file, not only in the content', () => {
    const file = sample('documents/PRO-002.json');
    const levels = 50_000;
    const bytes = withJsonAt(file, 'notes', `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);
    expect(parseDocumentFile('PRO-002', bytes, 'numeric')).toMatchObject({ ok: false, reason: /nested deeper than/ });
    const project = withJsonAt(sample('qms-project.json'), 'notes', `${'['.repeat(levels)}${']'.repeat(levels)}`);
    expect(parseProjectFile(project)).toMatchObject({ ok: false, reason: /nested deeper than/ });
  });

  it('reports a file as nested too deep when the JSON parser itself runs out of stack', () => {
    // V8 (Node 20) parses a million levels without recursion; another engine may not.
    const parse = vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      expect(parseDocumentFile('PRO-002', '[]', 'numeric')).toEqual({
        ok: false,
        reason: expect.stringMatching(/^nested deeper than \d+ levels of JSON/),
      });
    } finally {
      parse.mockRestore();
    }
  });
});
