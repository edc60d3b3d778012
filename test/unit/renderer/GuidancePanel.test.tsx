import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuidancePanel } from '../../../src-renderer/src/components/GuidancePanel';
import { WorkbenchDatabase } from '../../../src-renderer/src/db/database';
import { indexGuidance } from '../../../src-renderer/src/guidance/guidance-search';
import { CATALOG } from './catalog-fixture';
import { sampleMeta } from './sample-data';

let db: WorkbenchDatabase;

beforeEach(() => {
  db = new WorkbenchDatabase(`test-${Math.random()}`);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

type PanelProps = ComponentProps<typeof GuidancePanel>;

/** A procedure addressing 7.5 first, then 7.1.5. */
const META = sampleMeta({ id: 'PRO-004', title: 'Document Control', type: 'procedure', clauses: ['7.5', '7.1.5'] });

function renderPanel(overrides: Partial<PanelProps> = {}) {
  const onPin = vi.fn<(id: string | null) => void>();
  const onCreateFromTemplate = vi.fn<(templateId: string) => void>();
  let props: PanelProps = {
    catalog: CATALOG,
    db,
    meta: META,
    sectionClause: null,
    focus: null,
    onFocusShown: vi.fn(),
    catalogError: null,
    pinned: null,
    onPin,
    availableTemplates: new Map([['quality-policy', 'Quality Policy']]),
    onCreateFromTemplate,
    onStartQuiz: vi.fn<(clauses: string[]) => void>(),
    ...overrides,
  };
  const view = render(<GuidancePanel {...props} />);
  const update = (changes: Partial<PanelProps>) => {
    props = { ...props, ...changes };
    view.rerender(<GuidancePanel {...props} />);
  };
  return { onPin, onCreateFromTemplate, update };
}

/** The aria-label of the entry the panel shows ("Clause 7.5", or a foundation's or step's title). */
function shownEntry(): string | null {
  const entries = document.querySelectorAll('.guidance-entry');
  expect(entries.length).toBeLessThanOrEqual(1);
  return entries[0]?.getAttribute('aria-label') ?? null;
}

function entry(): HTMLElement {
  const found = document.querySelector<HTMLElement>('.guidance-entry');
  if (!found) throw new Error('The panel shows no guidance entry.');
  return found;
}

/** The document's clause chips ("PRO-004 addresses 7.5 7.1.5"). */
function chips(): HTMLButtonElement[] {
  const context = document.querySelector<HTMLElement>('.guidance-context');
  return context ? within(context).queryAllByRole<HTMLButtonElement>('button') : [];
}

function search(text: string) {
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search the guidance' }), { target: { value: text } });
}

describe('GuidancePanel', () => {
  describe('following the cursor', () => {
    it("shows the document's first clause when the cursor is in no tagged section", () => {
      renderPanel();

      expect(shownEntry()).toBe('Clause 7.5');
      expect(within(entry()).getByRole('heading', { level: 3 }).textContent).toBe('7.5 Documented information');
      expect(document.querySelector('.section-clause')).toBeNull();
    });

    it("shows the clause of the section at the cursor over the document's first clause", () => {
      renderPanel({ sectionClause: '9.2' });

      expect(shownEntry()).toBe('Clause 9.2');
      expect(document.querySelector('.section-clause')?.textContent).toBe('Section: 9.2');
    });

    it("shows the document's clauses as chips, the one shown pressed", () => {
      renderPanel();

      expect(document.querySelector('.guidance-context .muted')?.textContent).toBe('PRO-004 addresses');
      expect(chips().map((chip) => [chip.textContent, chip.getAttribute('aria-pressed')])).toEqual([
        ['7.5', 'true'],
        ['7.1.5', 'false'],
      ]);
    });

    it('shows the clause of a chip that is clicked', () => {
      renderPanel();

      fireEvent.click(screen.getByRole('button', { name: '7.1.5' }));

      expect(shownEntry()).toBe('Clause 7.1.5');
      expect(chips().map((chip) => chip.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    });

    it('shows a related clause that is clicked', () => {
      renderPanel();

      fireEvent.click(within(entry()).getByRole('button', { name: '7.5.3' }));

      expect(shownEntry()).toBe('Clause 7.5.3');
      expect(chips().map((chip) => chip.getAttribute('aria-pressed'))).toEqual(['false', 'false']);
    });

    it('follows the cursor again when it moves to a section with another clause', () => {
      const { update } = renderPanel({ sectionClause: '9.2' });
      fireEvent.click(screen.getByRole('button', { name: '7.1.5' }));
      expect(shownEntry()).toBe('Clause 7.1.5');

      update({ sectionClause: '9.3' });

      expect(shownEntry()).toBe('Clause 9.3');
    });

    it('follows the cursor again when the cursor leaves the tagged sections', () => {
      const { update } = renderPanel({ sectionClause: '9.2' });
      fireEvent.click(screen.getByRole('button', { name: '7.1.5' }));

      update({ sectionClause: null });

      expect(shownEntry()).toBe('Clause 7.5');
    });

    it('follows the new document when another one is opened', () => {
      const { update } = renderPanel();
      fireEvent.click(screen.getByRole('button', { name: '7.1.5' }));

      update({ meta: sampleMeta() });

      expect(shownEntry()).toBe('Clause 5.2');
      expect(chips().map((chip) => chip.textContent)).toEqual(['5.2', '5.1.1']);
    });

    it('keeps what the user opened while the project was loading when the first document then opens', () => {
      const { update } = renderPanel({ meta: null });
      fireEvent.click(screen.getByRole('button', { name: 'Browse' }));
      fireEvent.click(screen.getByRole('button', { name: 'Expand 9' }));
      fireEvent.click(screen.getByRole('button', { name: '9.3 Management review' }));
      expect(shownEntry()).toBe('Clause 9.3');

      // The document opened at start arrives: not a move of the user's.
      update({ meta: META });
      expect(shownEntry()).toBe('Clause 9.3');

      // Opening another document afterwards follows it, as before.
      update({ meta: sampleMeta() });
      expect(shownEntry()).toBe('Clause 5.2');
    });

    it('shows a clause asked for from another view, and the same one again when asked again', () => {
      const { update } = renderPanel({ sectionClause: '9.2', focus: { id: '8.3', at: 1 } });
      expect(shownEntry()).toBe('Clause 8.3');
      fireEvent.click(screen.getByRole('button', { name: '7.5' }));
      expect(shownEntry()).toBe('Clause 7.5');

      update({ focus: { id: '8.3', at: 2 } });

      expect(shownEntry()).toBe('Clause 8.3');
    });

    it('shows foundations and certification steps asked for by id', () => {
      const { update } = renderPanel({ focus: { id: 'pdca', at: 1 } });
      expect(shownEntry()).toBe('Plan, do, check, act');

      update({ focus: { id: 'implementation', at: 2 } });

      expect(shownEntry()).toBe('Implementation');
      expect(within(entry()).getByRole('heading', { level: 3 }).textContent).toBe('Step 2: Implementation');
    });

    it('asks to open a document when there is neither a document nor a tagged section', () => {
      renderPanel({ meta: null });

      expect(shownEntry()).toBeNull();
      expect(
        screen.getByText('Open a document, or put the cursor in a tagged section, to see what its clause asks of you.'),
      ).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Pin this clause' })).toBeNull();
    });

    it('says the catalog is loading until it arrives', () => {
      const { update } = renderPanel({ catalog: null });
      expect(screen.getByText('Loading the clause catalog…')).toBeTruthy();
      expect(shownEntry()).toBeNull();

      update({ catalog: CATALOG });

      expect(screen.queryByText('Loading the clause catalog…')).toBeNull();
      expect(shownEntry()).toBe('Clause 7.5');
    });
  });

  describe('pinning', () => {
    it('keeps showing the pinned clause when the section at the cursor changes', () => {
      const { update } = renderPanel({ pinned: '5.2', sectionClause: '9.2' });
      expect(shownEntry()).toBe('Clause 5.2');

      update({ sectionClause: '9.3' });

      expect(shownEntry()).toBe('Clause 5.2');
      expect(screen.getByRole('button', { name: 'Unpin 5.2' }).getAttribute('aria-pressed')).toBe('true');
    });

    it('shows a clause the user opens while another is pinned, and returns to the pin when the cursor moves', () => {
      const { update } = renderPanel({ pinned: '5.2', sectionClause: '9.2' });

      fireEvent.click(screen.getByRole('button', { name: '7.1.5' }));
      expect(shownEntry()).toBe('Clause 7.1.5');

      update({ sectionClause: '9.3' });
      expect(shownEntry()).toBe('Clause 5.2');
    });

    it("pins the clause shown with 'Pin this clause'", () => {
      const { onPin } = renderPanel({ sectionClause: '9.2' });
      const pin = screen.getByRole('button', { name: 'Pin this clause' });
      expect(pin.getAttribute('aria-pressed')).toBe('false');

      fireEvent.click(pin);

      expect(onPin.mock.calls).toEqual([['9.2']]);
    });

    it("unpins with 'Unpin', and then follows the cursor again", () => {
      const { onPin, update } = renderPanel({ pinned: '5.2', sectionClause: '9.2' });

      fireEvent.click(screen.getByRole('button', { name: 'Unpin 5.2' }));
      expect(onPin.mock.calls).toEqual([[null]]);
      update({ pinned: null });

      expect(shownEntry()).toBe('Clause 9.2');
    });
  });

  describe('search', () => {
    it('shows the hits from the search index and opens the one clicked', async () => {
      await indexGuidance(db, CATALOG);
      renderPanel();

      search('calib');

      const results = await screen.findByRole('region', { name: 'Search results' });
      await waitFor(() =>
        expect(
          within(results)
            .getAllByRole('button')
            .map((hit) => hit.textContent),
        ).toEqual(['7.1.5.2 Measurement traceability', '7.1.5 Monitoring and measuring resources']),
      );
      expect(shownEntry()).toBeNull();

      fireEvent.click(within(results).getByRole('button', { name: /Measurement traceability/ }));

      expect(shownEntry()).toBe('Clause 7.1.5.2');
      expect(screen.queryByRole('region', { name: 'Search results' })).toBeNull();
      expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search the guidance' }).value).toBe('');
    });

    it('lists foundations and certification steps by title', async () => {
      await indexGuidance(db, CATALOG);
      renderPanel();

      search('review');

      const results = await screen.findByRole('region', { name: 'Search results' });
      await waitFor(() =>
        expect(
          within(results)
            .getAllByRole('button')
            .map((hit) => hit.textContent?.trim()),
        ).toEqual(['9.3 Management review', 'Management review', '5.2 Policy']),
      );
      fireEvent.click(within(results).getByRole('button', { name: 'Management review' }));
      expect(shownEntry()).toBe('Management review');
    });

    it('says so when nothing in the guidance matches', async () => {
      await indexGuidance(db, CATALOG);
      renderPanel();

      search('xylophone');

      expect((await screen.findByText('Nothing in the guidance matches “xylophone”.')).tagName).toBe('P');
    });

    it('shows the guidance again when the search box is emptied', async () => {
      await indexGuidance(db, CATALOG);
      renderPanel();
      search('calib');
      await screen.findByRole('region', { name: 'Search results' });

      search('  ');

      expect(screen.queryByRole('region', { name: 'Search results' })).toBeNull();
      expect(shownEntry()).toBe('Clause 7.5');
    });
  });

  describe('all clauses', () => {
    it("shows the clause tree on 'Browse', with the group of the shown clause open", () => {
      renderPanel();

      fireEvent.click(screen.getByRole('button', { name: 'Browse' }));

      const tree = screen.getByRole('navigation', { name: 'Browse guidance' });
      const top = within(tree).getByRole('list', { name: 'Clauses of ISO 9001' });
      expect([...top.children].map((item) => item.querySelector('.tree-link .clause-number')?.textContent)).toEqual([
        '4',
        '5',
        '7',
        '8',
        '9',
        '10',
      ]);
      expect(screen.getByRole('button', { name: 'Collapse 7' }).getAttribute('aria-expanded')).toBe('true');
      expect(screen.getByRole('button', { name: '7.5 Documented information' }).getAttribute('aria-current')).toBe('true');
      expect(screen.queryByRole('button', { name: '9.2 Internal audit' })).toBeNull();
      expect(shownEntry()).toBeNull();
    });

    it('shows the sub-clauses of a group when it is expanded, and hides them when collapsed', () => {
      renderPanel();
      fireEvent.click(screen.getByRole('button', { name: 'Browse' }));

      fireEvent.click(screen.getByRole('button', { name: 'Expand 9' }));

      expect(screen.getByRole('button', { name: 'Collapse 9' }).getAttribute('aria-expanded')).toBe('true');
      expect(screen.getByRole('button', { name: '9.2 Internal audit' })).toBeTruthy();
      expect(screen.getByRole('button', { name: '9.3 Management review' })).toBeTruthy();

      fireEvent.click(screen.getByRole('button', { name: 'Collapse 9' }));

      expect(screen.queryByRole('button', { name: '9.2 Internal audit' })).toBeNull();
    });

    it('opens a clause chosen in the tree and goes back to the guidance', () => {
      renderPanel();
      fireEvent.click(screen.getByRole('button', { name: 'Browse' }));
      fireEvent.click(screen.getByRole('button', { name: 'Expand 7.1' }));

      fireEvent.click(screen.getByRole('button', { name: '7.1.5 Monitoring and measuring resources' }));

      expect(shownEntry()).toBe('Clause 7.1.5');
      expect(screen.getByRole('button', { name: 'Guidance' }).getAttribute('aria-pressed')).toBe('true');
      expect(screen.queryByRole('navigation', { name: 'Browse guidance' })).toBeNull();
    });

    it('lists the foundations with the ones beneath them, and the certification steps, and opens them', () => {
      renderPanel();
      fireEvent.click(screen.getByRole('button', { name: 'Browse' }));
      const tree = screen.getByRole('navigation', { name: 'Browse guidance' });

      const child = within(tree).getByRole('button', { name: 'Plan, do, check, act' });
      expect(child.closest('li')?.className).toBe('tree-child');
      expect([...tree.querySelectorAll('ol .tree-link')].map((link) => link.textContent)).toEqual([
        'Gap analysis',
        'Implementation',
        'Internal audit',
        'Management review',
        'Stage 1 audit',
      ]);

      fireEvent.click(within(tree).getByRole('button', { name: 'The process approach' }));

      expect(shownEntry()).toBe('The process approach');
    });
  });

  describe('self-check', () => {
    it('says an answer is right, with the explanation', () => {
      renderPanel({ sectionClause: '5.2' });
      const statement = screen.getByText('Every employee has to sign the quality policy.').closest('li') as HTMLElement;

      fireEvent.click(within(statement).getByRole('button', { name: 'False' }));

      expect(statement.querySelector('.self-check-right')?.textContent).toBe(
        'Right: it is false. It has to be communicated and understood; nobody has to sign it.',
      );
      expect(within(statement).queryByRole('button')).toBeNull();
    });

    it('says an answer is wrong, with the right one and the explanation', () => {
      renderPanel({ sectionClause: '5.2' });
      const statement = screen.getByText('The policy is available to relevant interested parties.').closest('li') as HTMLElement;

      fireEvent.click(within(statement).getByRole('button', { name: 'False' }));

      expect(statement.querySelector('.self-check-wrong')?.textContent).toBe(
        'Not quite: it is true. Customers and suppliers may ask for it, so it has to be available to them.',
      );
      // The other statement is still unanswered.
      expect(screen.getAllByRole('button', { name: 'True' })).toHaveLength(1);
    });
  });

  describe('templates', () => {
    it("offers 'Create from this template' for a template in the library and asks for it", () => {
      const { onCreateFromTemplate } = renderPanel({ sectionClause: '5.2' });
      const templates = entry().querySelector('.guidance-templates') as HTMLElement;
      expect(templates.textContent).toBe('Quality PolicyCreate from this template');

      fireEvent.click(within(templates).getByRole('button', { name: 'Create from this template' }));

      expect(onCreateFromTemplate.mock.calls).toEqual([['quality-policy']]);
    });

    it('says plainly when a template named by the guidance is missing or broken, without a button', () => {
      renderPanel({ sectionClause: '9.2' });
      const templates = entry().querySelector('.guidance-templates') as HTMLElement;

      expect([...templates.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
        'internal audit (its file is missing or broken)',
        'internal audit report (its file is missing or broken)',
      ]);
      expect(screen.queryByRole('button', { name: 'Create from this template' })).toBeNull();
    });

    it('offers the button only beside the templates that are available', () => {
      renderPanel({ sectionClause: '9.2', availableTemplates: new Map([['internal-audit-report', 'Internal Audit Report']]) });
      const items = [...(entry().querySelector('.guidance-templates') as HTMLElement).querySelectorAll('li')];

      expect(items.map((item) => within(item).queryByRole('button') !== null)).toEqual([false, true]);
    });
  });
});
