import type { JSX } from 'react';
import type { GroupReadiness, StepReadiness } from '../../../src-shared/guidance/readiness';

interface ReadinessViewProps {
  organization: string;
  today: string;
  groups: readonly GroupReadiness[];
  steps: readonly StepReadiness[];
  readOnly: boolean;
  onRecordStep: (step: string, done: boolean) => void;
  onOpenGuidance: (id: string) => void;
}

/** A one-page picture of how ready the system is for certification, fit to show a client. */
export function ReadinessView({
  organization,
  today,
  groups,
  steps,
  readOnly,
  onRecordStep,
  onOpenGuidance,
}: ReadinessViewProps): JSX.Element {
  const required = groups.reduce((sum, group) => sum + group.required, 0);
  const covered = groups.reduce((sum, group) => sum + group.covered, 0);
  const percent = required === 0 ? 100 : Math.round((covered / required) * 100);
  return (
    <section className="readiness" aria-label="Certification readiness">
      <header className="master-list-header">
        <h1>Readiness for certification</h1>
        <p className="muted">
          {organization} · {covered} of {required} required items addressed ({percent}%) · as of {today}
        </p>
      </header>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Clause group</th>
            <th scope="col">Required items addressed</th>
            <th scope="col">In force</th>
            <th scope="col">Draft or in review</th>
            <th scope="col">Review overdue</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.id}>
              <td>
                <span className="clause-number">{group.id}</span> {group.title}
              </td>
              <td>
                <meter
                  className="meter"
                  min={0}
                  max={Math.max(group.required, 1)}
                  value={group.required ? group.covered : 1}
                  aria-label={`Clause ${group.id} coverage`}
                />{' '}
                {group.covered} / {group.required}
              </td>
              <td>{group.inForce}</td>
              <td>{group.draft}</td>
              <td className={group.overdue > 0 ? 'overdue-cell' : undefined}>{group.overdue}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="readiness-subtitle">The path to certification</h2>
      <ol className="certification-steps">
        {steps.map(({ step, done, source, evidence }) => (
          <li key={step.id} className={done ? 'step-done' : undefined}>
            <span className="step-mark" aria-hidden="true">
              {done ? '✓' : step.order}
            </span>
            <span className="step-body">
              <button type="button" className="link-button step-title" onClick={() => onOpenGuidance(step.id)}>
                {step.title}
              </button>
              <span className="muted">{evidence}</span>
            </span>
            <label className="inline-check">
              <input
                type="checkbox"
                // Five boxes read "Done": the name says which step each records.
                aria-label={`Done: ${step.title}`}
                checked={done}
                // What the documents prove cannot be unticked here; change the documents instead.
                disabled={readOnly || source === 'documents'}
                onChange={(event) => onRecordStep(step.id, event.target.checked)}
              />{' '}
              Done
            </label>
          </li>
        ))}
      </ol>
    </section>
  );
}
