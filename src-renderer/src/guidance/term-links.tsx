import { createContext, type JSX, type ReactNode, useContext, useMemo } from 'react';
import type { TermEntry } from '../../../src-shared/guidance/catalog-schema';
import { termFinder } from '../../../src-shared/guidance/term-links';

interface TermLinks {
  find: ReturnType<typeof termFinder>;
  meanings: ReadonlyMap<string, string>;
  onOpen: (id: string) => void;
}

const TermLinksContext = createContext<TermLinks | null>(null);

/** Gives the guidance texts below it the glossary, so the terms they use become links. */
export function TermLinksProvider(props: { terms: readonly TermEntry[]; onOpen: (id: string) => void; children: ReactNode }) {
  const { terms, onOpen, children } = props;
  const value = useMemo(
    () => ({ find: termFinder(terms), meanings: new Map(terms.map((entry) => [entry.id, entry.meaning])), onOpen }),
    [terms, onOpen],
  );
  return <TermLinksContext.Provider value={value}>{children}</TermLinksContext.Provider>;
}

/**
 * A function that turns a text into text with glossary links: the first mention of each term
 * in one entry, so a page is not a sea of links; never the entry's own term. Call it in the
 * order the texts are shown.
 */
export function useTermLinks(ownId?: string): (text: string) => ReactNode {
  const links = useContext(TermLinksContext);
  const seen = new Set<string>(ownId ? [ownId] : []);
  return (text) => {
    if (!links) return text;
    const parts: ReactNode[] = [];
    let at = 0;
    for (const mention of links.find(text)) {
      if (seen.has(mention.termId)) continue;
      seen.add(mention.termId);
      parts.push(text.slice(at, mention.start));
      parts.push(
        <TermLink
          key={mention.start}
          text={text.slice(mention.start, mention.end)}
          meaning={links.meanings.get(mention.termId) ?? ''}
          onOpen={() => links.onOpen(mention.termId)}
        />,
      );
      at = mention.end;
    }
    if (parts.length === 0) return text;
    parts.push(text.slice(at));
    return parts;
  };
}

function TermLink({ text, meaning, onOpen }: { text: string; meaning: string; onOpen: () => void }): JSX.Element {
  return (
    <button type="button" className="term-link" title={meaning} onClick={onOpen}>
      {text}
    </button>
  );
}
