import { useCallback, useRef, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import type { DocumentVersionView, OpenedDocument } from '../../../src-shared/api/contract';
import { compareContent } from '../../../src-shared/editor/compare/compare-content';
import type { SerializedContent } from '../../../src-shared/editor/serialized-content';
import type { SaveController } from '../save/save-controller';
import type { CompareViewProps } from './CompareView';
import { currentPhrase, versionPhrase } from './version-labels';

/** Two texts of a document to compare: an older version, and a newer version or the current text. */
export interface VersionPair {
  base: DocumentVersionView;
  with: DocumentVersionView | 'current';
}

/** What the compare view shows of a comparison between versions (its heading's words from version-labels). */
export type VersionComparison = Pick<CompareViewProps, 'from' | 'to' | 'comparison' | 'note' | 'loading' | 'error'>;

interface VersionCompareOptions {
  api: QmsApi;
  opened: OpenedDocument;
  controller: SaveController<SerializedContent> | null;
  fieldText: (path: string) => string;
}

/**
 * A comparison between versions of the open document, or between a version and the
 * current text (saved first, then read back). Read-only: it reads, it never writes.
 */
export function useVersionCompare({ api, opened, controller, fieldText }: VersionCompareOptions) {
  const { id } = opened.meta;
  const [shown, setShown] = useState<(VersionComparison & { id: string; pair: VersionPair }) | null>(null);
  // Only the latest request may show its answer.
  const latest = useRef(0);

  const compare = useCallback(
    async (pair: VersionPair) => {
      const asked = ++latest.current;
      const toCurrent = pair.with === 'current';
      setShown({
        id,
        pair,
        from: versionPhrase(pair.base),
        to: pair.with === 'current' ? currentPhrase(opened.meta) : versionPhrase(pair.with),
        comparison: null,
        note: null,
        loading: true,
        error: null,
      });
      if (toCurrent) await controller?.saveNow();
      const [base, other] = await Promise.all([
        api.readDocumentVersion({ id, version: pair.base.id }),
        pair.with === 'current' ? api.readDocument({ id }) : api.readDocumentVersion({ id, version: pair.with.id }),
      ]);
      if (asked !== latest.current) return;
      const answer: Pick<VersionComparison, 'comparison' | 'note' | 'error'> = !base.ok
        ? { comparison: null, note: null, error: base.error.message }
        : !other.ok
          ? { comparison: null, note: null, error: other.error.message }
          : {
              comparison: compareContent(base.value.content, other.value.content, fieldText),
              note:
                toCurrent && controller?.hasUnsavedChanges
                  ? 'Your latest changes could not be saved yet, so this shows the draft as last saved.'
                  : null,
              error: null,
            };
      setShown((open) => (open ? { ...open, ...answer, loading: false } : open));
    },
    [api, id, opened.meta, controller, fieldText],
  );

  const close = useCallback(() => {
    latest.current += 1;
    setShown(null);
  }, []);

  // What was compared belongs to one document: after a switch it reads as closed.
  const view = shown?.id === id ? shown : null;
  return {
    view,
    compare: (pair: VersionPair) => void compare(pair),
    refresh: () => {
      if (view) void compare(view.pair);
    },
    close,
  };
}
