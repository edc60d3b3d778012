import { type JSX, useState } from 'react';
import type { DocumentMeta } from '../../../src-shared/project/schema';
import { TEMPLATE_ID_PATTERN } from '../../../src-shared/templates/template-schema';
import { Dialog } from './Dialog';

export interface TemplateDetailsEdit {
  templateId: string;
  title: string;
  summary: string;
}

interface SaveAsTemplateDialogProps {
  meta: DocumentMeta;
  error: string | null;
  busy: boolean;
  onSave: (details: TemplateDetailsEdit) => void;
  onCancel: () => void;
}

const kebab = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, 't-$1')
    .slice(0, 60);

/** A document as a template of this project: its text, fields and guidance, for the next document like it. */
export function SaveAsTemplateDialog({ meta, error, busy, onSave, onCancel }: SaveAsTemplateDialogProps): JSX.Element {
  const [title, setTitle] = useState(meta.title);
  const [templateId, setTemplateId] = useState(kebab(meta.title));
  const [summary, setSummary] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  return (
    <Dialog
      title={`Save ${meta.id} as a template`}
      submitLabel="Save template"
      busy={busy}
      error={localError ?? error}
      onCancel={onCancel}
      onSubmit={() => {
        if (!TEMPLATE_ID_PATTERN.test(templateId))
          return setLocalError('The template id is lower-case words joined by hyphens, such as site-induction.');
        if (!title.trim() || !summary.trim()) return setLocalError('Give the template a title and a one-sentence summary.');
        setLocalError(null);
        onSave({ templateId, title: title.trim(), summary: summary.trim() });
      }}
    >
      <p className="dialog-lead">
        It goes into this project’s templates folder, for the gallery. Linked fields and guidance stay as they are; the document
        itself does not change.
      </p>
      <label>
        Title in the gallery
        <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        Template id (its file name)
        <input value={templateId} onChange={(event) => setTemplateId(event.target.value)} />
      </label>
      <label>
        Summary
        <input
          value={summary}
          placeholder="One sentence: what the document is for"
          onChange={(event) => setSummary(event.target.value)}
        />
      </label>
    </Dialog>
  );
}
