import { fieldDefinition, missingFieldText } from '../fields/field-catalog';

/**
 * What the user should know about an export before sending it: facts shown as
 * "[Label]" because nobody filled them in, text still as the template wrote it, review
 * copies that carry guidance. One line each, naming the document.
 */
export class ExportWarnings {
  private readonly lines = new Map<string, string>();

  missingField(documentId: string, path: string): void {
    const definition = fieldDefinition(path);
    const where = definition ? `; fill it in ${definition.source}` : ' (a field this program does not know)';
    this.add(documentId, `no value for ${definition?.label ?? path}, shown as ${missingFieldText(path)}${where}.`);
  }

  add(documentId: string | null, message: string): void {
    const line = documentId ? `${documentId}: ${message}` : message;
    this.lines.set(line, line);
  }

  list(): string[] {
    return [...this.lines.values()];
  }
}
