import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withUnknownFields } from '../../../../src-shared/json/unknown-fields';

const schema = z.object({
  title: z.string(),
  note: z.string().optional(),
  meta: z.object({
    status: z.string(),
    effective: z.object({ revision: z.string(), by: z.string() }).nullable(),
    people: z.array(z.object({ name: z.string() })),
    steps: z.record(z.string(), z.object({ done: z.boolean() })).optional(),
  }),
});

const raw = {
  title: 'Policy',
  note: 'old note',
  fromAnotherTool: { keep: true },
  meta: {
    status: 'draft',
    distribution: ['office'],
    effective: { revision: '1', by: 'Ann', signature: 'sig-of-1' },
    people: [
      { name: 'Ann', badge: 7 },
      { name: 'Bo', badge: 8 },
    ],
    steps: { audit: { done: false, evidence: 'E-1' } },
  },
};

const readBack = schema.parse(raw);

describe('writing back the fields a file has that the program does not know', () => {
  it('keeps them at every level the program left as it was', () => {
    expect(withUnknownFields(schema, raw, readBack)).toEqual(raw);
  });

  it('always keeps those of the file and of the objects directly in it, whatever else changed', () => {
    const next = { ...readBack, title: 'New', meta: { ...readBack.meta, status: 'in-review' } };
    expect(withUnknownFields(schema, raw, next)).toMatchObject({
      title: 'New',
      fromAnotherTool: { keep: true },
      meta: { status: 'in-review', distribution: ['office'], effective: { signature: 'sig-of-1' } },
    });
  });

  it('drops those of a deeper record the program replaced, since they described the old one', () => {
    const next = {
      ...readBack,
      meta: {
        ...readBack.meta,
        effective: { revision: '2', by: 'Bo' },
        people: [{ name: 'Ann' }, { name: 'Cy' }],
        steps: { audit: { done: true } },
      },
    };
    const merged = withUnknownFields(schema, raw, next) as typeof raw;
    expect(merged.meta.effective).toEqual({ revision: '2', by: 'Bo' });
    expect(merged.meta.people).toEqual([{ name: 'Ann', badge: 7 }, { name: 'Cy' }]);
    expect(merged.meta.steps).toEqual({ audit: { done: true } });
  });

  it('never brings back a known field the program removed, and keeps a "__proto__" key a plain field', () => {
    const { note: _removed, ...withoutNote } = readBack;
    const hostile = JSON.parse(
      '{"title":"Policy","__proto__":{"polluted":true},"meta":{"status":"draft","effective":null,"people":[]}}',
    );
    expect(withUnknownFields(schema, raw, withoutNote)).not.toHaveProperty('note');
    const merged = withUnknownFields(schema, hostile, schema.parse(hostile)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(merged, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes exactly what the program gives when there was no file', () => {
    expect(withUnknownFields(schema, null, readBack)).toBe(readBack);
  });
});
