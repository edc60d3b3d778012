import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { recentProjects, rememberProject } from '../../../src-renderer/src/projects/recent-projects';
import { fail, ok } from '../../../src-shared/api/result';
import { button, db, fakeApi, openApp, withTestDatabase } from './app-harness';
import { fakeStorage } from './fake-storage';
import { PROCEDURE } from './sample-data';

withTestDatabase();

const UNTAILORED = { sentences: 50, templateSentences: 45, missingFields: 2, guidanceBlocks: 3, bracketedInstructions: 4 };

describe('tailoring on the document', () => {
  it('shows what is still the template’s, and the approval asks to confirm it describes the organization', async () => {
    const api = fakeApi({ documents: [{ ...PROCEDURE }], project: { tailoring: { 'PRO-001': UNTAILORED } } });
    await openApp(api, 'PRO-001');
    const strip = (await screen.findByText('Still to tailor:')).parentElement as HTMLElement;
    expect([...strip.querySelectorAll('.tailoring-item')].map((item) => item.textContent)).toEqual([
      '90% template wording',
      '2 empty fields',
      '3 guidance blocks',
      '4 [bracketed] to replace',
    ]);

    fireEvent.click(button('Approve…'));
    const dialog = await screen.findByRole('dialog', { name: 'Approve PRO-001 revision 2' });
    expect(within(dialog).getByRole('alert').textContent).toContain(
      "90% of its text is still the template's wording (45 of 50 sentences).",
    );
    const approve = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Approve' });
    expect(approve.disabled).toBe(true);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /it describes our organization as it is/ }));
    expect(approve.disabled).toBe(false);
    fireEvent.click(approve);
    await waitFor(() => expect(api.changeStatus).toHaveBeenCalledTimes(1));
    expect(api.changeStatus.mock.calls[0]?.[0]).toMatchObject({ id: 'PRO-001', to: 'approved' });
  });

  it('approves a tailored document without the extra question', async () => {
    const api = fakeApi({ documents: [{ ...PROCEDURE }] });
    await openApp(api, 'PRO-001');
    fireEvent.click(button('Approve…'));
    const dialog = await screen.findByRole('dialog', { name: 'Approve PRO-001 revision 2' });
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
  });
});

describe('document details', () => {
  it('changes the title and owner against the file version the editor holds, and shows them', async () => {
    const api = fakeApi();
    await openApp(api, 'WI-001');
    fireEvent.click(button('Details…'));
    const dialog = await screen.findByRole('dialog', { name: 'Details of WI-001' });
    expect(within(dialog).getByText(/Work instruction WI-001, revision 1\. The number and type are fixed\./)).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Title' }), {
      target: { value: 'Deburring and Edge Breaking' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Owner' }), { target: { value: 'Tom Okafor' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Clauses it addresses' }), { target: { value: '7.5.3, 7.5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save details' }));

    await screen.findByRole('heading', { level: 1, name: 'Deburring and Edge Breaking' });
    const request = api.updateDocumentDetails.mock.calls[0]?.[0];
    expect(request).toMatchObject({
      id: 'WI-001',
      title: 'Deburring and Edge Breaking',
      owner: 'Tom Okafor',
      clauses: ['7.5', '7.5.3'],
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('refuses clause numbers that are not in the standard, naming them, and sends nothing', async () => {
    const api = fakeApi();
    await openApp(api, 'WI-001');
    fireEvent.click(button('Details…'));
    const dialog = await screen.findByRole('dialog', { name: 'Details of WI-001' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Clauses it addresses' }), { target: { value: '7.5.3, 12.4' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save details' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Not clauses of ISO 9001:2015: 12.4.');
    expect(api.updateDocumentDetails).not.toHaveBeenCalled();
  });
});

describe('save as template', () => {
  it('saves the open document as a project template and says where it went', async () => {
    const api = fakeApi();
    await openApp(api, 'WI-001');
    fireEvent.click(button('Save as template…'));
    const dialog = await screen.findByRole('dialog', { name: 'Save WI-001 as a template' });
    expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Template id (its file name)' }).value).toBe(
      'deburring-of-turned-parts',
    );
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Summary' }), {
      target: { value: 'How we deburr turned parts.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save template' }));

    await screen.findByText(/Saved as the template “Deburring of Turned Parts” \(templates\/deburring-of-turned-parts\.md\)/);
    expect(api.saveAsTemplate).toHaveBeenCalledWith({
      id: 'WI-001',
      templateId: 'deburring-of-turned-parts',
      title: 'Deburring of Turned Parts',
      summary: 'How we deburr turned parts.',
    });
  });
});

describe('projects', () => {
  it('remembers the project that opens, and lists the others under the project name', async () => {
    await rememberProject(db, '/home/tom/QMS/Brookfield', 'Brookfield Facilities Ltd', new Date('2026-03-01T09:00:00Z'));
    const api = fakeApi();
    await openApp(api, 'POL-001');
    await waitFor(async () => expect((await recentProjects(db)).map((row) => row.name)).toContain('Harrow Precision Components'));
    fireEvent.click(screen.getByText('Harrow Precision Components', { selector: '.project-name' }));
    const menu = document.querySelector('.project-menu-items') as HTMLElement;
    await within(menu).findByRole('button', { name: 'Brookfield Facilities Ltd' });
    expect(within(menu).queryByRole('button', { name: 'Harrow Precision Components' })).toBeNull();
  });

  it('opens a recent project at once: what is typed is saved first, then the window starts afresh on it', async () => {
    await rememberProject(db, '/home/tom/QMS/Brookfield', 'Brookfield Facilities Ltd');
    const api = fakeApi();
    const reload = vi.fn();
    await openApp(api, 'POL-001', undefined, undefined, reload);
    const menu = document.querySelector('.project-menu-items') as HTMLElement;
    fireEvent.click(await within(menu).findByRole('button', { name: 'Brookfield Facilities Ltd' }));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(api.openProject).toHaveBeenCalledWith({ folder: '/home/tom/QMS/Brookfield' });
  });

  it('says why a folder cannot be opened and stays on the project', async () => {
    const api = fakeApi();
    api.openProject.mockResolvedValueOnce(
      fail('not-found', '/tmp/nothing is not a QMS Workbench project: it has no qms-project.json.'),
    );
    const reload = vi.fn();
    await openApp(api, 'POL-001', undefined, undefined, reload);
    fireEvent.click(screen.getByRole('button', { name: 'Open project…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a project' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Project folder' }), { target: { value: '/tmp/nothing' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('has no qms-project.json');
    expect(reload).not.toHaveBeenCalled();
  });

  it('creates a project from the organization’s essentials, in a folder named after it, with the essential documents', async () => {
    const api = fakeApi();
    const reload = vi.fn();
    await openApp(api, 'POL-001', undefined, undefined, reload);
    fireEvent.click(screen.getByRole('button', { name: 'New project…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New project' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Organization name' }), {
      target: { value: 'Brookfield Facilities: North' },
    });
    expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Folder' }).value).toBe(
      '/home/tom/QMS Projects/Brookfield Facilities North',
    );
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Most senior manager' }), { target: { value: 'Sam Ortiz' } });
    expect(within(dialog).getByRole('checkbox', { name: /Start the documents every ISO 9001 system needs/ })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create project' }));

    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(api.createProject).toHaveBeenCalledWith({
      folder: '/home/tom/QMS Projects/Brookfield Facilities North',
      organization: { name: 'Brookfield Facilities: North', topManager: { name: 'Sam Ortiz', role: 'Managing Director' } },
      revisionScheme: 'numeric',
      reviewPeriodMonths: 12,
      essentials: true,
    });
    expect((await recentProjects(db)).map((row) => row.name)).toContain('Brookfield Facilities: North');
  });
});

describe('the project profile', () => {
  it('saves the organization’s facts against the version it read, and reads the project again', async () => {
    const api = fakeApi();
    await openApp(api, 'POL-001');
    fireEvent.click(button('Profile'));
    const profile = await screen.findByRole('region', { name: 'Project profile' });
    const save = within(profile).getByRole<HTMLButtonElement>('button', { name: 'Save profile' });
    expect(save.disabled).toBe(true);
    fireEvent.change(within(profile).getByRole('textbox', { name: 'Strategic direction' }), {
      target: { value: 'Double medical work by 2030.' },
    });
    const gets = api.getProject.mock.calls.length;
    fireEvent.click(save);

    await within(profile).findByText('Profile saved. Every document’s fields now show these facts.');
    const request = api.updateProfile.mock.calls[0]?.[0];
    expect(request?.baseVersion).toBe('1'.repeat(64));
    expect(request?.profile.organization.strategicDirection).toBe('Double medical work by 2030.');
    expect(request?.profile.prefixes.procedure).toBe('PRO');
    expect(api.getProject.mock.calls.length).toBeGreaterThan(gets);
  });

  it('checks the form before sending it, naming what is wrong', async () => {
    const api = fakeApi();
    await openApp(api, 'POL-001');
    fireEvent.click(button('Profile'));
    const profile = await screen.findByRole('region', { name: 'Project profile' });
    fireEvent.change(within(profile).getByRole('textbox', { name: 'Form' }), { target: { value: 'REC' } });
    fireEvent.click(within(profile).getByRole('button', { name: 'Save profile' }));
    expect((await within(profile).findByRole('alert')).textContent).toContain('cannot share the prefix REC');
    expect(api.updateProfile).not.toHaveBeenCalled();
  });

  it('shows the verdict of the exclusion rules beside a requirement declared not applicable', async () => {
    const api = fakeApi();
    await openApp(api, 'POL-001');
    fireEvent.click(button('Profile'));
    const profile = await screen.findByRole('region', { name: 'Project profile' });
    fireEvent.click(within(profile).getByRole('button', { name: 'Declare a requirement not applicable' }));
    const clause = within(profile).getByRole<HTMLSelectElement>('combobox', { name: 'Clause' });
    expect(clause.value.startsWith('8.')).toBe(true);
    expect(within(profile).getByText(/^Acceptable with care: Only when the organization designs nothing/)).toBeTruthy();
    fireEvent.change(clause, { target: { value: '9.2' } });
    expect(within(profile).getByText(/9\.2 is outside clause 8/)).toBeTruthy();
  });

  it('keeps what was typed while a logo was uploading: the upload adds the logo, it does not roll the form back', async () => {
    const api = fakeApi();
    let finishUpload: (path: string) => void = () => {};
    api.importLogo.mockImplementation(
      () => new Promise((resolve) => (finishUpload = (path) => resolve({ ok: true, value: { path } }))),
    );
    await openApp(api, 'POL-001');
    fireEvent.click(button('Profile'));
    const profile = await screen.findByRole('region', { name: 'Project profile' });
    const logo = new File([new Uint8Array([137, 80, 78, 71])], 'harrow.png', { type: 'image/png' });
    fireEvent.change(within(profile).getByLabelText(/a logo/), { target: { files: [logo] } });
    await waitFor(() => expect(api.importLogo).toHaveBeenCalled());

    // While the picture is still on its way, the user adds a site and names it.
    fireEvent.click(within(profile).getByRole('button', { name: 'Add a site' }));
    const sites = within(profile).getAllByRole('textbox', { name: /^Site \d+$/ });
    const added = sites[sites.length - 1] as HTMLInputElement;
    fireEvent.change(added, { target: { value: 'Rotherham finishing shop' } });
    finishUpload('assets/logo.png');

    await within(profile).findByRole('button', { name: 'Remove the logo' });
    expect((within(profile).getByRole('textbox', { name: `Site ${sites.length}` }) as HTMLInputElement).value).toBe(
      'Rotherham finishing shop',
    );
    fireEvent.click(within(profile).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(api.updateProfile).toHaveBeenCalled());
    const saved = api.updateProfile.mock.calls[0]?.[0].profile.organization;
    expect(saved?.logo).toBe('assets/logo.png');
    expect(saved?.sites.map((site) => site.name)).toContain('Rotherham finishing shop');
  });

  it('starts version history from the profile, in plain words, and says so once it is on', async () => {
    const api = fakeApi();
    await openApp(api, 'POL-001');
    fireEvent.click(button('Profile'));
    const profile = await screen.findByRole('region', { name: 'Project profile' });
    const history = within(profile).getByRole('group', { name: 'Version history' });
    expect(history.textContent).not.toMatch(/git|commit|branch/i);
    api.enableVersionHistory.mockResolvedValue(ok({ versionHistory: true }));
    const project = await api.getProject({});
    if (!project.ok) throw new Error('no project');
    api.getProject.mockResolvedValue(ok({ ...project.value, versionHistory: true }));
    fireEvent.click(within(history).getByRole('button', { name: 'Keep version history' }));
    await within(history).findByText(/^On: each approval/);
    expect(api.enableVersionHistory).toHaveBeenCalledTimes(1);
    expect(within(history).queryByRole('button', { name: 'Keep version history' })).toBeNull();
  });

  it('says why version history could not be started, and stays as it was', async () => {
    const api = fakeApi();
    await openApp(api, 'POL-001');
    fireEvent.click(button('Profile'));
    const profile = await screen.findByRole('region', { name: 'Project profile' });
    const history = within(profile).getByRole('group', { name: 'Version history' });
    api.enableVersionHistory.mockResolvedValue(fail('invalid-request', 'This folder already keeps version history.'));
    fireEvent.click(within(history).getByRole('button', { name: 'Keep version history' }));
    expect((await within(history).findByRole('alert')).textContent).toBe('This folder already keeps version history.');
    expect(within(history).getByRole('button', { name: 'Keep version history' })).toBeTruthy();
  });

  it('keeps a half-filled profile while another view is looked at', async () => {
    const api = fakeApi();
    await openApp(api, 'POL-001', undefined, fakeStorage({ 'qms-last-document': 'POL-001' }));
    fireEvent.click(button('Profile'));
    const profile = await screen.findByRole('region', { name: 'Project profile' });
    fireEvent.change(within(profile).getByRole('textbox', { name: 'Quality manager' }), { target: { value: 'Dana Whitfield' } });
    fireEvent.click(button('Master list'));
    fireEvent.click(button('Profile'));
    expect(within(profile).getByRole<HTMLInputElement>('textbox', { name: 'Quality manager' }).value).toBe('Dana Whitfield');
    expect(api.updateProfile).not.toHaveBeenCalled();
  });
});
