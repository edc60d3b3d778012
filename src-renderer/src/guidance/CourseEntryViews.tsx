import type { JSX } from 'react';
import { entryNumber, requiredDocumentedInformation } from '../../../src-shared/guidance/catalog-entries';
import type {
  ClauseCatalog,
  ExplainerEntry,
  FaqEntry,
  FrontMatterEntry,
  TermEntry,
} from '../../../src-shared/guidance/catalog-schema';
import { EntryLinks, type LinkProps, Points, RelatedClauses } from './ClauseEntryView';
import { useTermLinks } from './term-links';

/** The explainer under which the program lists every item of documented information the standard requires. */
export const REQUIRED_INFORMATION_EXPLAINER = 'explainer-required-documented-information';

/** A heading and its clause chips, or nothing when there are none. */
function RelatedClausesSection({ heading, ids, onOpen }: LinkProps & { heading: string; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <RelatedClauses ids={ids} onOpen={onOpen} />
    </>
  );
}

function Foundations({ ids, catalog, onOpen }: LinkProps & { ids: readonly string[]; catalog: ClauseCatalog }) {
  if (ids.length === 0) return null;
  const title = (id: string) => catalog.foundations.find((entry) => entry.id === id)?.title ?? id;
  return (
    <>
      <h4>Rests on</h4>
      <EntryLinks label="Principles and foundations" links={ids.map((id) => ({ id, title: title(id) }))} onOpen={onOpen} />
    </>
  );
}

export function FrontMatterView({ entry, catalog, onOpen }: LinkProps & { entry: FrontMatterEntry; catalog: ClauseCatalog }) {
  const link = useTermLinks();
  const parts = catalog.frontMatter.filter((other) => other.parent === entry.id);
  return (
    <article className="guidance-entry" aria-label={`${entry.id} ${entry.title}`}>
      <h3>
        <span className="clause-number">{entryNumber('front-matter', entry.id)}</span> {entry.title}
      </h3>
      <p className="guidance-intent">{link(entry.summary)}</p>
      {parts.length > 0 ? (
        <EntryLinks
          label="Parts"
          links={parts.map((part) => ({ id: part.id, title: `${part.id} ${part.title}` }))}
          onOpen={onOpen}
        />
      ) : null}
      <h4>What it means for you</h4>
      <Points items={entry.meaning} link={link} />
      <h4>In practice</h4>
      <Points items={entry.inPractice} link={link} />
      <Foundations ids={entry.foundations} catalog={catalog} onOpen={onOpen} />
      <RelatedClausesSection heading="Related clauses" ids={entry.relatedClauses} onOpen={onOpen} />
    </article>
  );
}

export function TermView({ entry, terms, onOpen }: LinkProps & { entry: TermEntry; terms: readonly TermEntry[] }) {
  const link = useTermLinks(entry.id);
  const related = entry.related.map((id) => ({ id, title: terms.find((term) => term.id === id)?.term ?? id }));
  return (
    <article className="guidance-entry" aria-label={`Glossary: ${entry.term}`}>
      <h3>
        <span className="muted">Glossary:</span> {entry.term}
      </h3>
      <p className="guidance-intent">{link(entry.meaning)}</p>
      <Points items={entry.explanation} link={link} />
      {related.length > 0 ? (
        <>
          <h4>See also</h4>
          <EntryLinks label="Related terms" links={related} onOpen={onOpen} />
        </>
      ) : null}
      <RelatedClausesSection heading="Where the standard uses it" ids={entry.relatedClauses} onOpen={onOpen} />
    </article>
  );
}

export function FaqView({ entry, onOpen }: LinkProps & { entry: FaqEntry }) {
  const link = useTermLinks();
  return (
    <article className="guidance-entry" aria-label={entry.question}>
      <h3>{entry.question}</h3>
      <p className="guidance-intent">{link(entry.answer)}</p>
      <Points items={entry.details} link={link} />
      <RelatedClausesSection heading="Related clauses" ids={entry.relatedClauses} onOpen={onOpen} />
    </article>
  );
}

export function ExplainerView({ entry, catalog, onOpen }: LinkProps & { entry: ExplainerEntry; catalog: ClauseCatalog }) {
  const link = useTermLinks();
  return (
    <article className="guidance-entry" aria-label={entry.title}>
      <h3>{entry.title}</h3>
      <p className="guidance-intent">{link(entry.summary)}</p>
      {entry.sections.map((section) => (
        <section key={section.heading} aria-label={section.heading}>
          <h4>{section.heading}</h4>
          <Points items={section.points} link={link} />
        </section>
      ))}
      {entry.id === REQUIRED_INFORMATION_EXPLAINER ? <RequiredInformation catalog={catalog} onOpen={onOpen} /> : null}
      <Foundations ids={entry.foundations} catalog={catalog} onOpen={onOpen} />
      <RelatedClausesSection heading="Related clauses" ids={entry.relatedClauses} onOpen={onOpen} />
    </article>
  );
}

/** The consolidated list, computed from the clause entries so it never disagrees with them. */
function RequiredInformation({ catalog, onOpen }: LinkProps & { catalog: ClauseCatalog }): JSX.Element {
  const rows = requiredDocumentedInformation(catalog);
  return (
    <table className="required-information" aria-label="Documented information the standard requires">
      <caption>
        {rows.length} items: {rows.filter((row) => row.kind === 'maintain').length} to maintain,{' '}
        {rows.filter((row) => row.kind === 'retain').length} to retain
      </caption>
      <thead>
        <tr>
          <th scope="col">Clause</th>
          <th scope="col">Kind</th>
          <th scope="col">What</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.clause}:${row.description}`}>
            <td>
              <button type="button" className="clause-chip" title={row.title} onClick={() => onOpen(row.clause)}>
                {row.clause}
              </button>
            </td>
            <td>
              <span className={`di-kind di-${row.kind}`}>{row.kind === 'maintain' ? 'Maintain' : 'Retain'}</span>
            </td>
            <td>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
