import { useCallback, useEffect, useMemo, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ProjectView } from '../../../src-shared/api/contract';
import type { ClauseCatalog } from '../../../src-shared/guidance/catalog-schema';
import { type ClauseCoverage, computeCoverage } from '../../../src-shared/guidance/coverage';
import type { WorkbenchDatabase } from '../db/database';
import { indexGuidance } from './guidance-search';

const PINNED_CLAUSE_KEY = 'qms-pinned-clause';

export interface Guidance {
  catalog: ClauseCatalog | null;
  /** The templates in the library: id to title. */
  templateIds: ReadonlyMap<string, string>;
  coverage: ClauseCoverage[];
  pinned: string | null;
  pin: (id: string | null) => void;
  /** Why the catalog could not be loaded, if it could not. */
  error: string | null;
  /** The search index holds this catalog: a search typed before then is run again. */
  searchReady: boolean;
}

/**
 * The clause catalog and what the program derives from it for one project: the
 * search index (Dexie), coverage, and the pinned clause (kept across restarts).
 */
export function useGuidance(api: QmsApi, db: WorkbenchDatabase, project: ProjectView | null, storage: Storage): Guidance {
  const [catalog, setCatalog] = useState<ClauseCatalog | null>(null);
  const [templateIds, setTemplateIds] = useState<ReadonlyMap<string, string>>(new Map());
  const [pinned, setPinned] = useState<string | null>(() => storage.getItem(PINNED_CLAUSE_KEY));
  const [error, setError] = useState<string | null>(null);
  const [searchReady, setSearchReady] = useState(false);

  useEffect(() => {
    // Answers that arrive after the window has moved on (or closed) are dropped: indexing
    // the guidance can outlive the component, and a state update then has no window.
    let current = true;
    // The templates come on their own: the first listing compiles the library, and the
    // guidance and its search index must not wait for it.
    void api.listTemplates({}).then((templates) => {
      if (current && templates.ok)
        setTemplateIds(new Map(templates.value.templates.map((template) => [template.id, template.title])));
    });
    void (async () => {
      const loaded = await api.getCatalog({});
      if (!current) return;
      if (!loaded.ok) {
        setError(`The clause guidance could not be loaded: ${loaded.error.message}`);
        return;
      }
      setCatalog(loaded.value);
      // The search index lives in IndexedDB; without it search is off, the rest still works.
      await indexGuidance(db, loaded.value).then(
        () => current && setSearchReady(true),
        () => undefined,
      );
    })();
    return () => {
      current = false;
    };
  }, [api, db]);

  const coverage = useMemo(
    () =>
      catalog && project
        ? computeCoverage({
            clauses: catalog.clauses,
            documents: project.documents,
            sectionClauses: project.sectionClauses,
            notApplicable: project.organization.notApplicable,
          })
        : [],
    [catalog, project],
  );

  const pin = useCallback(
    (id: string | null) => {
      setPinned(id);
      if (id) storage.setItem(PINNED_CLAUSE_KEY, id);
      else storage.removeItem(PINNED_CLAUSE_KEY);
    },
    [storage],
  );

  return { catalog, templateIds, coverage, pinned, pin, error, searchReady };
}
