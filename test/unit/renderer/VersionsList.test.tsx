import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateTimeText } from '../../../src-renderer/src/components/date-time';
import type { VersionPair } from '../../../src-renderer/src/revisions/use-version-compare';
import { VersionsList } from '../../../src-renderer/src/revisions/VersionsList';
import type { DocumentVersionView } from '../../../src-shared/api/contract';
import { fail, ok } from '../../../src-shared/api/result';
import { paragraphsContent } from '../../../src-shared/editor/nodes';
import { button, fakeApi, openApp, withTestDatabase } from './app-harness';
import { sampleMeta } from './sample-data';

/** POL-001's versions, newest first, as document-versions answers. */
const VERSIONS: DocumentVersionView[] = [
  {
    id: 'c'.repeat(40),
    author: 'Q. Approver',
    date: '2026-03-12T10:30:00.000Z',
    message: 'POL-001 revision 4 approved by Q. Approver: New release step',
    revision: '4',
    status: 'approved',
  },
  {
    id: 'b'.repeat(40),
    author: 'Priya Raman',
    date: '2026-03-05T09:15:00.000Z',
    message: 'POL-001 revision 4 started by Priya Raman',
    revision: '4',
    status: 'draft',
  },
  {
    id: 'a'.repeat(40),
    author: 'Tom Okafor',
    date: '2026-02-27T08:00:00.000Z',
    message: 'Version history started by Tom Okafor',
    revision: null,
    status: null,
  },
];

function versionsRegion(): HTMLElement {
  return screen.getByRole('region', { name: 'Versions' });
}

describe('the versions of a document (VersionsList)', () => {
  afterEach(() => {
    cleanup();
  });

  it('lists each version newest first with when, who, why and what the document was, in a quality manager’s words', () => {
    render(<VersionsList state={{ versions: VERSIONS, error: null }} onCompare={vi.fn()} />);
    const items = within(versionsRegion()).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.history-what')?.textContent)).toEqual(VERSIONS.map((v) => v.message));
    expect(items.map((item) => item.querySelector('.history-who')?.textContent)).toEqual([
      'Q. Approver',
      'Priya Raman',
      'Tom Okafor',
    ]);
    expect(items[0]?.querySelector('.history-when')?.textContent).toBe(dateTimeText('2026-03-12T10:30:00.000Z'));
    expect(items.map((item) => item.querySelector('.version-state')?.textContent ?? null)).toEqual([
      'Revision 4, approved',
      'Revision 4, draft',
      null,
    ]);
    expect(versionsRegion().textContent).not.toMatch(/commit|branch|merge|git/i);
  });

  it('compares a version with the current text or with the version before it; the oldest has none before it', () => {
    const onCompare = vi.fn<(pair: VersionPair) => void>();
    render(<VersionsList state={{ versions: VERSIONS, error: null }} onCompare={onCompare} />);
    const region = versionsRegion();
    const newest = `the version of ${dateTimeText(VERSIONS[0]?.date as string)} by Q. Approver`;
    fireEvent.click(within(region).getByRole('button', { name: `Compare with current: ${newest}` }));
    fireEvent.click(within(region).getByRole('button', { name: `Compare with previous: ${newest}` }));
    expect(onCompare.mock.calls).toEqual([[{ base: VERSIONS[0], with: 'current' }], [{ base: VERSIONS[1], with: VERSIONS[0] }]]);
    expect(within(region).getAllByRole('button', { name: /^Compare with current/ })).toHaveLength(3);
    expect(within(region).getAllByRole('button', { name: /^Compare with previous/ })).toHaveLength(2);
  });

  it('says when versions load, when none is kept yet, and why they could not be listed', () => {
    const { rerender } = render(<VersionsList state={null} onCompare={vi.fn()} />);
    expect(versionsRegion().textContent).toContain('Loading versions…');
    rerender(<VersionsList state={{ versions: [], error: null }} onCompare={vi.fn()} />);
    expect(versionsRegion().textContent).toContain('No version of this document has been kept yet');
    rerender(<VersionsList state={{ versions: [], error: 'The version history cannot be read.' }} onCompare={vi.fn()} />);
    expect(within(versionsRegion()).getByRole('alert').textContent).toBe('The version history cannot be read.');
  });
});

describe('versions in the history panel of the window', () => {
  withTestDatabase();

  /** The app on POL-001 (approved revision 3, "Harrow is committed to quality."), whose project may keep version history. */
  async function openWithVersions(versionHistory: boolean) {
    const api = fakeApi({ project: { versionHistory } });
    api.documentVersions.mockResolvedValue(ok({ versions: VERSIONS }));
    api.readDocumentVersion.mockImplementation(async ({ version }) =>
      version === VERSIONS[1]?.id
        ? ok({
            meta: sampleMeta({ status: 'draft', revision: '4' }),
            content: paragraphsContent('Harrow is devoted to quality.'),
          })
        : version === VERSIONS[0]?.id
          ? ok({ meta: sampleMeta({ revision: '4' }), content: paragraphsContent('Harrow is committed to quality.') })
          : fail('not-found', 'There is no such version of POL-001.'),
    );
    await openApp(api, 'POL-001');
    fireEvent.click(button('History'));
    await screen.findByRole('region', { name: 'History' });
    return api;
  }

  it('shows no versions, and asks for none, in a project that keeps no version history', async () => {
    const api = await openWithVersions(false);
    await within(screen.getByRole('region', { name: 'History' })).findByText(/No history recorded|Approved/);
    expect(screen.queryByRole('region', { name: 'Versions' })).toBeNull();
    expect(api.documentVersions).not.toHaveBeenCalled();
  });

  it('compares a version with the current text beside the editor, the changed word marked, and closes it', async () => {
    const api = await openWithVersions(true);
    const region = await screen.findByRole('region', { name: 'Versions' });
    expect(api.documentVersions).toHaveBeenCalledWith({ id: 'POL-001' });
    const started = `the version of ${dateTimeText(VERSIONS[1]?.date as string)} by Priya Raman`;
    fireEvent.click(await within(region).findByRole('button', { name: `Compare with current: ${started}` }));
    const compare = await screen.findByRole('region', {
      name: `Changes from ${started} to the current revision 3 (approved)`,
    });
    await within(compare).findByText('1 block changed.', { exact: false });
    expect([...compare.querySelectorAll('.compare-blocks del')].map((node) => node.textContent)).toEqual(['deleted: devoted']);
    expect([...compare.querySelectorAll('.compare-blocks ins')].map((node) => node.textContent)).toEqual(['inserted: committed']);
    expect(api.readDocumentVersion).toHaveBeenCalledWith({ id: 'POL-001', version: VERSIONS[1]?.id });

    fireEvent.click(within(compare).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: /^Changes from/ })).toBeNull();
  });

  it('compares two versions with each other, naming both', async () => {
    await openWithVersions(true);
    const region = await screen.findByRole('region', { name: 'Versions' });
    const newest = `the version of ${dateTimeText(VERSIONS[0]?.date as string)} by Q. Approver`;
    const before = `the version of ${dateTimeText(VERSIONS[1]?.date as string)} by Priya Raman`;
    fireEvent.click(await within(region).findByRole('button', { name: `Compare with previous: ${newest}` }));
    const compare = await screen.findByRole('region', { name: `Changes from ${before} to ${newest}` });
    await within(compare).findByText('1 block changed.', { exact: false });
    expect([...compare.querySelectorAll('.compare-blocks ins')].map((node) => node.textContent)).toEqual(['inserted: committed']);
  });

  it('says why a version could not be read', async () => {
    const api = await openWithVersions(true);
    api.readDocumentVersion.mockResolvedValue(
      fail('damaged', 'documents/POL-001.json in the version ccccccc of 2026-03-12 is damaged: not valid JSON'),
    );
    const region = await screen.findByRole('region', { name: 'Versions' });
    fireEvent.click((await within(region).findAllByRole('button', { name: /^Compare with current/ }))[0] as HTMLElement);
    const compare = await screen.findByRole('region', { name: /^Changes from the version of/ });
    expect((await within(compare).findByRole('alert')).textContent).toBe(
      'documents/POL-001.json in the version ccccccc of 2026-03-12 is damaged: not valid JSON',
    );
  });
});
