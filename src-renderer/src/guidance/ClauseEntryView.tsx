import { type JSX, useState } from 'react';
import type { CertificationStep, ClauseEntry, FoundationEntry, SelfCheckItem } from '../../../src-shared/guidance/catalog-schema';

interface LinkProps {
  onOpen: (id: string) => void;
}

function Points({ items }: { items: readonly string[] }): JSX.Element {
  return (
    <ul className="guidance-points">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function RelatedClauses({ ids, onOpen }: LinkProps & { ids: readonly string[] }): JSX.Element {
  return (
    <p className="related-clauses">
      {ids.map((id) => (
        <button key={id} type="button" className="clause-chip" onClick={() => onOpen(id)}>
          {id}
        </button>
      ))}
    </p>
  );
}

function SelfCheck({ item }: { item: SelfCheckItem }): JSX.Element {
  const [answer, setAnswer] = useState<boolean | null>(null);
  return (
    <li className="self-check">
      <p>{item.statement}</p>
      {answer === null ? (
        <div className="self-check-buttons">
          <button type="button" onClick={() => setAnswer(true)}>
            True
          </button>
          <button type="button" onClick={() => setAnswer(false)}>
            False
          </button>
        </div>
      ) : (
        <p className={answer === item.answer ? 'self-check-right' : 'self-check-wrong'}>
          {answer === item.answer ? 'Right' : 'Not quite'}: it is {item.answer ? 'true' : 'false'}. {item.explanation}
        </p>
      )}
    </li>
  );
}

interface ClauseEntryViewProps extends LinkProps {
  entry: ClauseEntry;
  /** Templates in the library: id to title. */
  availableTemplates: ReadonlyMap<string, string>;
  onCreateFromTemplate?: ((templateId: string) => void) | undefined;
}

/** One clause explained: what it is for, what to do, who answers for it, what to keep, what auditors look for. */
export function ClauseEntryView({ entry, availableTemplates, onCreateFromTemplate, onOpen }: ClauseEntryViewProps): JSX.Element {
  return (
    <article className="guidance-entry" aria-label={`Clause ${entry.id}`}>
      <h3>
        <span className="clause-number">{entry.id}</span> {entry.title}
        {entry.titleIsDescriptive ? (
          <span className="muted" title="The standard numbers this sub-clause without a title">
            {' '}
            (untitled in the standard)
          </span>
        ) : null}
      </h3>
      <p className="guidance-intent">{entry.intent}</p>
      <h4>What you have to do</h4>
      <Points items={entry.obligations} />
      <h4>Who is accountable</h4>
      <p>{entry.accountability}</p>
      <h4>Documented information</h4>
      {entry.documentedInformation.length === 0 ? <p className="muted">The standard requires none here.</p> : null}
      <ul className="documented-information">
        {entry.documentedInformation.map((item) => (
          <li key={item.description}>
            <span className={`di-kind di-${item.kind}`}>{item.kind === 'maintain' ? 'Maintain' : 'Retain'}</span>{' '}
            {item.description}
          </li>
        ))}
      </ul>
      <p className="guidance-advice">{entry.documentationAdvice}</p>
      <h4>What an auditor asks to see</h4>
      <Points items={entry.auditEvidence} />
      <h4>Common pitfalls</h4>
      <Points items={entry.pitfalls} />
      <h4>In a small organization</h4>
      <p>{entry.smallOrganizations}</p>
      {entry.relatedClauses.length > 0 ? (
        <>
          <h4>Related clauses</h4>
          <RelatedClauses ids={entry.relatedClauses} onOpen={onOpen} />
        </>
      ) : null}
      {entry.relatedTemplates.length > 0 ? (
        <>
          <h4>Templates</h4>
          <ul className="guidance-templates">
            {entry.relatedTemplates.map((id) => (
              <li key={id}>
                {availableTemplates.get(id) ?? id.replaceAll('-', ' ')}
                {availableTemplates.has(id) && onCreateFromTemplate ? (
                  <button type="button" className="link-button" onClick={() => onCreateFromTemplate(id)}>
                    Create from this template
                  </button>
                ) : availableTemplates.has(id) ? null : (
                  <span className="muted"> (its file is missing or broken)</span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {entry.selfCheck.length > 0 ? (
        <>
          <h4>Check yourself</h4>
          <ol className="self-checks">
            {entry.selfCheck.map((item) => (
              <SelfCheck key={item.statement} item={item} />
            ))}
          </ol>
        </>
      ) : null}
    </article>
  );
}

export function FoundationView({ entry, onOpen }: LinkProps & { entry: FoundationEntry }): JSX.Element {
  return (
    <article className="guidance-entry" aria-label={entry.title}>
      <h3>{entry.title}</h3>
      <p className="guidance-intent">{entry.summary}</p>
      <h4>What it means</h4>
      <Points items={entry.explanation} />
      <h4>In practice</h4>
      <Points items={entry.inPractice} />
      <RelatedClauses ids={entry.relatedClauses} onOpen={onOpen} />
    </article>
  );
}

export function CertificationStepView({ step, onOpen }: LinkProps & { step: CertificationStep }): JSX.Element {
  return (
    <article className="guidance-entry" aria-label={step.title}>
      <h3>
        Step {step.order}: {step.title}
      </h3>
      <p className="guidance-intent">{step.summary}</p>
      <h4>What to do</h4>
      <Points items={step.whatToDo} />
      <h4>You are ready when</h4>
      <Points items={step.readyWhen} />
      <h4>Pitfalls</h4>
      <Points items={step.pitfalls} />
      <RelatedClauses ids={step.relatedClauses} onOpen={onOpen} />
    </article>
  );
}
