import { catalogEntries } from '../../../src-shared/guidance/catalog-entries';
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src-renderer/src/App';
import { fail, ok } from '../../../src-shared/api/result';
import { button, db, fakeApi, headerStatus, openApp, TODAY, withTestDatabase } from './app-harness';
import { CATALOG } from './catalog-fixture';
import { fakeStorage } from './fake-storage';
import { POLICY, PROCEDURE } from './sample-data';

withTestDatabase();

describe('App', () => {
  it("lists the project's documents and opens the first one", async () => {
    const api = fakeApi({ documents: [POLICY, PROCEDURE] });
    const storage = fakeStorage();
    render(<App db={db} api={api} mode="browser" storage={storage} />);

    await screen.findByRole('heading', { level: 1, name: 'Quality Policy' });
    expect(screen.getAllByRole('button', { name: /POL-001|PRO-001/ })).toHaveLength(2);
    expect(screen.getByRole('button', { name: /POL-001/ }).getAttribute('aria-current')).toBe('true');
    expect(api.readDocument).toHaveBeenCalledWith({ id: 'POL-001' });
    expect(storage.getItem('qms-last-document')).toBe('POL-001');
    expect(screen.getByText('Harrow Precision Components', { selector: '.project-name' })).toBeTruthy();
    expect(screen.getByText('Browser mode')).toBeTruthy();
  });

  it("opens the document stored under 'qms-last-document' instead of the first", async () => {
    const api = fakeApi();
    render(<App db={db} api={api} mode="desktop" storage={fakeStorage({ 'qms-last-document': 'PRO-001' })} />);

    await screen.findByRole('heading', { level: 1, name: 'Control of Documented Information' });
    expect(api.readDocument).toHaveBeenCalledTimes(1);
    expect(api.readDocument).toHaveBeenCalledWith({ id: 'PRO-001' });
    expect(screen.getByRole('button', { name: /PRO-001/ }).getAttribute('aria-current')).toBe('true');
    expect(screen.queryByText('Browser mode')).toBeNull();
  });

  it('opens the first document when the stored one is no longer in the project', async () => {
    const api = fakeApi();
    render(<App db={db} api={api} mode="desktop" storage={fakeStorage({ 'qms-last-document': 'WI-099' })} />);

    await screen.findByRole('heading', { level: 1, name: 'Quality Policy' });
    expect(api.readDocument).toHaveBeenCalledWith({ id: 'POL-001' });
  });

  it('shows the document text in the editor', async () => {
    render(<App db={db} api={fakeApi()} mode="desktop" storage={fakeStorage({ 'qms-last-document': 'PRO-001' })} />);

    const editor = await screen.findByRole('textbox', { name: 'Control of Documented Information: document text' });
    await waitFor(() => expect(editor.textContent).toBe('Hello'));
  });

  it('opens a document clicked in the list and remembers it, without writing the unchanged one', async () => {
    const api = fakeApi();
    const storage = fakeStorage();
    render(<App db={db} api={api} mode="desktop" storage={storage} />);
    await screen.findByRole('heading', { level: 1, name: 'Quality Policy' });

    fireEvent.click(screen.getByRole('button', { name: /PRO-001/ }));

    await screen.findByRole('heading', { level: 1, name: 'Control of Documented Information' });
    expect(api.readDocument.mock.calls.map(([request]) => request.id)).toEqual(['POL-001', 'PRO-001']);
    expect(storage.getItem('qms-last-document')).toBe('PRO-001');
    expect(screen.getByRole('button', { name: /PRO-001/ }).getAttribute('aria-current')).toBe('true');
    expect(api.saveDocument).not.toHaveBeenCalled();
  });

  it('shows a project with no documents without opening any', async () => {
    const api = fakeApi({ documents: [] });
    render(<App db={db} api={api} mode="desktop" storage={fakeStorage()} />);

    await screen.findByText('This project has no documents yet.');
    expect(screen.getByText('Choose a document on the left, or start a new one from a template.')).toBeTruthy();
    expect(api.readDocument).not.toHaveBeenCalled();
  });

  it('shows why a document could not be read', async () => {
    const api = fakeApi();
    api.readDocument.mockResolvedValueOnce(fail('damaged', 'POL-001.json is not valid JSON.'));
    render(<App db={db} api={api} mode="desktop" storage={fakeStorage()} />);

    const notice = await screen.findByRole('status');
    expect(notice.textContent).toBe('POL-001.json is not valid JSON.');
    expect(screen.getByText('Choose a document on the left, or start a new one from a template.')).toBeTruthy();
  });

  it("shows 'The project could not be opened' with the error message when get-project fails", async () => {
    const api = fakeApi({ projectResult: fail('not-found', 'No qms-project.json in /home/tom/QMS.') });
    render(<App db={db} api={api} mode="desktop" storage={fakeStorage()} />);

    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('The project could not be opened');
    expect(screen.getByText('No qms-project.json in /home/tom/QMS.')).toBeTruthy();
    expect(api.readDocument).not.toHaveBeenCalled();
  });

  it('starts listening for external changes once, from cursor 0', async () => {
    const api = fakeApi();
    await openApp(api, 'POL-001');
    expect(api.pollChanges).toHaveBeenCalledTimes(1);
    expect(api.pollChanges).toHaveBeenCalledWith({ after: 0 });
  });

  describe('document control', () => {
    it("asks for the user's name before 'Submit for review' when none is set", async () => {
      const api = fakeApi({ userName: null });
      await openApp(api, 'WI-001');
      expect(button('Set your name')).toBeTruthy();

      fireEvent.click(button('Submit for review'));

      const dialog = await screen.findByRole('dialog', { name: 'Your name' });
      expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Name' }).value).toBe('');
      expect(api.changeStatus).not.toHaveBeenCalled();
    });

    it('saves the name entered in that dialog, then submits the document for review', async () => {
      const api = fakeApi({ userName: null });
      await openApp(api, 'WI-001');
      fireEvent.click(button('Submit for review'));
      const dialog = await screen.findByRole('dialog', { name: 'Your name' });

      fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: '  Tom Okafor ' } });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(api.changeStatus).toHaveBeenCalledTimes(1));
      expect(api.setUserName).toHaveBeenCalledWith({ userName: 'Tom Okafor' });
      expect(api.setUserName.mock.invocationCallOrder[0]).toBeLessThan(api.changeStatus.mock.invocationCallOrder[0] ?? 0);
      expect(api.changeStatus.mock.calls[0]?.[0]).toStrictEqual({ id: 'WI-001', to: 'in-review' });
      await waitFor(() => expect(headerStatus()).toBe('In review'));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(button('Tom Okafor')).toBeTruthy();
    });

    it("refuses an empty name in the 'Your name' dialog and submits nothing", async () => {
      const api = fakeApi({ userName: null });
      await openApp(api, 'WI-001');
      fireEvent.click(button('Submit for review'));
      const dialog = await screen.findByRole('dialog', { name: 'Your name' });

      fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: '   ' } });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

      expect((await within(dialog).findByRole('alert')).textContent).toBe('Enter your name.');
      expect(api.setUserName).not.toHaveBeenCalled();
      expect(api.changeStatus).not.toHaveBeenCalled();
      expect(headerStatus()).toBe('Draft');
    });

    it('changes the name and the templates folder from the top bar without changing any status', async () => {
      const api = fakeApi({ userName: 'Tom Okafor' });
      await openApp(api, 'WI-001');

      fireEvent.click(button('Tom Okafor'));
      const dialog = await screen.findByRole('dialog', { name: 'Settings' });
      const name = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Your name' });
      expect(name.value).toBe('Tom Okafor');
      fireEvent.change(name, { target: { value: 'Thomas Okafor' } });
      fireEvent.change(within(dialog).getByRole('textbox', { name: /Your templates folder/ }), {
        target: { value: '/home/tom/My templates' },
      });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

      await screen.findByRole('button', { name: 'Thomas Okafor' });
      expect(api.setUserName).toHaveBeenCalledWith({ userName: 'Thomas Okafor' });
      expect(api.setTemplatesFolder).toHaveBeenCalledWith({ folder: '/home/tom/My templates' });
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(api.changeStatus).not.toHaveBeenCalled();
    });

    it('asks who is working on the first run, before anything is recorded', async () => {
      const api = fakeApi({ userName: null });
      await openApp(api, 'WI-001');
      const dialog = await screen.findByRole('dialog', { name: 'Your name' });
      fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'Dana Whitfield' } });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      await screen.findByRole('button', { name: 'Dana Whitfield' });
      expect(api.setUserName).toHaveBeenCalledWith({ userName: 'Dana Whitfield' });
    });

    it('submits for review at once when the name is set, and shows the status of the re-read document', async () => {
      const api = fakeApi({ userName: 'Tom Okafor' });
      await openApp(api, 'WI-001');
      expect(headerStatus()).toBe('Draft');

      fireEvent.click(button('Submit for review'));

      await waitFor(() => expect(headerStatus()).toBe('In review'));
      expect(api.changeStatus.mock.calls.map(([request]) => request)).toStrictEqual([{ id: 'WI-001', to: 'in-review' }]);
      expect(api.readDocument.mock.calls.map(([request]) => request.id)).toEqual(['WI-001', 'WI-001']);
      expect(screen.queryByRole('dialog')).toBeNull();
      // The buttons follow the new status.
      expect(button('Return to draft')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Submit for review' })).toBeNull();
      // The list on the left was refreshed from the project.
      const nav = screen.getByRole('navigation', { name: 'Documents' });
      expect(
        within(nav)
          .getByRole('button', { name: /WI-001/ })
          .querySelector('.status-badge')?.textContent,
      ).toBe('In review');
    });

    it("opens the approval dialog on 'Approve…' and approves with the approver's name", async () => {
      const api = fakeApi({ userName: 'Tom Okafor' });
      await openApp(api, 'PRO-001');

      fireEvent.click(button('Approve…'));

      const dialog = await screen.findByRole('dialog', { name: 'Approve PRO-001 revision 2' });
      const approver = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Approved by' });
      expect(approver.value).toBe('Tom Okafor');
      expect(api.changeStatus).not.toHaveBeenCalled();

      fireEvent.change(approver, { target: { value: 'Elaine Marsh' } });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));

      await waitFor(() => expect(headerStatus()).toBe('Approved'));
      expect(api.changeStatus.mock.calls.map(([request]) => request)).toStrictEqual([
        { id: 'PRO-001', to: 'approved', by: 'Elaine Marsh' },
      ]);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getByText('Elaine Marsh, 2026-03-10')).toBeTruthy();
    });

    it('passes the note and a changed review date with the approval', async () => {
      const api = fakeApi({ userName: 'Elaine Marsh' });
      await openApp(api, 'PRO-001');
      fireEvent.click(button('Approve…'));
      const dialog = await screen.findByRole('dialog', { name: /Approve PRO-001/ });

      fireEvent.change(within(dialog).getByLabelText('Next review'), { target: { value: '2026-09-30' } });
      fireEvent.change(within(dialog).getByRole('textbox', { name: 'Note for the history (optional)' }), {
        target: { value: 'Agreed at the management review' },
      });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));

      await waitFor(() => expect(api.changeStatus).toHaveBeenCalledTimes(1));
      expect(api.changeStatus.mock.calls[0]?.[0]).toStrictEqual({
        id: 'PRO-001',
        to: 'approved',
        by: 'Elaine Marsh',
        note: 'Agreed at the management review',
        nextReviewDate: '2026-09-30',
      });
    });

    it('closes the approval dialog on Cancel without changing anything', async () => {
      const api = fakeApi({ userName: 'Elaine Marsh' });
      await openApp(api, 'PRO-001');
      fireEvent.click(button('Approve…'));
      const dialog = await screen.findByRole('dialog', { name: /Approve PRO-001/ });

      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

      expect(screen.queryByRole('dialog')).toBeNull();
      expect(api.changeStatus).not.toHaveBeenCalled();
      expect(headerStatus()).toBe('In review');
    });

    it('shows the message of a refused status change and keeps the status', async () => {
      const api = fakeApi({ userName: 'Tom Okafor' });
      api.changeStatus.mockResolvedValueOnce(fail('read-only', 'This project is open read-only. Another program holds it.'));
      await openApp(api, 'WI-001');

      fireEvent.click(button('Submit for review'));

      const notice = await screen.findByText('This project is open read-only. Another program holds it.');
      expect(notice.getAttribute('role')).toBe('status');
      expect(headerStatus()).toBe('Draft');
      expect(api.readDocument).toHaveBeenCalledTimes(1);
    });

    it('refuses a next review date that is not after today before asking the main process', async () => {
      const api = fakeApi({ userName: 'Elaine Marsh' });
      await openApp(api, 'PRO-001');
      fireEvent.click(button('Approve…'));
      const dialog = await screen.findByRole('dialog', { name: /Approve PRO-001/ });
      fireEvent.change(within(dialog).getByLabelText('Next review'), { target: { value: TODAY } });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
      const alert = await within(dialog).findByRole('alert');
      expect(alert.textContent).toBe(`Choose a next review date after ${TODAY}.`);
      expect(api.changeStatus).not.toHaveBeenCalled();
    });

    it('shows a refused approval inside the approval dialog, which stays open', async () => {
      const api = fakeApi({ userName: 'Elaine Marsh' });
      await openApp(api, 'PRO-001');
      fireEvent.click(button('Approve…'));
      const dialog = await screen.findByRole('dialog', { name: /Approve PRO-001/ });

      // The main process refuses (here: the document changed meanwhile); the dialog shows why.
      api.changeStatus.mockResolvedValueOnce(fail('invalid-request', 'PRO-001 is draft and cannot move to approved.'));
      fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));

      const alert = await within(dialog).findByRole('alert');
      expect(alert.textContent).toBe('PRO-001 is draft and cannot move to approved.');
      expect(screen.getByRole('dialog', { name: /Approve PRO-001/ })).toBeTruthy();
      expect(headerStatus()).toBe('In review');
    });

    it("asks before 'Make obsolete…' and changes nothing when the user declines", async () => {
      const api = fakeApi({ userName: 'Elaine Marsh' });
      const confirm = vi.fn<(question: string) => boolean>(() => false);
      await openApp(api, 'POL-001', confirm);

      fireEvent.click(button('Make obsolete…'));

      await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
      expect(confirm.mock.calls[0]?.[0]).toMatch(/^Make POL-001 obsolete\?/);
      expect(api.changeStatus).not.toHaveBeenCalled();
      expect(headerStatus()).toBe('Approved');
    });

    it('makes the document obsolete when the user confirms, leaving only its history, export and save as template', async () => {
      const api = fakeApi({ userName: 'Elaine Marsh' });
      await openApp(api, 'POL-001', () => true);

      fireEvent.click(button('Make obsolete…'));

      await waitFor(() => expect(headerStatus()).toBe('Obsolete'));
      expect(api.changeStatus.mock.calls[0]?.[0]).toStrictEqual({ id: 'POL-001', to: 'obsolete' });
      const group = screen.getByRole('group', { name: 'Document control' });
      expect(
        within(group)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['History', 'Export to Word…', 'Save as template…']);
    });

    it("opens the history of the document on 'History'", async () => {
      const api = fakeApi({ userName: 'Elaine Marsh' });
      api.getHistory.mockResolvedValue(
        ok({
          entries: [
            {
              at: '2026-02-26T10:00:00.000Z',
              by: 'Elaine Marsh',
              document: 'POL-001',
              event: 'status-changed',
              from: { status: 'in-review', revision: '3' },
              to: { status: 'approved', revision: '3' },
            },
          ],
        }),
      );
      await openApp(api, 'POL-001');

      fireEvent.click(button('History'));

      const panel = await screen.findByRole('region', { name: 'History' });
      await within(panel).findByText('Approved: revision 3');
      expect(api.getHistory).toHaveBeenCalledWith({ id: 'POL-001' });
      expect(button('History').getAttribute('aria-expanded')).toBe('true');
    });
  });

  describe('master list', () => {
    it("shows the master list table on 'Master list' and opens the document whose number is clicked", async () => {
      const api = fakeApi();
      await openApp(api, 'POL-001');

      fireEvent.click(button('Master list'));

      const table = await screen.findByRole('table');
      expect(screen.getByRole('heading', { level: 1, name: 'Master document list' })).toBeTruthy();
      expect(button('Master list').getAttribute('aria-pressed')).toBe('true');
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual(['POL-001', 'PRO-001', 'WI-001']);

      fireEvent.click(within(table).getByRole('button', { name: 'PRO-001' }));

      await screen.findByRole('heading', { level: 1, name: 'Control of Documented Information' });
      expect(screen.queryByRole('table')).toBeNull();
      expect(api.readDocument).toHaveBeenLastCalledWith({ id: 'PRO-001' });
    });
  });

  describe('new document', () => {
    it('lists the templates from list-templates, previews the chosen one with its number, creates it and opens it', async () => {
      const api = fakeApi();
      await openApp(api, 'POL-001');
      // The app itself asks once at the start, for the templates the guidance may offer.
      await waitFor(() => expect(api.listTemplates).toHaveBeenCalledTimes(1));

      fireEvent.click(button('New document'));

      const dialog = await screen.findByRole('dialog', { name: 'New document' });
      const gallery = within(dialog).getByRole('listbox', { name: 'Templates' });
      await waitFor(() => expect(within(gallery).getAllByRole('option')).toHaveLength(3));
      expect(api.listTemplates).toHaveBeenCalledTimes(2);
      expect(
        within(gallery)
          .getAllByRole('option')
          .map((option) => option.querySelector('.gallery-card-title')?.textContent),
      ).toEqual(['Quality Policy', 'Work Instruction', 'Blank document']);

      fireEvent.click(within(gallery).getByRole('option', { name: /Work Instruction/ }));
      await within(dialog).findByText('WI-002');
      expect(api.previewTemplate).toHaveBeenLastCalledWith({ id: 'work-instruction' });
      fireEvent.change(within(dialog).getByRole('textbox', { name: 'Title' }), {
        target: { value: 'Cleaning of Coolant Tanks' },
      });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

      await screen.findByRole('heading', { level: 1, name: 'Cleaning of Coolant Tanks' });
      expect(api.createDocument.mock.calls.map(([request]) => request)).toStrictEqual([
        { templateId: 'work-instruction', title: 'Cleaning of Coolant Tanks' },
      ]);
      expect(api.readDocument).toHaveBeenLastCalledWith({ id: 'WI-002' });
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getByRole('button', { name: /WI-002/ }).getAttribute('aria-current')).toBe('true');
    });
  });

  describe('read-only project', () => {
    it("shows 'Read-only:' with the reason and disables the status buttons and 'New document'", async () => {
      const api = fakeApi({
        userName: 'Tom Okafor',
        project: { readOnlyReason: 'Tom Okafor has it open on WS-12 since 08:14.' },
      });
      await openApp(api, 'PRO-001');

      expect(screen.getByText('Read-only: Tom Okafor has it open on WS-12 since 08:14.')).toBeTruthy();
      expect(button('Return to draft').disabled).toBe(true);
      expect(button('Approve…').disabled).toBe(true);
      expect(button('New document').disabled).toBe(true);
      expect(button('History').disabled).toBe(false);

      fireEvent.click(button('Approve…'));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(api.changeStatus).not.toHaveBeenCalled();
    });
  });

  describe('clause guidance', () => {
    /** The guidance panel beside the editor. */
    function panel(): HTMLElement {
      return screen.getByRole('complementary', { name: 'Clause guidance' });
    }

    function shownEntry(): string | null | undefined {
      return panel().querySelector('.guidance-entry')?.getAttribute('aria-label');
    }

    it("loads the clause catalog and shows the guidance for the open document's first clause", async () => {
      const api = fakeApi();
      await openApp(api, 'PRO-001');

      await waitFor(() => expect(shownEntry()).toBe('Clause 7.5'));
      expect(api.getCatalog).toHaveBeenCalledWith({});
      expect(
        within(panel())
          .getAllByRole('button', { name: '7.5' })
          .map((chip) => chip.getAttribute('aria-pressed')),
      ).toEqual(['true']);
    });

    it('indexes the catalog into the database it is given, so the guidance search finds entries', async () => {
      const api = fakeApi();
      await openApp(api, 'POL-001');
      await waitFor(async () => expect(await db.guidance.count()).toBe(catalogEntries(CATALOG).length));

      fireEvent.change(within(panel()).getByRole('searchbox', { name: 'Search the guidance' }), { target: { value: 'calib' } });

      const results = await within(panel()).findByRole('region', { name: 'Search results' });
      await waitFor(() =>
        expect(
          within(results)
            .getAllByRole('button')
            .map((hit) => hit.textContent),
        ).toEqual(['7.1.5.2 Measurement traceability', '7.1.5 Monitoring and measuring resources']),
      );
    });

    it('says in the guidance panel why the clause guidance could not be loaded, even after a document opens', async () => {
      const api = fakeApi();
      api.getCatalog.mockResolvedValueOnce(fail('damaged', 'The clause catalog file clauses-7.yaml is not valid.'));
      render(<App db={db} api={api} mode="desktop" storage={fakeStorage()} />);

      await screen.findByRole('heading', { level: 1, name: 'Quality Policy' });
      await waitFor(() =>
        expect(panel().textContent).toContain(
          'The clause guidance could not be loaded: The clause catalog file clauses-7.yaml is not valid.',
        ),
      );
    });

    it('keeps a pinned clause when another document is opened, and remembers the pin', async () => {
      const api = fakeApi();
      const storage = fakeStorage({ 'qms-last-document': 'POL-001' });
      await openApp(api, 'POL-001', undefined, storage);
      await waitFor(() => expect(shownEntry()).toBe('Clause 5.2'));

      fireEvent.click(within(panel()).getByRole('button', { name: 'Pin this clause' }));

      expect(storage.getItem('qms-pinned-clause')).toBe('5.2');
      fireEvent.click(screen.getByRole('button', { name: /PRO-001/ }));
      await screen.findByRole('heading', { level: 1, name: 'Control of Documented Information' });
      expect(shownEntry()).toBe('Clause 5.2');

      fireEvent.click(within(panel()).getByRole('button', { name: 'Unpin 5.2' }));

      expect(storage.getItem('qms-pinned-clause')).toBeNull();
      expect(shownEntry()).toBe('Clause 7.5');
    });

    it('starts with the clause pinned in an earlier session', async () => {
      const api = fakeApi();
      await openApp(api, 'POL-001', undefined, fakeStorage({ 'qms-last-document': 'POL-001', 'qms-pinned-clause': '9.3' }));

      await waitFor(() => expect(shownEntry()).toBe('Clause 9.3'));
      expect(within(panel()).getByRole('button', { name: 'Unpin 9.3' })).toBeTruthy();
    });

    it('creates a document from a template the guidance offers, and opens it', async () => {
      const api = fakeApi();
      await openApp(api, 'POL-001');
      await waitFor(() => expect(shownEntry()).toBe('Clause 5.2'));

      fireEvent.click(await within(panel()).findByRole('button', { name: 'Create from this template' }));
      // The gallery opens on that template, so the user sees what they get before it is created.
      const dialog = await screen.findByRole('dialog', { name: 'New document' });
      await waitFor(() =>
        expect(
          within(within(dialog).getByRole('listbox')).getByRole('option', { selected: true }).querySelector('.gallery-card-title')
            ?.textContent,
        ).toBe('Quality Policy'),
      );
      fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

      await waitFor(() => expect(api.readDocument).toHaveBeenLastCalledWith({ id: 'WI-002' }));
      expect(api.createDocument.mock.calls.map(([request]) => request)).toStrictEqual([{ templateId: 'quality-policy' }]);
      await waitFor(() => expect(document.querySelector('.document-header .doc-id')?.textContent).toBe('WI-002'));
    });
  });

  describe('coverage', () => {
    function gapRows(): string[] {
      return [...screen.getByRole('table').querySelectorAll('tbody tr.gap')].map(
        (row) => row.querySelector('.clause-number')?.textContent ?? '',
      );
    }

    function row(id: string): HTMLElement {
      const found = [...screen.getByRole('table').querySelectorAll<HTMLElement>('tbody tr')].find(
        (candidate) => candidate.querySelector('.clause-number')?.textContent === id,
      );
      if (!found) throw new Error(`No row for clause ${id}.`);
      return found;
    }

    it('shows the gaps left by the documents and the clauses their sections are tagged with', async () => {
      const api = fakeApi({ project: { sectionClauses: { 'PRO-001': ['9.2'] } } });
      await openApp(api, 'POL-001');

      fireEvent.click(button('Coverage'));

      await screen.findByRole('heading', { level: 1, name: 'Coverage of ISO 9001' });
      await waitFor(() => expect(gapRows()).toEqual(['4.3', '7.1.5', '7.1.5.2', '8.3', '9.3', '10.2']));
      expect(within(row('9.2')).getByRole('button', { name: 'PRO-001' })).toBeTruthy();
      expect(
        within(row('5.2'))
          .getAllByRole('button', { name: /^(POL|WI)-/ })
          .map((b) => b.textContent),
      ).toEqual(['POL-001', 'WI-001']);
    });

    it('creates a blank record for a gap the standard wants retained, and opens it', async () => {
      const api = fakeApi();
      await openApp(api, 'POL-001');
      fireEvent.click(button('Coverage'));
      await screen.findByRole('table');

      fireEvent.click(within(row('7.1.5')).getByRole('button', { name: 'Create a document for clause 7.1.5' }));
      // No template addresses 7.1.5 here, so the gallery offers a blank document headed with the clause.
      const dialog = await screen.findByRole('dialog', { name: 'New document' });
      await within(dialog).findByText('for clause 7.1.5', { exact: false });
      expect(within(within(dialog).getByRole('listbox')).getByRole('option', { selected: true }).textContent).toContain(
        'Blank document',
      );
      expect(within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Type' }).value).toBe('record');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

      await screen.findByRole('heading', { level: 1, name: 'Monitoring and measuring resources' });
      expect(api.createDocument.mock.calls.map(([request]) => request)).toStrictEqual([
        { blank: { type: 'record', clause: '7.1.5' } },
      ]);
      expect(screen.queryByRole('table')).toBeNull();
      expect(screen.getByRole('button', { name: /REC-001/ }).getAttribute('aria-current')).toBe('true');
    });

    it('opens the guidance of a clause whose number is clicked', async () => {
      const api = fakeApi();
      await openApp(api, 'POL-001');
      fireEvent.click(button('Coverage'));
      await screen.findByRole('table');

      fireEvent.click(within(row('9.3')).getByRole('button', { name: '9.3' }));

      await waitFor(() => expect(shownEntry()).toBe('Clause 9.3'));
      expect(screen.queryByRole('table')).toBeNull();
      expect(document.querySelector('.document-header .doc-id')?.textContent).toBe('POL-001');
    });

    function shownEntry(): string | null | undefined {
      return screen
        .getByRole('complementary', { name: 'Clause guidance' })
        .querySelector('.guidance-entry')
        ?.getAttribute('aria-label');
    }
  });

  describe('readiness', () => {
    function stepItem(title: string): HTMLElement {
      const found = [...document.querySelectorAll<HTMLElement>('.certification-steps > li')].find(
        (item) => item.querySelector('.step-title')?.textContent === title,
      );
      if (!found) throw new Error(`No step ${title}.`);
      return found;
    }

    it('records a step ticked as done and shows it recorded, from the project read again', async () => {
      const api = fakeApi();
      await openApp(api, 'POL-001');
      fireEvent.click(button('Readiness'));
      await screen.findByRole('heading', { level: 1, name: 'Readiness for certification' });
      await waitFor(() => expect(stepItem('Stage 1 audit').textContent).toContain('Not recorded as done yet.'));
      const projectReads = api.getProject.mock.calls.length;

      fireEvent.click(within(stepItem('Stage 1 audit')).getByRole('checkbox', { name: 'Done: Stage 1 audit' }));

      await waitFor(() => expect(stepItem('Stage 1 audit').textContent).toContain('Recorded as done on 2026-03-10.'));
      expect(api.recordCertificationStep.mock.calls.map(([request]) => request)).toStrictEqual([
        { step: 'stage-1-audit', done: true },
      ]);
      expect(api.getProject.mock.calls.length).toBe(projectReads + 1);
      expect(within(stepItem('Stage 1 audit')).getByRole<HTMLInputElement>('checkbox').checked).toBe(true);
    });

    it('shows a certification step recorded in the project as done', async () => {
      const api = fakeApi({ project: { certification: { 'gap-analysis': { done: true, date: '2026-01-15' } } } });
      await openApp(api, 'POL-001');
      fireEvent.click(button('Readiness'));

      await waitFor(() => expect(stepItem('Gap analysis').textContent).toContain('Recorded as done on 2026-01-15.'));
    });

    it('opens the guidance of a step whose title is clicked', async () => {
      const api = fakeApi();
      await openApp(api, 'POL-001');
      fireEvent.click(button('Readiness'));
      await screen.findByRole('heading', { level: 1, name: 'Readiness for certification' });

      fireEvent.click(await screen.findByRole('button', { name: 'Implementation' }));

      const guidance = await screen.findByRole('complementary', { name: 'Clause guidance' });
      await waitFor(() => expect(guidance.querySelector('.guidance-entry h3')?.textContent).toBe('Step 2: Implementation'));
    });
  });
});
