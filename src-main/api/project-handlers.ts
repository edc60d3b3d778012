import type { ProjectStore } from '../services/project-store';
import type { Handlers } from './dispatcher';

/** The contract's calls, served by one open project. */
export function createProjectHandlers(store: ProjectStore): Handlers {
  return {
    'get-project': () => store.getProject(),
    'read-document': ({ id }) => store.readDocument(id),
    'save-document': ({ id, content, baseVersion }) => store.saveDocument(id, content, baseVersion),
  };
}
