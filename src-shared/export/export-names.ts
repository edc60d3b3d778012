import type { DocumentMeta } from '../project/schema';

/** A file name any system accepts: no path separators, reserved or control characters, at most 120 characters. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return cleaned.slice(0, 120).trim() || 'export';
}

export type ExportNaming =
  | { kind: 'document'; meta: Pick<DocumentMeta, 'id' | 'title' | 'revision'>; organization: string; today: string }
  | { kind: 'manual'; organization: string; today: string }
  | { kind: 'register'; format: 'docx' | 'csv'; organization: string; today: string };

/** "PRO-002 Control of documents rev 3.docx", "Acme QMS manual 2026-11-30.docx", "Acme master document list 2026-11-30.csv". */
export function exportFileName(naming: ExportNaming): string {
  switch (naming.kind) {
    case 'document':
      return `${safeFileName(`${naming.meta.id} ${naming.meta.title} rev ${naming.meta.revision}`)}.docx`;
    case 'manual':
      return `${safeFileName(`${naming.organization} QMS manual ${naming.today}`)}.docx`;
    case 'register':
      return `${safeFileName(`${naming.organization} master document list ${naming.today}`)}.${naming.format}`;
  }
}
