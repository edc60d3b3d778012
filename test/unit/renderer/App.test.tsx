import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src-renderer/src/App';
import type { QmsApi } from '../../../src-shared/api/client';
import type { OpenedDocument, ProjectView } from '../../../src-shared/api/contract';
import { fail, ok, type Result } from '../../../src-shared/api/result';
import { fakeStorage } from './fake-storage';
import { openedDocument, POLICY, PROCEDURE, sampleProject } from './sample-data';

afterEach(() => {
  cleanup();
});

const DOCUMENTS: Record<string, OpenedDocument> = {
  'POL-001': openedDocument(POLICY, 'Harrow is committed to quality.', 'a'.repeat(64)),
  'PRO-001': openedDocument(PROCEDURE, 'Hello', 'b'.repeat(64)),
};

function fakeApi(project: Result<ProjectView> = ok(sampleProject())) {
  const api = {
    getProject: vi.fn<QmsApi['getProject']>(async () => project),
    readDocument: vi.fn<QmsApi['readDocument']>(async ({ id }) => {
      const opened = DOCUMENTS[id];
      return opened ? ok(opened) : fail('not-found', `There is no document ${id}.`);
    }),
    saveDocument: vi.fn<QmsApi['saveDocument']>(async () => ok({ version: 'c'.repeat(64), savedAt: '2026-03-02T09:00:00.000Z' })),
  } satisfies QmsApi;
  return api;
}

describe('App', () => {
  it("lists the project's documents and opens the first one", async () => {
    const api = fakeApi();
    const storage = fakeStorage();
    render(<App api={api} mode="browser" storage={storage} />);

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
    render(<App api={api} mode="desktop" storage={fakeStorage({ 'qms-last-document': 'PRO-001' })} />);

    await screen.findByRole('heading', { level: 1, name: 'Control of Documented Information' });
    expect(api.readDocument).toHaveBeenCalledTimes(1);
    expect(api.readDocument).toHaveBeenCalledWith({ id: 'PRO-001' });
    expect(screen.getByRole('button', { name: /PRO-001/ }).getAttribute('aria-current')).toBe('true');
    expect(screen.queryByText('Browser mode')).toBeNull();
  });

  it('opens the first document when the stored one is no longer in the project', async () => {
    const api = fakeApi();
    render(<App api={api} mode="desktop" storage={fakeStorage({ 'qms-last-document': 'WI-099' })} />);

    await screen.findByRole('heading', { level: 1, name: 'Quality Policy' });
    expect(api.readDocument).toHaveBeenCalledWith({ id: 'POL-001' });
  });

  it('shows the document text in the editor', async () => {
    render(<App api={fakeApi()} mode="desktop" storage={fakeStorage({ 'qms-last-document': 'PRO-001' })} />);

    const editor = await screen.findByRole('textbox', { name: 'Control of Documented Information: document text' });
    await waitFor(() => expect(editor.textContent).toBe('Hello'));
  });

  it('opens a document clicked in the list and remembers it, without writing the unchanged one', async () => {
    const api = fakeApi();
    const storage = fakeStorage();
    render(<App api={api} mode="desktop" storage={storage} />);
    await screen.findByRole('heading', { level: 1, name: 'Quality Policy' });

    fireEvent.click(screen.getByRole('button', { name: /PRO-001/ }));

    await screen.findByRole('heading', { level: 1, name: 'Control of Documented Information' });
    expect(api.readDocument.mock.calls.map(([request]) => request.id)).toEqual(['POL-001', 'PRO-001']);
    expect(storage.getItem('qms-last-document')).toBe('PRO-001');
    expect(screen.getByRole('button', { name: /PRO-001/ }).getAttribute('aria-current')).toBe('true');
    expect(api.saveDocument).not.toHaveBeenCalled();
  });

  it('shows a project with no documents without opening any', async () => {
    const api = fakeApi(ok(sampleProject({ documents: [] })));
    render(<App api={api} mode="desktop" storage={fakeStorage()} />);

    await screen.findByText('This project has no documents yet.');
    expect(screen.getByText('Choose a document on the left to start writing.')).toBeTruthy();
    expect(api.readDocument).not.toHaveBeenCalled();
  });

  it('shows why a document could not be read', async () => {
    const api = fakeApi();
    api.readDocument.mockResolvedValueOnce(fail('damaged', 'POL-001.json is not valid JSON.'));
    render(<App api={api} mode="desktop" storage={fakeStorage()} />);

    const notice = await screen.findByRole('status');
    expect(notice.textContent).toBe('POL-001.json is not valid JSON.');
    expect(screen.getByText('Choose a document on the left to start writing.')).toBeTruthy();
  });

  it("shows 'The project could not be opened' with the error message when get-project fails", async () => {
    const api = fakeApi(fail('not-found', 'No qms-project.json in /home/tom/QMS.'));
    render(<App api={api} mode="desktop" storage={fakeStorage()} />);

    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('The project could not be opened');
    expect(screen.getByText('No qms-project.json in /home/tom/QMS.')).toBeTruthy();
    expect(api.readDocument).not.toHaveBeenCalled();
  });
});
