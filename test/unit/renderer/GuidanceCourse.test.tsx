import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuidancePanel } from '../../../src-renderer/src/components/GuidancePanel';
import { WorkbenchDatabase } from '../../../src-renderer/src/db/database';
import { indexGuidance } from '../../../src-renderer/src/guidance/guidance-search';
import { CATALOG } from './catalog-fixture';

let db: WorkbenchDatabase;
beforeEach(() => {
  db = new WorkbenchDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderPanel(pinned: string) {
  const onStartQuiz = vi.fn<(clauses: string[]) => void>();
  render(
    <GuidancePanel
      catalog={CATALOG}
      db={db}
      meta={null}
      sectionClause={null}
      focus={null}
      onFocusShown={vi.fn()}
      catalogError={null}
      pinned={pinned}
      onPin={vi.fn()}
      availableTemplates={new Map()}
      onCreateFromTemplate={vi.fn()}
      onStartQuiz={onStartQuiz}
    />,
  );
  return { onStartQuiz };
}

const entry = () => {
  const found = document.querySelector<HTMLElement>('.guidance-entry');
  if (!found) throw new Error('The panel shows no entry.');
  return found;
};

describe('the guidance as a course', () => {
  it('links a clause to the foundations it rests on, and the foundation back to the clauses', () => {
    renderPanel('10.2');
    const links = within(entry()).getByRole('list', { name: 'Principles and foundations' });
    fireEvent.click(within(links).getByRole('button', { name: 'Plan, do, check, act' }));
    expect(entry().getAttribute('aria-label')).toBe('Plan, do, check, act');
    expect(within(entry()).getByRole('button', { name: '10.2' })).toBeTruthy();
  });

  it('links a glossary term where the text uses it: its meaning on hover, its entry on click', () => {
    renderPanel('10.2');
    const term = within(entry()).getByRole('button', { name: 'nonconformity' });
    expect(term.getAttribute('title')).toBe('Something that does not meet a requirement.');
    // Only the first mention in an entry is a link.
    expect(within(entry()).getAllByRole('button', { name: /^nonconformit/i })).toHaveLength(1);
    fireEvent.click(term);
    expect(entry().getAttribute('aria-label')).toBe('Glossary: nonconformity');
    expect(entry().textContent).toContain('It may be found by anyone');
  });

  it('asks a scenario question, says whether the answer was right and why, and starts a quiz on the clause', () => {
    const { onStartQuiz } = renderPanel('5.2');
    const options = entry().querySelector<HTMLElement>('.question-options');
    if (!options) throw new Error('5.2 shows no scenario question');
    fireEvent.click(within(options).getByRole('button', { name: '5.2' }));
    const feedback = entry().querySelector('.self-check-wrong');
    expect(feedback?.textContent).toBe('Not quite: 7.3. Knowing what the policy means for one’s own work is awareness, 7.3.');
    fireEvent.click(within(entry()).getByRole('button', { name: 'Quiz someone on 5.2' }));
    expect(onStartQuiz).toHaveBeenCalledWith(['5.2']);
  });

  it('says where the documented information of a heading is required instead of “none”', () => {
    renderPanel('7.1');
    expect(entry().textContent).toContain(
      'None in this clause itself; its sub-clauses require some: 7.1.5 (retain), 7.1.5.2 (retain).',
    );
  });

  it('shows the front matter, a client question and the consolidated list of required documented information', () => {
    renderPanel('A');
    expect(entry().getAttribute('aria-label')).toBe('A Clarification of new structure, terminology and concepts');
    cleanup();
    renderPanel('faq-manual');
    expect(entry().textContent).toContain('No, the standard does not require one.');
    cleanup();
    renderPanel('explainer-required-documented-information');
    const table = within(entry()).getByRole('table', { name: 'Documented information the standard requires' });
    const required = CATALOG.clauses.flatMap((clause) => clause.documentedInformation);
    expect(within(table).getAllByRole('row')).toHaveLength(required.length + 1);
    expect(table.querySelector('caption')?.textContent).toBe(
      `${required.length} items: ${required.filter((item) => item.kind === 'maintain').length} to maintain, ${
        required.filter((item) => item.kind === 'retain').length
      } to retain`,
    );
  });

  it('finds every kind in the search, and names the kind of each hit', async () => {
    await indexGuidance(db, CATALOG);
    renderPanel('7.5');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the guidance' }), { target: { value: 'manual' } });
    const results = await screen.findByRole('region', { name: 'Search results' });
    await waitFor(() =>
      expect(
        within(results)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        'Do we need a quality manual? Questions clients ask',
        'Annex A Clarification of new structure, terminology and concepts Introduction and Annex A',
      ]),
    );
  });
});
