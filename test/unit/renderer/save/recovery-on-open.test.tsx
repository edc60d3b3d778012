import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../src-renderer/src/App';
import { EditJournal } from '../../../../src-renderer/src/save/edit-journal';
import { fail } from '../../../../src-shared/api/result';
import { paragraphsContent } from '../../../../src-shared/editor/nodes';
import { button, db, fakeApi, TEXTS, version, withTestDatabase } from '../app-harness';
import { fakeStorage } from '../fake-storage';
import { sampleProject } from '../sample-data';

withTestDatabase();

const FOLDER = sampleProject().folder;
const RECOVERED = 'Harrow is committed to quality, and to on-time delivery.';

/** What was in the journal when the program stopped: edits to POL-001 made on `base`. */
function journalled(text = RECOVERED, base = version(1)) {
  return new EditJournal(db, FOLDER).record({
    documentId: 'POL-001',
    title: 'Quality Policy',
    content: paragraphsContent(text),
    baseVersion: base,
    writer: 'the editor before the crash',
    seq: 12,
  });
}

function start(api: ReturnType<typeof fakeApi>) {
  render(<App api={api} db={db} mode="browser" storage={fakeStorage({ 'qms-last-document': 'POL-001' })} />);
}

const editorText = () => document.querySelector('.editor-input:not(.preview-input)')?.textContent;

describe('edits left in the journal when a document opens', () => {
  it('are offered with a preview, and nothing is applied before the user chooses', async () => {
    await journalled();
    const api = fakeApi();
    start(api);
    const dialog = await screen.findByRole('dialog', { name: 'Unsaved changes to POL-001' });
    // The preview and the focus settle after the dialog appears; on a busy machine, a moment later.
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Unsaved text of Quality Policy' }).textContent).toBe(RECOVERED),
    );
    expect(editorText()).toBeUndefined();
    // A reflex Enter recovers rather than discards.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Recover my changes'));
    // Escape leaves the choice open rather than decide it.
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.getByRole('dialog', { name: 'Unsaved changes to POL-001' })).toBeTruthy();
    expect(api.saveDocument).not.toHaveBeenCalled();
  });

  it('Recover puts them in the editor as unsaved changes and saves them on the version they were made on', async () => {
    await journalled();
    const api = fakeApi();
    start(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Recover my changes' }));
    await waitFor(() => expect(editorText()).toBe(RECOVERED));
    await waitFor(() => expect(api.saveDocument).toHaveBeenCalledTimes(1), { timeout: 3000 });
    const [request] = api.saveDocument.mock.calls[0] ?? [];
    expect(request?.baseVersion).toBe(version(1));
    expect(JSON.stringify(request?.content)).toContain(RECOVERED);
    await waitFor(async () => expect(await new EditJournal(db, FOLDER).get('POL-001')).toBeUndefined());
  });

  it('Discard deletes them and shows the file on disk', async () => {
    await journalled();
    const api = fakeApi();
    start(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Discard them' }));
    await waitFor(() => expect(editorText()).toBe(TEXTS['POL-001']));
    expect(await new EditJournal(db, FOLDER).get('POL-001')).toBeUndefined();
    expect(api.saveDocument).not.toHaveBeenCalled();
  });

  it('that equal the file on disk are dropped without asking', async () => {
    await journalled(TEXTS['POL-001']);
    start(fakeApi());
    await waitFor(() => expect(editorText()).toBe(TEXTS['POL-001']));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await new EditJournal(db, FOLDER).get('POL-001')).toBeUndefined();
  });

  it('made on a version changed since run into the conflict choices; Keep both keeps them as a new document', async () => {
    await journalled(RECOVERED, version(99));
    const api = fakeApi();
    api.saveDocument.mockImplementation(async ({ id }) => fail('conflict', `${id} was changed on disk.`));
    start(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Recover my changes' }));
    const keepBoth = await screen.findByRole('button', { name: 'Keep both (save my text as a new document)' }, { timeout: 3000 });
    expect(screen.getByTestId('save-status').getAttribute('data-state')).toBe('conflict');

    fireEvent.click(keepBoth);
    await waitFor(() => expect(api.saveAsCopy).toHaveBeenCalledTimes(1));
    expect(api.saveAsCopy.mock.calls[0]?.[0].id).toBe('POL-001');
    expect(JSON.stringify(api.saveAsCopy.mock.calls[0]?.[0].content)).toContain(RECOVERED);
    await screen.findByText('Your text is kept as POL-101 “Quality Policy (my copy)”; POL-001 now shows the version on disk.');
    await waitFor(() => expect(editorText()).toBe(TEXTS['POL-001']));
    expect(await new EditJournal(db, FOLDER).get('POL-001')).toBeUndefined();
  });

  it('Keep both that the program refuses leaves the text and the choices where they are', async () => {
    await journalled(RECOVERED, version(99));
    const api = fakeApi();
    api.saveDocument.mockImplementation(async ({ id }) => fail('conflict', `${id} was changed on disk.`));
    api.saveAsCopy.mockResolvedValue(fail('read-only', 'This project is open read-only.'));
    start(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Recover my changes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep both (save my text as a new document)' }, { timeout: 3000 }));
    await screen.findByText('This project is open read-only.');
    expect(editorText()).toBe(RECOVERED);
    expect(button('Keep both (save my text as a new document)')).toBeTruthy();
    expect(await new EditJournal(db, FOLDER).get('POL-001')).toBeDefined();
  });
});
