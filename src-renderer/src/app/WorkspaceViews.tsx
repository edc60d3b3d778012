import type { JSX } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ProjectView } from '../../../src-shared/api/contract';
import type { ClauseCatalog } from '../../../src-shared/guidance/catalog-schema';
import type { ClauseCoverage } from '../../../src-shared/guidance/coverage';
import { certificationReadiness, groupReadiness } from '../../../src-shared/guidance/readiness';
import { CoverageView } from '../components/CoverageView';
import { MasterListView } from '../components/MasterListView';
import { ProfileView } from '../components/profile/ProfileView';
import { ReadinessView } from '../components/ReadinessView';
import type { WorkspaceView } from '../components/TopBar';
import { TrainingView } from '../components/training/TrainingView';

interface WorkspaceViewsProps {
  view: WorkspaceView;
  api: QmsApi;
  project: ProjectView;
  catalog: ClauseCatalog | null;
  coverage: readonly ClauseCoverage[];
  readOnly: boolean;
  /** The profile has been opened once: it stays mounted from then on. */
  profileShown: boolean;
  onOpenDocument: (id: string) => void;
  onOpenClause: (id: string) => void;
  onCreateForClause: (clause: string) => void;
  onProfileSaved: () => Promise<unknown>;
  onRecordStep: (step: string, done: boolean) => void;
  onExport: (kind: 'manual' | 'register') => void;
  /** A quiz asked for from the guidance. */
  quizRequest: { clauses: string[]; at: number } | null;
}

/** The views beside the document: master list, coverage, readiness, training and the project profile. */
export function WorkspaceViews(props: WorkspaceViewsProps): JSX.Element {
  const { view, project, catalog, coverage, readOnly } = props;
  return (
    <>
      {view === 'register' ? (
        <MasterListView
          documents={project.documents}
          today={project.today}
          tailoring={project.tailoring}
          onOpen={props.onOpenDocument}
          onExport={props.onExport}
        />
      ) : null}
      {view === 'coverage' ? (
        <CoverageView
          coverage={coverage}
          readOnly={readOnly}
          onOpenDocument={props.onOpenDocument}
          onOpenClause={props.onOpenClause}
          onCreateForClause={props.onCreateForClause}
        />
      ) : null}
      {/* Kept mounted once shown, so a half-filled profile survives a look at another view. */}
      {props.profileShown ? (
        <div className="profile-view" hidden={view !== 'profile'}>
          <ProfileView
            api={props.api}
            project={project}
            clauses={catalog?.clauses ?? null}
            readOnly={readOnly}
            onSaved={props.onProfileSaved}
          />
        </div>
      ) : null}
      {view === 'readiness' ? (
        <ReadinessView
          organization={project.organization.name}
          today={project.today}
          groups={catalog ? groupReadiness(catalog.standard, coverage, project.documents, project.today) : []}
          steps={catalog ? certificationReadiness(catalog.certification, coverage, project.documents, project.certification) : []}
          readOnly={readOnly}
          onRecordStep={props.onRecordStep}
          onOpenGuidance={props.onOpenClause}
        />
      ) : null}
      {view === 'training' ? (
        <TrainingView api={props.api} catalog={catalog} readOnly={readOnly} request={props.quizRequest} />
      ) : null}
    </>
  );
}
