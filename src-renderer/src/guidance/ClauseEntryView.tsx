import { type JSX, type ReactNode, useState } from 'react';
import type {
  CertificationStep,
  ClauseEntry,
  FoundationEntry,
  ScenarioQuestion,
  SelfCheckItem,
} from '../../../src-shared/guidance/catalog-schema';
import { compareClauseIds, isWithinClause } from '../../../src-shared/guidance/clause-tree';
import { useTermLinks } from './term-links';

export interface LinkProps {
  onOpen: (id: string) => void;
}

/** A text with its glossary links, as `useTermLinks` makes them. */
export type Linker = (text: string) => ReactNode;

export function Points({ items, link }: { items: readonly string[]; link?: Linker }): JSX.Element {
  return (
    <ul className="guidance-points">
      {items.map((item) => (
        <li key={item}>{link ? link(item) : item}</li>
      ))}
    </ul>
  );
}

export function RelatedClauses({ ids, onOpen }: LinkProps & { ids: readonly string[] }): JSX.Element {
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

/** Links to other entries by their titles: foundations, terms, the entries a foundation carries. */
export function EntryLinks({ links, onOpen, label }: LinkProps & { links: Array<{ id: string; title: string }>; label: string }) {
  return (
    <ul className="entry-links" aria-label={label}>
      {links.map((link) => (
        <li key={link.id}>
          <button type="button" className="link-button" onClick={() => onOpen(link.id)}>
            {link.title}
          </button>
        </li>
      ))}
    </ul>
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

function Question({ question }: { question: ScenarioQuestion }): JSX.Element {
  const [chosen, setChosen] = useState<number | null>(null);
  return (
    <li className="self-check">
      <p>{question.scenario}</p>
      {chosen === null ? (
        <div className="question-options">
          {question.options.map((option, index) => (
            <button key={option} type="button" onClick={() => setChosen(index)}>
              {option}
            </button>
          ))}
        </div>
      ) : (
        <p className={chosen === question.answer ? 'self-check-right' : 'self-check-wrong'}>
          {chosen === question.answer ? 'Right' : 'Not quite'}: {question.options[question.answer]?.replace(/[.]+$/, '')}.{' '}
          {question.explanation}
        </p>
      )}
    </li>
  );
}

/** What the documented-information section says when this clause itself requires none. */
function noneRequiredHere(entry: ClauseEntry, clauses: readonly ClauseEntry[]): string {
  const below = clauses.filter(
    (other) => other.id !== entry.id && isWithinClause(other.id, entry.id) && other.documentedInformation.length > 0,
  );
  if (below.length === 0) return 'This clause requires none.';
  return `None in this clause itself; its sub-clauses require some: ${below
    .map((other) => `${other.id} (${[...new Set(other.documentedInformation.map((item) => item.kind))].join(' and ')})`)
    .join(', ')}.`;
}

interface ClauseEntryViewProps extends LinkProps {
  entry: ClauseEntry;
  /** Every clause, to say where the documented information of a heading lies. */
  clauses: readonly ClauseEntry[];
  /** Titles of the foundations, by id, to link the ones this clause rests on. */
  foundationTitles: ReadonlyMap<string, string>;
  /** Templates in the library: id to title. */
  availableTemplates: ReadonlyMap<string, string>;
  onCreateFromTemplate?: ((templateId: string) => void) | undefined;
  /** Starts an awareness quiz on this clause (the training view). */
  onStartQuiz?: ((clause: string) => void) | undefined;
}

/** One clause explained: what it is for, what to do, who answers for it, what to keep, what auditors look for. */
export function ClauseEntryView(props: ClauseEntryViewProps): JSX.Element {
  const { entry, availableTemplates, onCreateFromTemplate, onOpen } = props;
  const link = useTermLinks();
  const questions = entry.selfCheck.length + entry.questions.length;
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
      <p className="guidance-intent">{link(entry.intent)}</p>
      {entry.foundations.length > 0 ? (
        <>
          <h4>Rests on</h4>
          <EntryLinks
            label="Principles and foundations"
            links={entry.foundations.map((id) => ({ id, title: props.foundationTitles.get(id) ?? id }))}
            onOpen={onOpen}
          />
        </>
      ) : null}
      <h4>What you have to do</h4>
      <Points items={entry.obligations} link={link} />
      <h4>Who is accountable</h4>
      <p>{link(entry.accountability)}</p>
      <h4>Documented information</h4>
      {entry.documentedInformation.length === 0 ? <p className="muted">{noneRequiredHere(entry, props.clauses)}</p> : null}
      <ul className="documented-information">
        {entry.documentedInformation.map((item) => (
          <li key={item.description}>
            <span className={`di-kind di-${item.kind}`}>{item.kind === 'maintain' ? 'Maintain' : 'Retain'}</span>{' '}
            {item.description}
          </li>
        ))}
      </ul>
      <p className="guidance-advice">{link(entry.documentationAdvice)}</p>
      <h4>What an auditor asks to see</h4>
      <Points items={entry.auditEvidence} link={link} />
      <h4>Common pitfalls</h4>
      <Points items={entry.pitfalls} link={link} />
      <h4>In a small organization</h4>
      <p>{link(entry.smallOrganizations)}</p>
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
      {questions > 0 ? (
        <>
          <h4>Check yourself</h4>
          <ol className="self-checks">
            {entry.selfCheck.map((item) => (
              <SelfCheck key={item.statement} item={item} />
            ))}
            {entry.questions.map((question) => (
              <Question key={question.scenario} question={question} />
            ))}
          </ol>
          {props.onStartQuiz ? (
            <button type="button" className="quiz-start" onClick={() => props.onStartQuiz?.(entry.id)}>
              Quiz someone on {entry.id}
            </button>
          ) : null}
        </>
      ) : null}
    </article>
  );
}

interface FoundationViewProps extends LinkProps {
  entry: FoundationEntry;
  /** Foundations below this one (the seven principles under the principles entry). */
  parts: readonly FoundationEntry[];
  /** Clause entries that name this foundation as one they rest on. */
  restingOn: readonly ClauseEntry[];
}

export function FoundationView({ entry, parts, restingOn, onOpen }: FoundationViewProps): JSX.Element {
  const link = useTermLinks();
  // The clauses it names, and those that name it.
  const clauses = [...new Set([...entry.relatedClauses, ...restingOn.map((clause) => clause.id)])].sort(compareClauseIds);
  return (
    <article className="guidance-entry" aria-label={entry.title}>
      <h3>{entry.title}</h3>
      <p className="guidance-intent">{link(entry.summary)}</p>
      {parts.length > 0 ? (
        <EntryLinks label="Parts" links={parts.map((child) => ({ id: child.id, title: child.title }))} onOpen={onOpen} />
      ) : null}
      <h4>What it means</h4>
      <Points items={entry.explanation} link={link} />
      <h4>In practice</h4>
      <Points items={entry.inPractice} link={link} />
      {clauses.length > 0 ? (
        <>
          <h4>Clauses that rest on it</h4>
          <RelatedClauses ids={clauses} onOpen={onOpen} />
        </>
      ) : null}
    </article>
  );
}

export function CertificationStepView({ step, onOpen }: LinkProps & { step: CertificationStep }): JSX.Element {
  const link = useTermLinks();
  return (
    <article className="guidance-entry" aria-label={step.title}>
      <h3>
        Step {step.order}: {step.title}
      </h3>
      <p className="guidance-intent">{link(step.summary)}</p>
      <h4>What to do</h4>
      <Points items={step.whatToDo} link={link} />
      <h4>You are ready when</h4>
      <Points items={step.readyWhen} link={link} />
      <h4>Pitfalls</h4>
      <Points items={step.pitfalls} link={link} />
      <RelatedClauses ids={step.relatedClauses} onOpen={onOpen} />
    </article>
  );
}
