import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TopBar } from '../../../src-renderer/src/components/TopBar';
import { sampleProject } from './sample-data';

afterEach(() => {
  cleanup();
});

function renderBar(overrides: Partial<ReturnType<typeof sampleProject>> = {}, handlers: { onSync?: () => void } = {}) {
  const project = { ...sampleProject(), ...overrides };
  render(
    <TopBar
      project={project}
      mode="browser"
      view="document"
      userName="Tom Okafor"
      readOnly={false}
      recent={[]}
      onView={vi.fn()}
      onNewDocument={vi.fn()}
      onNewProject={vi.fn()}
      onOpenProject={vi.fn()}
      onSettings={vi.fn()}
      onOpenShared={vi.fn()}
      onSync={handlers.onSync ?? vi.fn()}
      onKeepDrafts={vi.fn()}
    />,
  );
  const summary = screen.getByText(project.organization.name);
  const menu = summary.closest('details');
  if (!menu) throw new Error('The project menu is not a <details> element.');
  return { summary, menu };
}

describe('TopBar project menu', () => {
  it('closes on Escape and leaves the focus on the project name that opened it', () => {
    const { summary, menu } = renderBar();
    menu.open = true;
    const item = screen.getByRole('button', { name: 'Open project…' });
    item.focus();

    fireEvent.keyDown(item, { key: 'Escape' });

    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });

  it('closes when an item is chosen and leaves the focus on the project name, where a dialog gives it back', () => {
    const { summary, menu } = renderBar();
    menu.open = true;
    const item = screen.getByRole('button', { name: 'New project…' });
    item.focus();

    fireEvent.click(item);

    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });

  it('leaves a closed menu alone on Escape', () => {
    const { menu } = renderBar();

    fireEvent.keyDown(menu, { key: 'Escape' });

    expect(menu.open).toBe(false);
  });
});

describe('TopBar Sync', () => {
  it('offers Sync and a version of the drafts only for a project that keeps version history', () => {
    renderBar({ versionHistory: false });
    expect(screen.queryByRole('button', { name: 'Sync' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save a version of my drafts' })).toBeNull();
    cleanup();
    const onSync = vi.fn();
    renderBar({ versionHistory: true, syncRemote: 'https://git.example.com/acme/qms.git' }, { onSync });
    const sync = screen.getByRole('button', { name: 'Sync' });
    expect(sync.getAttribute('title')).toContain('https://git.example.com/acme/qms.git');
    fireEvent.click(sync);
    expect(onSync).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Save a version of my drafts' })).toBeTruthy();
  });
});
