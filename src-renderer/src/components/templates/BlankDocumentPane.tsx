import type { JSX } from 'react';
import type { ProjectView } from '../../../../src-shared/api/contract';
import type { ClauseEntry } from '../../../../src-shared/guidance/catalog-schema';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type DocumentType } from '../../../../src-shared/project/document-types';

interface BlankDocumentPaneProps {
  clause: ClauseEntry | null;
  type: DocumentType;
  prefixes: ProjectView['prefixes'];
  onType: (type: DocumentType) => void;
}

/** A blank document: its type decides its number prefix. */
export function BlankDocumentPane({ clause, type, prefixes, onType }: BlankDocumentPaneProps): JSX.Element {
  return (
    <div className="gallery-preview-head">
      <h3>Blank document</h3>
      <label>
        Type
        <select value={type} onChange={(event) => onType(event.target.value as DocumentType)}>
          {DOCUMENT_TYPES.map((value) => (
            <option key={value} value={value}>
              {DOCUMENT_TYPE_LABELS[value]} ({prefixes[value]}-…)
            </option>
          ))}
        </select>
      </label>
      <p className="muted">
        {clause
          ? `It starts with the heading “${clause.title}”, tagged with clause ${clause.id}, so its guidance comes up as you write.`
          : 'It starts empty. Give it a title above.'}
      </p>
    </div>
  );
}
