import { type JSX, useEffect, useState } from 'react';
import type { QmsApi } from '../../../src-shared/api/client';
import { DOCUMENT_TYPE_LABELS } from '../../../src-shared/project/document-types';
import type { TemplateFrontMatter } from '../../../src-shared/templates/template-schema';
import { Dialog } from './Dialog';

interface NewDocumentDialogProps {
  api: QmsApi;
  onCreated: (id: string) => void;
  onCancel: () => void;
}

/** Start a controlled document from a template; it gets the next free number of its type. */
export function NewDocumentDialog({ api, onCreated, onCancel }: NewDocumentDialogProps): JSX.Element {
  const [templates, setTemplates] = useState<TemplateFrontMatter[] | null>(null);
  const [templateId, setTemplateId] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.listTemplates({}).then((result) => {
      if (!result.ok) return setError(result.error.message);
      setTemplates(result.value.templates);
      setTemplateId((current) => current || result.value.templates[0]?.id || '');
    });
  }, [api]);

  const chosen = templates?.find((template) => template.id === templateId);
  return (
    <Dialog
      title="New document"
      submitLabel="Create"
      busy={busy || !chosen}
      error={error}
      onCancel={onCancel}
      onSubmit={async () => {
        setBusy(true);
        const result = await api.createDocument({ templateId, ...(title.trim() ? { title: title.trim() } : {}) });
        setBusy(false);
        if (!result.ok) return setError(result.error.message);
        onCreated(result.value.meta.id);
      }}
    >
      <label>
        Template
        <select value={templateId} onChange={(event) => setTemplateId(event.target.value)} disabled={!templates}>
          {(templates ?? []).map((template) => (
            <option key={template.id} value={template.id}>
              {template.title} ({DOCUMENT_TYPE_LABELS[template.documentType]})
            </option>
          ))}
        </select>
      </label>
      {chosen ? (
        <p className="dialog-hint">
          {chosen.summary} Clauses {chosen.clauses.join(', ')}.
        </p>
      ) : null}
      <label>
        Title (optional)
        <input value={title} placeholder={chosen?.title ?? ''} onChange={(event) => setTitle(event.target.value)} />
      </label>
    </Dialog>
  );
}
