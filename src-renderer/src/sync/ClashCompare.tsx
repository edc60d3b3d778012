import { type JSX, useCallback, useEffect, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ProjectView, SyncClash } from '../../../src-shared/api/contract';
import { type Comparison, compareContent } from '../../../src-shared/editor/compare/compare-content';
import { fieldDisplayText } from '../../../src-shared/fields/field-catalog';
import { CompareView } from '../revisions/CompareView';

/**
 * Before choosing: what this copy's text of a document says against the shared project's
 * (read from the version Sync fetched, nothing merged). Read-only.
 */
export function ClashCompare({
  api,
  project,
  clash,
  onClose,
}: {
  api: QmsApi;
  project: ProjectView;
  clash: SyncClash;
  onClose: () => void;
}): JSX.Element {
  const [state, setState] = useState<{ comparison: Comparison | null; error: string | null; loading: boolean }>({
    comparison: null,
    error: null,
    loading: true,
  });
  const load = useCallback(async () => {
    setState({ comparison: null, error: null, loading: true });
    const [mine, theirs] = await Promise.all([
      api.readDocument({ id: clash.id }),
      api.readDocumentVersion({ id: clash.id, version: clash.theirs.version }),
    ]);
    if (!mine.ok || !theirs.ok) {
      const error = !mine.ok ? mine.error.message : !theirs.ok ? theirs.error.message : '';
      return setState({ comparison: null, error, loading: false });
    }
    // Linked fields read the same on both sides: this project's values, this copy's document.
    const context = { organization: project.organization, document: mine.value.meta, project };
    const comparison = compareContent(mine.value.content, theirs.value.content, (path) => fieldDisplayText(path, context));
    setState({ comparison, error: null, loading: false });
  }, [api, project, clash.id, clash.theirs.version]);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <CompareView
      from="your version"
      to={`${clash.theirs.by}'s version`}
      comparison={state.comparison}
      note={null}
      loading={state.loading}
      error={state.error}
      onRefresh={() => void load()}
      onClose={onClose}
      changesOnlyAtFirst
    />
  );
}
