import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../../../src-shared/api/contract';
import { useSampleWorkspace, value } from '../../../support/sample-workspace';

describe('awareness quiz records', () => {
  const openSample = useSampleWorkspace();

  it('are rebuilt from the catalog, keep only the answers given, and are written once each', async () => {
    const { folder, dispatch } = await openSample();
    const catalog = await value<ResponseOf<'get-catalog'>>(dispatch('get-catalog', {}));
    const awareness = catalog.clauses.find((entry) => entry.id === '7.3');
    const first = awareness?.selfCheck[0];
    if (!awareness || !first) throw new Error('7.3 has no self-check in the catalog');
    // One right answer, one wrong one; the rest left unanswered.
    const answers = [
      { item: '7.3:tf:0', given: first.answer },
      { item: '5.2:tf:0', given: !catalog.clauses.find((entry) => entry.id === '5.2')?.selfCheck[0]?.answer },
    ];
    const saved = await value<ResponseOf<'record-training'>>(
      dispatch('record-training', { person: 'Priya Shah', role: 'Machinist', quiz: { preset: 'awareness' }, answers }),
    );
    const { record } = saved;
    expect(record).toMatchObject({
      person: 'Priya Shah',
      role: 'Machinist',
      givenBy: 'Tom Okafor',
      quiz: { preset: 'awareness' },
    });
    expect(record.score).toMatchObject({ right: 1, answered: 2 });
    expect(record.score.total).toBe(record.items.length);
    expect(record.items.filter((item) => item.given !== undefined).map((item) => item.id)).toEqual(['7.3:tf:0', '5.2:tf:0']);
    expect(record.items.find((item) => item.id === '7.3:tf:0')).toMatchObject({
      question: first.statement,
      correct: first.answer,
    });

    expect(saved.file).toBe(`training/${record.id}.json`);
    const onDisk = JSON.parse(await readFile(join(folder, saved.file), 'utf8'));
    expect(onDisk).toEqual(record);
    const listed = await value<ResponseOf<'list-training'>>(dispatch('list-training', {}));
    expect(listed).toEqual({ records: [record], problems: [] });
  });

  it('refuse answers to questions the quiz does not have, of the wrong kind, or none at all, and write nothing', async () => {
    const { folder, dispatch } = await openSample();
    const refused = async (answers: Array<{ item: string; given: boolean | number }>, message: RegExp) => {
      const result = await dispatch('record-training', { person: 'Priya Shah', quiz: { clauses: ['7.3'] }, answers });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(message) } });
    };
    await refused([{ item: '9.9:tf:0', given: true }], /"9\.9:tf:0" is not a question of this quiz/);
    await refused([{ item: '7.3:tf:0', given: 2 }], /"7\.3:tf:0" takes true or false/);
    await refused([{ item: '7.3:q:0', given: true }], /"7\.3:q:0" takes the number of one of its/);
    await refused([], /Nothing was answered/);
    expect(await dispatch('record-training', { person: 'P', quiz: { clauses: ['99.1'] }, answers: [] })).toMatchObject({
      ok: false,
      error: { message: 'Clause 99.1 is not in the catalog.' },
    });
    expect(await readdir(folder)).not.toContain('training');
  });

  it('are listed with a damaged file named and left alone', async () => {
    const { folder, dispatch } = await openSample();
    await value(
      dispatch('record-training', {
        person: 'Ann Lee',
        quiz: { clauses: ['7.3'] },
        answers: [{ item: '7.3:tf:1', given: true }],
      }),
    );
    await writeFile(join(folder, 'training', 'TR-20260101-aaaaaa.json'), '{"schema": 1, "person": ');
    const listed = await value<ResponseOf<'list-training'>>(dispatch('list-training', {}));
    expect(listed.records.map((record) => record.person)).toEqual(['Ann Lee']);
    expect(listed.problems).toEqual([
      { file: 'training/TR-20260101-aaaaaa.json', reason: expect.stringMatching(/not readable JSON/) },
    ]);
    expect(await readFile(join(folder, 'training', 'TR-20260101-aaaaaa.json'), 'utf8')).toBe('{"schema": 1, "person": ');
  });

  it('need the user’s name, as every record says who gave the quiz', async () => {
    const { dispatch } = await openSample({ named: false });
    expect(
      await dispatch('record-training', {
        person: 'Ann Lee',
        quiz: { clauses: ['7.3'] },
        answers: [{ item: '7.3:tf:1', given: true }],
      }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Say who you are/) } });
  });
});
