import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RevisionWorkspace } from '../../../src-renderer/src/revisions/RevisionWorkspace';
import type { SaveController } from '../../../src-renderer/src/save/save-controller';
import type { QmsApi } from '../../../src-shared/api/client';
import type { OpenedDocument, SavedDocumentView } from '../../../src-shared/api/contract';
import { ok } from '../../../src-shared/api/result';
import { paragraphsContent } from '../../../src-shared/editor/nodes';
import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import { openedDocument, sampleMeta } from './sample-data';

afterEach(() => {
  cleanup();
});

const APPROVED_TEXT = 'We meet customer requirements.';
const DRAFT_TEXT = 'We exceed customer requirements.';
/** Two blocks: the first unchanged, the second with one word changed. */
const withIntro = (document: OpenedDocument, text: string): OpenedDocument => ({
  ...document,
  content: paragraphsContent('This policy applies to every site.', text),
});
const DRAFT = withIntro(
  openedDocument(sampleMeta({ status: 'draft', revision: '4', changeSummary: '' }), DRAFT_TEXT, 'b'.repeat(64)),
  DRAFT_TEXT,
);

function setup(opened: OpenedDocument = DRAFT, side: { aside?: ReactNode; onCloseAside?: () => void } = {}) {
  const approved = withIntro(openedDocument(sampleMeta(), APPROVED_TEXT), APPROVED_TEXT);
  const api = {
    readRevision: vi.fn<QmsApi['readRevision']>(async () =>
      ok({ meta: approved.meta, content: approved.content, contentHash: 'f'.repeat(64) }),
    ),
    readDocument: vi.fn<QmsApi['readDocument']>(async () => ok(opened)),
    discardRevision: vi.fn<QmsApi['discardRevision']>(async () =>
      ok({ version: 'c'.repeat(64), savedAt: '2026-03-10T09:00:00.000Z', meta: approved.meta, tailoring: {} as never }),
    ),
  };
  const saveNow = vi.fn(async () => undefined);
  const controller = {
    saveNow,
    hasUnsavedChanges: false,
    currentVersion: opened.version,
  } as unknown as SaveController<SerializedContent>;
  const onStartRevision = vi.fn();
  const onDiscarded = vi.fn<(saved: SavedDocumentView) => void>();
  render(
    <RevisionWorkspace
      api={api as unknown as QmsApi}
      opened={opened}
      controller={controller}
      fieldValues={null}
      disabled={false}
      onStartRevision={onStartRevision}
      onDiscarded={onDiscarded}
      {...side}
    >
      <p>the editor</p>
    </RevisionWorkspace>,
  );
  return { api, saveNow, onStartRevision, onDiscarded };
}

describe('revisions around the editor', () => {
  it('tells why an approved document is read-only and offers the one way to change it', () => {
    const { onStartRevision } = setup(openedDocument(sampleMeta(), APPROVED_TEXT));
    expect(screen.getByRole('status').textContent).toContain(
      'Revision 3 of POL-001 is approved and in force. To change it, start a new revision.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start new revision' }));
    expect(onStartRevision).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: /Compare/ })).toBeNull();
  });

  it('offers nothing for a first draft that was never approved', () => {
    setup(openedDocument(sampleMeta({ status: 'draft', revision: '1', effective: null }), 'First text.'));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('the editor')).toBeTruthy();
  });

  it('compares the saved draft with the revision in force, marking inserted and deleted words', async () => {
    const { api, saveNow } = setup();
    const compare = screen.getByRole('button', { name: 'Compare with revision 3' });
    fireEvent.click(compare);
    expect(compare.getAttribute('aria-pressed')).toBe('true');
    const view = await screen.findByRole('region', { name: 'Changes from revision 3 to draft 4' });
    await within(view).findByText('1 block changed.');
    expect(saveNow).toHaveBeenCalled();
    expect(api.readRevision.mock.calls).toEqual([[{ id: 'POL-001', revision: '3' }]]);
    const marks = [...view.querySelectorAll('.compare-blocks ins, .compare-blocks del')].map((mark) => [
      mark.tagName,
      mark.textContent,
    ]);
    expect(marks).toEqual([
      ['DEL', 'deleted: meet'],
      ['INS', 'inserted: exceed'],
    ]);
    expect(view.querySelectorAll('.compare-block')).toHaveLength(2);
    const changesOnly = within(view).getByRole('button', { name: 'Changes only' });
    fireEvent.click(changesOnly);
    expect(changesOnly.getAttribute('aria-pressed')).toBe('true');
    expect(view.querySelectorAll('.compare-block')).toHaveLength(1);
  });

  it('shows the revision in force beside the draft, read-only', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Show revision 3' }));
    const view = await screen.findByRole('region', { name: 'Revision 3, in force' });
    const text = await within(view).findByRole('textbox', { name: 'Revision 3 in force: document text' });
    await waitFor(() => expect(text.textContent).toContain(APPROVED_TEXT));
    expect(text.getAttribute('contenteditable')).toBe('false');
  });

  it('asks before discarding the draft, naming both revisions, then discards from the saved version', async () => {
    const { api, saveNow, onDiscarded } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Discard draft revision…' }));
    const dialog = screen.getByRole('dialog', { name: 'Discard draft revision 4 of POL-001?' });
    expect(dialog.textContent).toMatch(/Every change made in draft revision 4 .* is lost/);
    expect(dialog.textContent).toMatch(/approved revision 3, which stays in force/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.discardRevision).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Discard draft revision…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard revision 4' }));
    await waitFor(() => expect(onDiscarded).toHaveBeenCalledTimes(1));
    expect(saveNow).toHaveBeenCalled();
    expect(api.discardRevision.mock.calls).toEqual([[{ id: 'POL-001', baseVersion: 'b'.repeat(64) }]]);
  });

  it('shows a comparison of versions beside the draft in place of the revision views, and gives way when one is asked for', async () => {
    const onCloseAside = vi.fn();
    setup(DRAFT, { aside: <section aria-label="A comparison of versions" />, onCloseAside });
    expect(screen.getByRole('region', { name: 'A comparison of versions' })).toBeTruthy();
    const compare = screen.getByRole('button', { name: 'Compare with revision 3' });
    expect(compare.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(compare);
    expect(onCloseAside).toHaveBeenCalledTimes(1);
  });
});
