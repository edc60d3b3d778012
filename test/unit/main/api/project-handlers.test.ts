import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectView, ResponseOf } from '../../../../src-shared/api/contract';
import { profileOf } from '../../../../src-shared/project/profile-rules';
import { copySampleProject } from '../../../support/paths';
import { useSampleWorkspace, value } from '../../../support/sample-workspace';

/** A tiny valid PNG (1×1 pixel). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('the contract handlers of an open project', () => {
  const openSample = useSampleWorkspace();
  async function open(options: { named?: boolean } = {}) {
    const { root, folder, dispatch } = await openSample(options);
    const project = () => value<ProjectView>(dispatch('get-project', {}));
    return { root, folder, dispatch, project };
  }

  it('serve the clause catalog', async () => {
    const { dispatch } = await open();
    const result = await dispatch('get-catalog', {});
    expect(result.ok).toBe(true);
    if (result.ok)
      expect((result.value as { clauses: Array<{ id: string }> }).clauses.map((entry) => entry.id)).toContain('7.1.5.2');
    expect(await dispatch('get-catalog', { standard: '../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await dispatch('get-catalog', { standard: 'iso-14001-2015' })).toMatchObject({
      ok: false,
      error: { code: 'damaged' },
    });
  });

  it('report the clauses each document’s sections are tagged with, and how far each is tailored', async () => {
    const { project } = await open();
    const view = await project();
    expect(view.sectionClauses['PRO-002']).toEqual(['8.7.1', '10.2.1', '8.7.2']);
    // The sample documents are the organization's own text: hardly a sentence is the template's.
    for (const id of ['POL-001', 'POL-002', 'PRO-001', 'PRO-002']) {
      const figures = view.tailoring[id];
      expect(figures?.templateSentences, id).not.toBeNull();
      expect((figures?.templateSentences ?? 0) / (figures?.sentences ?? 1), id).toBeLessThan(0.2);
    }
  });

  it('create a blank document for a clause, numbered and typed for what the clause asks', async () => {
    const { folder, dispatch } = await open();
    const result = await dispatch('create-document', { blank: { type: 'record', clause: '9.2.2' } });
    if (!result.ok) throw new Error(result.error.message);
    const meta = (result.value as { meta: { id: string; title: string; clauses: string[]; template: string | null } }).meta;
    expect(meta).toMatchObject({ id: 'REC-001', clauses: ['9.2.2'], template: null });
    const file = JSON.parse(await readFile(join(folder, 'documents', 'REC-001.json'), 'utf8'));
    expect(file.content.root.children[0]).toMatchObject({ type: 'heading', $: { clause: '9.2.2' } });
    expect(await dispatch('create-document', { blank: { type: 'record', clause: '11.1' } })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await dispatch('create-document', { templateId: 'quality-policy', blank: { type: 'record', clause: '9.2.2' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('create a blank document of a type with a title, and refuse one without a title', async () => {
    const { dispatch } = await open();
    const saved = await value<ResponseOf<'create-document'>>(
      dispatch('create-document', { blank: { type: 'work-instruction' }, title: 'Setting up the Mazak lathe' }),
    );
    expect(saved.meta).toMatchObject({
      id: 'WI-001',
      type: 'work-instruction',
      title: 'Setting up the Mazak lathe',
      clauses: [],
    });
    expect(await dispatch('create-document', { blank: { type: 'form' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'A blank document needs a title.' },
    });
  });

  it('number a document by its template’s type, never by the title the user typed', async () => {
    const { dispatch } = await open();
    const saved = await value<ResponseOf<'create-document'>>(
      dispatch('create-document', { templateId: 'internal-audit', title: 'Internal Audit Procedure' }),
    );
    // The sample holds PRO-001 and PRO-002; before, this came out as POL-003 from the policy template.
    expect(saved.meta).toMatchObject({
      id: 'PRO-003',
      type: 'procedure',
      title: 'Internal Audit Procedure',
      template: 'internal-audit',
    });
    expect(saved.meta.clauses).toEqual(['9.2', '9.2.1', '9.2.2']);
    expect(saved.tailoring.templateSentences).toBe(saved.tailoring.sentences);
    expect(saved.tailoring.guidanceBlocks).toBeGreaterThan(0);
  });

  it('record nothing without a name: creating a document asks for the user’s name first', async () => {
    const { folder, dispatch } = await open({ named: false });
    expect(await dispatch('create-document', { templateId: 'internal-audit' })).toMatchObject({
      ok: false,
      error: { code: 'needs-name' },
    });
    expect(await readdir(join(folder, 'documents'))).toHaveLength(4);
    expect(await readFile(join(folder, 'history.jsonl'), 'utf8')).not.toContain('unknown user');
  });

  it('preview a template as the new document will start, with the number it will get', async () => {
    const { dispatch } = await open();
    const preview = await value<ResponseOf<'preview-template'>>(dispatch('preview-template', { id: 'quality-policy' }));
    expect(preview.template).toMatchObject({ id: 'quality-policy', documentType: 'policy', source: 'built-in' });
    expect(preview.nextNumber).toBe('POL-003');
    const text = JSON.stringify(preview.content);
    expect(text).toContain('"type":"field","version":1,"path":"organization.name"');
    expect(text).toContain('"type":"guidance"');
    expect(text).not.toContain('Harrow');
    expect(await dispatch('preview-template', { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await dispatch('preview-template', { id: 'no-such-template' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('save the profile: linked fields show the new facts, unknown fields stay, a stale save is refused', async () => {
    const { folder, dispatch, project } = await open();
    const path = join(folder, 'qms-project.json');
    const raw = JSON.parse(await readFile(path, 'utf8'));
    raw.organization.vatNumber = 'GB123456789';
    raw.organization.sites[0].siteCode = 'BRK';
    raw.organization.topManagement[0].signatureOnFile = true;
    raw.numbering.sequence = 'per-type';
    raw.customTool = { keep: true };
    await writeFile(path, JSON.stringify(raw, null, 2));
    const before = await project();
    const profile = profileOf({ ...before, numbering: { prefixes: before.prefixes } });
    profile.organization.name = 'Harrow Precision Engineering';
    profile.organization.strategicDirection = 'Double medical work by 2030.';
    profile.prefixes.procedure = 'SOP';

    const saved = await value<ResponseOf<'update-profile'>>(
      dispatch('update-profile', { profile, baseVersion: before.projectVersion }),
    );
    const after = await project();
    expect(after.projectVersion).toBe(saved.projectVersion);
    expect(after.organization).toMatchObject({
      name: 'Harrow Precision Engineering',
      strategicDirection: 'Double medical work by 2030.',
    });
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.organization.vatNumber).toBe('GB123456789');
    // Unknown fields deeper down stay with the records the save left as they were.
    expect(onDisk.organization.sites[0].siteCode).toBe('BRK');
    expect(onDisk.organization.topManagement[0].signatureOnFile).toBe(true);
    expect(onDisk.numbering).toMatchObject({ sequence: 'per-type', prefixes: { procedure: 'SOP' } });
    expect(onDisk.customTool).toEqual({ keep: true });
    // Existing numbers never change; the next procedure takes the new prefix.
    expect(after.documents.map((d) => d.id)).toContain('PRO-001');
    const next = await value<ResponseOf<'create-document'>>(dispatch('create-document', { templateId: 'internal-audit' }));
    expect(next.meta.id).toBe('SOP-001');

    const stale = await dispatch('update-profile', { profile, baseVersion: before.projectVersion });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuse a profile that breaks the rules, naming the problem, and change nothing', async () => {
    const { folder, dispatch, project } = await open();
    const before = await project();
    const bytes = await readFile(join(folder, 'qms-project.json'), 'utf8');
    const base = profileOf({ ...before, numbering: { prefixes: before.prefixes } });
    const attempts: Array<[(p: typeof base) => void, RegExp]> = [
      [
        (p) => {
          p.prefixes.form = p.prefixes.record;
        },
        /cannot share the prefix REC/,
      ],
      [
        (p) => {
          p.prefixes.form = 'frm';
        },
        /prefix is 1 to 10 capital letters/,
      ],
      [
        (p) => {
          p.organization.name = '   ';
        },
        /organization name may not be empty/,
      ],
      [
        (p) => {
          p.organization.notApplicable.push({ clause: '8.3', justification: 'again' });
        },
        /declared not applicable twice/,
      ],
      [
        (p) => {
          p.organization.notApplicable.push({ clause: '8.9', justification: 'no such clause' });
        },
        /no clause 8\.9/,
      ],
      [
        (p) => {
          p.revisionScheme = 'letters';
        },
        /revision scheme is fixed once the project has documents/,
      ],
      [
        (p) => {
          p.organization.logo = 'assets/missing.png';
        },
        /logo assets\/missing\.png named in the profile cannot be read/,
      ],
      [
        (p) => {
          p.organization.logo = '../outside.png';
        },
        /inside the project/,
      ],
    ];
    for (const [breakIt, message] of attempts) {
      const profile = structuredClone(base);
      breakIt(profile);
      const result = await dispatch('update-profile', { profile, baseVersion: before.projectVersion });
      expect(result.ok, String(message)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(await readFile(join(folder, 'qms-project.json'), 'utf8')).toBe(bytes);
  });

  it('keep a logo the profile already names when other facts change, but take a new one only as PNG or JPEG', async () => {
    const { folder, dispatch, project } = await open();
    const path = join(folder, 'qms-project.json');
    const raw = JSON.parse(await readFile(path, 'utf8'));
    raw.organization.logo = 'assets/old-logo.svg';
    await writeFile(join(folder, 'assets', 'old-logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(path, JSON.stringify(raw, null, 2));
    const before = await project();
    const profile = profileOf({ ...before, numbering: { prefixes: before.prefixes } });
    profile.organization.qualityManager = 'Priya Raman';
    const saved = await value<ResponseOf<'update-profile'>>(
      dispatch('update-profile', { profile, baseVersion: before.projectVersion }),
    );
    expect(saved.projectVersion).not.toBe(before.projectVersion);
    await writeFile(join(folder, 'assets', 'other.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const other = { ...profile, organization: { ...profile.organization, logo: 'assets/other.svg' } };
    expect(await dispatch('update-profile', { profile: other, baseVersion: saved.projectVersion })).toMatchObject({
      ok: false,
      error: { message: 'The logo assets/other.svg is not a PNG or JPEG image.' },
    });
  });

  it('take a PNG or JPEG as the logo, refuse anything else by name, and read it back', async () => {
    const { dispatch } = await open();
    const imported = await value<ResponseOf<'import-logo'>>(
      dispatch('import-logo', { fileName: 'harrow.png', dataBase64: PNG.toString('base64') }),
    );
    expect(imported.path).toBe('assets/logo.png');
    const read = await value<ResponseOf<'read-logo'>>(dispatch('read-logo', { path: 'assets/logo.png' }));
    expect(read.logo).toEqual({ mediaType: 'image/png', base64: PNG.toString('base64') });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64');
    expect(await dispatch('import-logo', { fileName: 'evil.svg', dataBase64: svg })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'evil.svg is not a PNG or JPEG image; save the logo in one of those.' },
    });
    expect(await dispatch('read-logo', { path: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('change a document’s details, recorded; on an approved document a title change starts a new revision', async () => {
    const { dispatch, folder } = await open();
    const draft = await value<ResponseOf<'read-document'>>(dispatch('read-document', { id: 'PRO-002' }));
    const changed = await value<ResponseOf<'update-document-details'>>(
      dispatch('update-document-details', {
        id: 'PRO-002',
        baseVersion: draft.version,
        title: draft.meta.title,
        owner: 'Priya Raman',
        reviewer: 'Elaine Marsh',
        clauses: draft.meta.clauses,
        changeSummary: draft.meta.changeSummary,
      }),
    );
    expect(changed.meta).toMatchObject({ owner: 'Priya Raman', reviewer: 'Elaine Marsh', revision: draft.meta.revision });

    const approved = await value<ResponseOf<'read-document'>>(dispatch('read-document', { id: 'POL-001' }));
    expect(approved.meta.status).toBe('approved');
    const retitled = await value<ResponseOf<'update-document-details'>>(
      dispatch('update-document-details', {
        id: 'POL-001',
        baseVersion: approved.version,
        title: 'Quality and Customer Policy',
        owner: approved.meta.owner,
        reviewer: approved.meta.reviewer,
        clauses: approved.meta.clauses,
        changeSummary: 'Renamed to show the customer commitment.',
      }),
    );
    expect(retitled.meta).toMatchObject({ title: 'Quality and Customer Policy', status: 'draft', revision: '4' });
    expect(retitled.meta.effective?.revision).toBe('3');
    const history = (await readFile(join(folder, 'history.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .slice(-2)
      .map((line) => JSON.parse(line));
    expect(history.map((entry) => entry.event)).toEqual(['revision-started', 'details-changed']);
    expect(history[1].note).toContain('title "Quality Policy" → "Quality and Customer Policy"');

    // A clause the standard does not have: refused, naming it.
    expect(
      await dispatch('update-document-details', {
        id: 'POL-001',
        baseVersion: approved.version,
        title: 'Quality Policy',
        owner: '',
        reviewer: '',
        clauses: ['5.2', '12.4'],
        changeSummary: '',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'Not clauses of ISO 9001:2015: 12.4.' } });

    // Based on a version that is no longer on disk: refused, nothing written.
    expect(
      await dispatch('update-document-details', {
        id: 'POL-001',
        baseVersion: approved.version,
        title: 'Something else',
        owner: '',
        reviewer: '',
        clauses: [],
        changeSummary: '',
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('save a document as a project template that the gallery lists and that compiles back to the same text', async () => {
    const { dispatch, folder } = await open();
    const saved = await value<ResponseOf<'save-as-template'>>(
      dispatch('save-as-template', {
        id: 'PRO-002',
        templateId: 'harrow-ncr-procedure',
        title: 'Harrow NCR procedure',
        summary: 'Our own nonconformity procedure, as a starting point for new sites.',
      }),
    );
    expect(saved.file).toBe('templates/harrow-ncr-procedure.md');
    const markdown = await readFile(join(folder, 'templates', 'harrow-ncr-procedure.md'), 'utf8');
    expect(markdown).toMatch(/^---\nid: harrow-ncr-procedure\ntitle: Harrow NCR procedure\ndocumentType: procedure\n/);
    const listing = await value<ResponseOf<'list-templates'>>(dispatch('list-templates', {}));
    expect(listing.templates.find((t) => t.id === 'harrow-ncr-procedure')).toMatchObject({ source: 'project' });

    const original = await value<ResponseOf<'read-document'>>(dispatch('read-document', { id: 'PRO-002' }));
    const created = await value<ResponseOf<'create-document'>>(
      dispatch('create-document', { templateId: 'harrow-ncr-procedure' }),
    );
    const copy = await value<ResponseOf<'read-document'>>(dispatch('read-document', { id: created.meta.id }));
    expect(copy.content).toEqual(original.content);

    for (const templateId of ['harrow-ncr-procedure', 'quality-policy']) {
      expect(await dispatch('save-as-template', { id: 'PRO-002', templateId, title: 'Again', summary: 'Again.' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request', message: expect.stringContaining('is taken') },
      });
    }
  });

  it('use the user’s own templates folder: a good template is listed, a broken one reported by name and skipped', async () => {
    const { dispatch, root } = await open();
    const mine = join(root, 'my-templates');
    await mkdir(mine);
    const template = (id: string, extra = '') =>
      `---\nid: ${id}\ntitle: Site induction\ndocumentType: form\nclauses: ["7.3"]\nfields: ["organization.name"]\nsummary: A form.\n${extra}---\n\n# Welcome\n\nWelcome to {{organization.name}}.\n`;
    await writeFile(join(mine, 'site-induction.md'), template('site-induction'));
    await writeFile(
      join(mine, 'broken-form.md'),
      template('broken-form').replace('{{organization.name}}', '{{organisation.name}}'),
    );
    await writeFile(join(mine, 'quality-policy.md'), template('quality-policy'));
    expect(await dispatch('set-templates-folder', { folder: 'relative/path' })).toMatchObject({ ok: false });
    await value(dispatch('set-templates-folder', { folder: mine }));

    const listing = await value<ResponseOf<'list-templates'>>(dispatch('list-templates', {}));
    expect(listing.templates.find((t) => t.id === 'site-induction')).toMatchObject({ source: 'user', documentType: 'form' });
    expect(listing.templates.filter((t) => t.id === 'quality-policy')).toHaveLength(1);
    expect(listing.problems).toEqual([
      { file: join(mine, 'broken-form.md'), reason: expect.stringContaining('organisation.name') },
      { file: join(mine, 'quality-policy.md'), reason: expect.stringContaining('already used by the built-in template') },
    ]);
    expect(listing.templates.length).toBe(33);
  });

  it('open another project: the first one’s lock is let go; a folder that is not a project changes nothing', async () => {
    const { dispatch, folder, root, project } = await open();
    const other = await copySampleProject(join(root, 'client-b'));
    expect(await exists(join(folder, '.qms-lock'))).toBe(true);
    expect(await dispatch('open-project', { folder: join(root, 'nothing-here') })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatch('open-project', { folder: 'client-b' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect((await project()).folder).toBe(folder);

    // Opening the project already open changes nothing: it stays writable, not "locked by another program".
    expect(await value<ResponseOf<'open-project'>>(dispatch('open-project', { folder }))).toMatchObject({ folder });
    expect((await project()).readOnlyReason).toBeNull();

    const opened = await value<ResponseOf<'open-project'>>(dispatch('open-project', { folder: other }));
    expect(opened).toEqual({ folder: other, name: 'Harrow Precision Components' });
    expect((await project()).folder).toBe(other);
    expect(await exists(join(folder, '.qms-lock'))).toBe(false);
    expect(await exists(join(other, '.qms-lock'))).toBe(true);
    const settings = JSON.parse(await readFile(join(root, 'user', 'settings.json'), 'utf8'));
    expect(settings.lastProject).toBe(other);
  });

  it('create a project with its essential documents in one step, and switch to it', async () => {
    const { dispatch, root, project } = await open();
    const target = join(root, 'projects', 'Brookfield Facilities');
    const created = await value<ResponseOf<'create-project'>>(
      dispatch('create-project', {
        folder: target,
        organization: {
          name: 'Brookfield Facilities Ltd',
          productsAndServices: 'Planned and reactive maintenance of commercial buildings.',
          topManager: { name: 'Sam Ortiz', role: 'Managing Director' },
          qualityManager: 'Alex Chen',
        },
        revisionScheme: 'letters',
        reviewPeriodMonths: 24,
        essentials: true,
      }),
    );
    expect(created.documents).toEqual(['POL-001', 'POL-002', 'PLN-001', 'QM-001', 'PRO-001', 'PRO-002', 'PRO-003', 'PRO-004']);
    const view = await project();
    expect(view.folder).toBe(target);
    expect(view.organization).toMatchObject({ name: 'Brookfield Facilities Ltd', qualityManager: 'Alex Chen' });
    expect(
      view.documents.every((meta) => meta.revision === 'A' && meta.author === 'Tom Okafor' && meta.owner === 'Alex Chen'),
    ).toBe(true);

    await mkdir(join(root, 'busy'));
    await writeFile(join(root, 'busy', 'notes.txt'), 'mine');
    expect(
      await dispatch('create-project', {
        folder: join(root, 'busy'),
        organization: { name: 'X' },
        revisionScheme: 'numeric',
        reviewPeriodMonths: 12,
        essentials: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('is not empty') } });
    expect(await readdir(join(root, 'busy'))).toEqual(['notes.txt']);
  });

  it('refuse a name with a control or bidirectional-text character in every call that records one, and change nothing', async () => {
    const { root, folder, dispatch } = await open();
    const spoofed = 'Elaine \u202eMarsh';
    const files = ['qms-project.json', 'history.jsonl', 'documents/PRO-001.json'];
    const before = await Promise.all(files.map((file) => readFile(join(folder, file), 'utf8')));
    const settings = await readFile(join(root, 'user', 'settings.json'), 'utf8');
    const view = await value<ProjectView>(dispatch('get-project', {}));
    const profile = profileOf({ ...view, numbering: { prefixes: view.prefixes } });
    const refusals: Array<[string, Record<string, unknown>, string]> = [
      ['set-user-name', { userName: spoofed }, 'userName'],
      ['change-status', { id: 'PRO-001', to: 'approved', by: spoofed }, 'by'],
      [
        'update-profile',
        {
          profile: { ...profile, organization: { ...profile.organization, topManagement: [{ name: spoofed, role: 'MD' }] } },
          baseVersion: view.projectVersion,
        },
        'profile.organization.topManagement.0.name',
      ],
      [
        'record-training',
        { person: spoofed, quiz: { preset: 'awareness' }, answers: [{ item: '7.3:tf:0', given: true }] },
        'person',
      ],
      [
        'create-project',
        {
          folder: join(root, 'acme'),
          organization: { name: spoofed },
          revisionScheme: 'numeric',
          reviewPeriodMonths: 12,
          essentials: false,
        },
        'organization.name',
      ],
    ];
    for (const [channel, request, field] of refusals) {
      expect(await dispatch(channel, request), channel).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-request',
          message: expect.stringContaining(
            `${field}: A name may not contain control characters or bidirectional-text controls (it has U+202E)`,
          ),
        },
      });
    }
    expect(await Promise.all(files.map((file) => readFile(join(folder, file), 'utf8')))).toEqual(before);
    expect(await readFile(join(root, 'user', 'settings.json'), 'utf8')).toBe(settings);
    expect(await exists(join(folder, 'training'))).toBe(false);
    expect(await exists(join(root, 'acme'))).toBe(false);
  });

  it('say plainly that browser mode has no folder picker', async () => {
    const { dispatch } = await open();
    expect(await dispatch('choose-folder', { purpose: 'open-project' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('type the folder') },
    });
    expect(await value<ResponseOf<'get-settings'>>(dispatch('get-settings', {}))).toMatchObject({ canChooseFolder: false });
  });

  it('record a certification step in the project file, and refuse an unknown one', async () => {
    const { folder, dispatch } = await open();
    const recorded = await dispatch('record-certification-step', { step: 'gap-analysis', done: true, note: 'By Tom, September' });
    expect(recorded).toMatchObject({
      ok: true,
      value: { certification: { 'gap-analysis': { done: true, note: 'By Tom, September' } } },
    });
    const projectFile = JSON.parse(await readFile(join(folder, 'qms-project.json'), 'utf8'));
    expect(projectFile.certification['gap-analysis'].done).toBe(true);
    expect(await dispatch('record-certification-step', { step: 'bribe-the-auditor', done: true })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    await dispatch('record-certification-step', { step: 'gap-analysis', done: false });
    expect(JSON.parse(await readFile(join(folder, 'qms-project.json'), 'utf8')).certification).toEqual({});
  });
});
