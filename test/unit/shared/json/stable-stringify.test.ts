import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../../../src-shared/json/stable-stringify';

describe('stableStringify', () => {
  it('sorts keys at every level, indents by two spaces and ends with a newline', () => {
    expect(stableStringify({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
  });

  it('gives the same bytes whatever order the keys were added in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(stableStringify(reversed)).toBe(stableStringify(record));
        expect(JSON.parse(stableStringify(record))).toEqual(JSON.parse(JSON.stringify(record)));
      }),
    );
  });

  it('turns a one-word edit into a one-line change', () => {
    const before = stableStringify({ meta: { id: 'POL-001' }, content: { text: 'We supply parts on time.' } }).split('\n');
    const after = stableStringify({ meta: { id: 'POL-001' }, content: { text: 'We supply parts early.' } }).split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((line, index) => line !== before[index])).toHaveLength(1);
  });
});
