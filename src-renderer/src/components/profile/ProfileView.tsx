import { type JSX, useEffect, useState } from 'react';
import type { QmsApi } from '../../../../src-shared/api/client';
import type { ProjectView } from '../../../../src-shared/api/contract';
import { formatIssues } from '../../../../src-shared/api/format-issues';
import type { ClauseEntry } from '../../../../src-shared/guidance/catalog-schema';
import { type ProfileEdit, profileEditSchema, profileOf } from '../../../../src-shared/project/profile-rules';
import { DocumentControlFields } from './DocumentControlFields';
import { LogoField } from './LogoField';
import { NotApplicableEditor } from './NotApplicableEditor';
import { PeopleAndSites } from './PeopleAndSites';
import { TextField } from './TextField';
import { VersionHistoryField } from './VersionHistoryField';
import { WordExportFields } from './WordExportFields';

interface ProfileViewProps {
  api: QmsApi;
  project: ProjectView;
  clauses: readonly ClauseEntry[] | null;
  readOnly: boolean;
  /** The profile was saved: the project is read again, so every linked field shows the new facts. */
  onSaved: () => Promise<unknown>;
}

const fromProject = (project: ProjectView): ProfileEdit =>
  profileOf({
    organization: project.organization,
    revisionScheme: project.revisionScheme,
    reviewPeriodMonths: project.reviewPeriodMonths,
    numbering: { prefixes: project.prefixes },
    export: project.export,
  });

/**
 * The project profile: the organization's facts that every document's fields show,
 * the requirements it declares not applicable (with the verdict of the exclusion
 * rules), numbering, revisions, review period, logo and Word export. Validated by the same schema
 * the main process applies; saved against the version it was read from, so a change
 * made meanwhile by another program is never overwritten.
 */
export function ProfileView({ api, project, clauses, readOnly, onSaved }: ProfileViewProps): JSX.Element {
  const [draft, setDraft] = useState<ProfileEdit>(() => fromProject(project));
  const [baseVersion, setBaseVersion] = useState(project.projectVersion);
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The project changed (saved here, or by another program): show it, unless the user is editing.
  useEffect(() => {
    if (dirty || project.projectVersion === baseVersion) return;
    setDraft(fromProject(project));
    setBaseVersion(project.projectVersion);
  }, [project, dirty, baseVersion]);

  // Changes apply to the draft as it is when they land, not as it was when they began: a logo
  // or house style arrives after its upload, and what was typed meanwhile must stay.
  const change = (update: (current: ProfileEdit) => ProfileEdit) => {
    setDraft(update);
    setDirty(true);
    setNotice(null);
  };
  const organization = draft.organization;
  const setOrganization = (patch: Partial<ProfileEdit['organization']>) =>
    change((current) => ({ ...current, organization: { ...current.organization, ...patch } }));

  const save = async () => {
    const checked = profileEditSchema.safeParse(draft);
    if (!checked.success) return setProblem(`Not saved. ${formatIssues(checked.error.issues)}`);
    setBusy(true);
    const result = await api.updateProfile({ profile: checked.data, baseVersion });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    setBaseVersion(result.value.projectVersion);
    setDirty(false);
    setNotice('Profile saved. Every document’s fields now show these facts.');
    await onSaved();
  };
  const reload = () => {
    setDraft(fromProject(project));
    setBaseVersion(project.projectVersion);
    setDirty(false);
    setProblem(null);
  };

  return (
    <section className="profile" aria-label="Project profile">
      <header className="master-list-header">
        <h1>Project profile</h1>
        <p className="muted">
          The organization’s facts. Documents show them through linked fields, so a change here shows in every document.
        </p>
      </header>
      <form
        className="profile-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset disabled={readOnly || busy}>
          <legend>Organization</legend>
          <div className="profile-grid">
            <TextField
              label="Organization name"
              value={organization.name}
              onChange={(name) => setOrganization({ name })}
              required
            />
            <TextField
              label="Legal name"
              value={organization.legalName}
              onChange={(legalName) => setOrganization({ legalName })}
            />
          </div>
          <TextField
            label="Registered address"
            multiline
            value={organization.address}
            onChange={(address) => setOrganization({ address })}
          />
          <TextField
            label="Products and services"
            hint="What you supply, in a sentence or two."
            multiline
            value={organization.productsAndServices}
            onChange={(productsAndServices) => setOrganization({ productsAndServices })}
          />
          <TextField
            label="Scope statement"
            hint="The scope of the quality management system, as certificates state it (clause 4.3)."
            multiline
            value={organization.scopeStatement}
            onChange={(scopeStatement) => setOrganization({ scopeStatement })}
          />
          <TextField
            label="Strategic direction"
            hint="Where the business is heading; the quality policy must fit it (clause 5.2.1)."
            multiline
            value={organization.strategicDirection}
            onChange={(strategicDirection) => setOrganization({ strategicDirection })}
          />
        </fieldset>
        <PeopleAndSites organization={organization} disabled={readOnly || busy} onChange={setOrganization} />
        <NotApplicableEditor
          items={organization.notApplicable}
          clauses={clauses}
          disabled={readOnly || busy}
          onChange={(notApplicable) => setOrganization({ notApplicable })}
        />
        <DocumentControlFields
          draft={draft}
          documentCount={project.documents.length}
          disabled={readOnly || busy}
          onChange={(next) => change(() => next)}
        />
        <LogoField
          api={api}
          path={organization.logo}
          disabled={readOnly || busy}
          onChange={(logo) => setOrganization({ logo })}
          onProblem={setProblem}
        />
        <WordExportFields
          api={api}
          settings={draft.export ?? project.export}
          disabled={readOnly || busy}
          onChange={(settings) => change((current) => ({ ...current, export: settings }))}
          onProblem={setProblem}
        />
        <VersionHistoryField api={api} on={project.versionHistory} disabled={readOnly} onStarted={onSaved} />
        <div className="profile-actions">
          {problem ? (
            <p className="dialog-error" role="alert">
              {problem}{' '}
              {/conflict|changed by another program/.test(problem) ? (
                <button type="button" onClick={reload}>
                  Load the saved profile
                </button>
              ) : null}
            </p>
          ) : null}
          {notice ? (
            <p className="profile-saved" role="status">
              {notice}
            </p>
          ) : null}
          <button type="button" disabled={!dirty || busy} onClick={reload}>
            Discard changes
          </button>
          <button type="submit" className="primary" disabled={readOnly || busy || !dirty}>
            Save profile
          </button>
        </div>
      </form>
    </section>
  );
}
