import { describe, expect, it } from 'vitest';
import { nestedDeeperThan } from '../../../../src-shared/json/nesting-depth';

describe('how deep a JSON value nests', () => {
  it('counts every object and array on the way down, and nothing else', () => {
    const cases: Array<[unknown, number]> = [
      ['text', 0],
      [null, 0],
      [{}, 1],
      [[1, 'a', null], 1],
      [{ a: [] }, 2],
      [{ a: [{ b: 1 }], c: {} }, 3],
      [[[], [[[]]], {}], 4],
    ];
    for (const [value, depth] of cases) {
      expect(nestedDeeperThan(value, depth), JSON.stringify(value)).toBe(false);
      expect(nestedDeeperThan(value, depth - 1), JSON.stringify(value)).toBe(depth > 0);
    }
  });

  it('answers for a million levels without overflowing the stack', () => {
    const levels = 1_000_000;
    const deep = JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);
    expect(nestedDeeperThan(deep, 100)).toBe(true);
    expect(nestedDeeperThan(deep, levels)).toBe(false);
  });

  it('stops at a cycle, which can only be nested too deep', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(nestedDeeperThan(cycle, 50)).toBe(true);
  });
});
