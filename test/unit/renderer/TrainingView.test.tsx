import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../src-shared/api/result';
import { buildQuiz } from '../../../src-shared/guidance/quiz';
import { trainingRecord } from '../../../src-shared/project/training-record';
import { button, fakeApi, openApp, withTestDatabase } from './app-harness';
import { CATALOG } from './catalog-fixture';

withTestDatabase();

describe('the training view', () => {
  it('starts a quiz from the guidance, records only the answers given, then shows the score and why', async () => {
    const api = fakeApi();
    api.recordTraining.mockImplementation(async (request) => {
      const quiz = buildQuiz(CATALOG, request.quiz);
      const record = trainingRecord(quiz, new Map(request.answers.map((answer) => [answer.item, answer.given])), {
        id: 'TR-20261130-abcdef',
        person: request.person,
        role: request.role ?? '',
        date: '2026-11-30',
        givenBy: 'Tom Okafor',
        standard: 'iso-9001-2015',
      });
      return ok({ record, file: `training/${record.id}.json` });
    });
    await openApp(api, 'POL-001');
    // The guidance panel's quiz button on 5.2.
    const panel = screen.getByRole('complementary', { name: 'Clause guidance' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Browse' }));
    fireEvent.click(within(panel).getByRole('button', { name: '5.2 Policy' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Quiz someone on 5.2' }));

    const setup = await screen.findByRole('form', { name: 'Start a quiz' });
    expect(within(setup).getByRole<HTMLInputElement>('textbox', { name: 'Clause numbers' }).value).toBe('5.2');
    fireEvent.click(within(setup).getByRole('button', { name: 'Start the quiz' }));
    expect(within(setup).getByRole('alert').textContent).toBe('Write the name of the person taking the quiz.');
    fireEvent.change(within(setup).getByRole('textbox', { name: 'Person taking it' }), { target: { value: 'Priya Shah' } });
    fireEvent.click(within(setup).getByRole('button', { name: 'Start the quiz' }));

    const run = await screen.findByRole('region', { name: 'Quiz: Clauses 5.2' });
    const items = within(run).getAllByRole('group');
    expect(items).toHaveLength(3);
    // Answers the first statement (false is right) and the scenario (7.3 is right, 5.2 is chosen); leaves one out.
    fireEvent.click(within(items[0] as HTMLElement).getByRole('radio', { name: 'False' }));
    fireEvent.click(within(items[2] as HTMLElement).getByRole('radio', { name: '5.2' }));
    fireEvent.click(within(run).getByRole('button', { name: 'Finish and record' }));

    await within(run).findByText('1 of 3 right (2 answered). Recorded as training/TR-20261130-abcdef.json.');
    expect(api.recordTraining.mock.calls[0]?.[0]).toEqual({
      person: 'Priya Shah',
      quiz: { clauses: ['5.2'] },
      answers: [
        { item: '5.2:tf:0', given: false },
        { item: '5.2:q:0', given: 0 },
      ],
    });
    expect(run.textContent).toContain('Not answered. The answer is: true. Customers and suppliers may ask for it');
    expect(run.textContent).toContain('Not quite: the answer is 7.3; you answered 5.2. Knowing what the policy');
    expect(run.textContent).toContain('Right: false. It has to be communicated');
  });

  it('lists the records an auditor is shown, and opens one with the answers given', async () => {
    const api = fakeApi();
    const quiz = buildQuiz(CATALOG, { clauses: ['5.2'] });
    const record = trainingRecord(quiz, new Map([['5.2:tf:1', true]]), {
      id: 'TR-20261101-zzzzzz',
      person: 'Ann Lee',
      role: 'Buyer',
      date: '2026-11-01',
      givenBy: 'Tom Okafor',
      standard: 'iso-9001-2015',
    });
    api.listTraining.mockResolvedValue(
      ok({ records: [record], problems: [{ file: 'training/x.json', reason: 'it is not JSON' }] }),
    );
    await openApp(api, 'POL-001');
    fireEvent.click(button('Training'));
    const view = await screen.findByRole('region', { name: 'Training records' });
    await waitFor(() => expect(within(view).getAllByRole('row')).toHaveLength(2));
    expect(within(view).getAllByRole('row')[1]?.textContent).toBe('2026-11-01Ann Lee BuyerClauses 5.21 of 3Tom Okafor');
    expect(view.textContent).toContain('training/x.json cannot be read: it is not JSON. It was left as it is.');
    fireEvent.click(within(view).getByRole('button', { name: 'Ann Lee' }));
    const shown = within(view).getByRole('region', { name: 'Training record TR-20261101-zzzzzz' });
    expect(
      within(shown)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toContain('5.2The policy is available to relevant interested parties.truetrue');
  });
});
