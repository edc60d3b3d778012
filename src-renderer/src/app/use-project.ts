import { useCallback, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { ProjectView, SavedDocumentView } from '../../../src-shared/api/contract';
import type { ApiError } from '../../../src-shared/api/result';
import type { DocumentMeta } from '../../../src-shared/project/schema';

/** The open project as the window shows it: read from the main process, updated by the answers to writes. */
export function useProject(api: QmsApi) {
  const [project, setProject] = useState<ProjectView | null>(null);
  const [projectError, setProjectError] = useState<ApiError | null>(null);

  const refreshProject = useCallback(async () => {
    const result = await api.getProject({});
    if (!result.ok) {
      setProjectError(result.error);
      return null;
    }
    setProject(result.value);
    document.title = `${result.value.organization.name} — QMS Workbench`;
    return result.value;
  }, [api]);

  /** A write answered with a document's new metadata. */
  const documentChanged = useCallback((meta: DocumentMeta) => {
    setProject((current) =>
      current ? { ...current, documents: current.documents.map((doc) => (doc.id === meta.id ? meta : doc)) } : current,
    );
  }, []);

  /** A write of a document answered with its metadata and its tailoring figures. */
  const documentSaved = useCallback((saved: Pick<SavedDocumentView, 'meta' | 'tailoring'>) => {
    setProject((current) =>
      current
        ? {
            ...current,
            documents: current.documents.map((doc) => (doc.id === saved.meta.id ? saved.meta : doc)),
            tailoring: { ...current.tailoring, [saved.meta.id]: saved.tailoring },
          }
        : current,
    );
  }, []);

  return { project, projectError, refreshProject, documentChanged, documentSaved };
}
