import type { OpenedDocument } from '../../../src-shared/api/contract';

// Documents whose content came from the edit journal rather than from disk. Marked by
// object, so the mark goes with exactly the document handed to the editor.
const recovered = new WeakSet<OpenedDocument>();

export function markRecovered(document: OpenedDocument): OpenedDocument {
  recovered.add(document);
  return document;
}

/** The editor starts such a document as unsaved changes, so it is saved like any edit. */
export function isRecoveredDocument(document: OpenedDocument): boolean {
  return recovered.has(document);
}
