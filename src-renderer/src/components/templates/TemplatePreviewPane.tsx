import { type JSX, useEffect, useMemo, useState } from 'react';
import type { QmsApi } from '../../../../src-shared/api/client';
import type { ProjectView, ResponseOf, TemplateCardView } from '../../../../src-shared/api/contract';
import { initialRevision } from '../../../../src-shared/control/revision';
import { DOCUMENT_TYPE_LABELS } from '../../../../src-shared/project/document-types';
import type { DocumentMeta } from '../../../../src-shared/project/schema';
import { FieldValuesProvider } from '../../editor/fields/field-values';
import { ContentPreview } from '../../editor/ui/ContentPreview';

interface TemplatePreviewPaneProps {
  api: QmsApi;
  project: ProjectView;
  template: TemplateCardView;
  title: string;
  userName: string | null;
}

/** The chosen template as the new document will start: the organization's facts filled in, its guidance shown. */
export function TemplatePreviewPane({ api, project, template, title, userName }: TemplatePreviewPaneProps): JSX.Element {
  const [preview, setPreview] = useState<ResponseOf<'preview-template'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.previewTemplate({ id: template.id }).then((result) => {
      if (result.ok) setPreview(result.value);
      else setError(result.error.message);
    });
  }, [api, template.id]);

  const number = preview?.nextNumber ?? null;
  // The document as it will be created, so its fields show what they will show.
  const fields = useMemo(() => {
    const meta: DocumentMeta = {
      id: number ?? `${project.prefixes[template.documentType]}-000`,
      title,
      type: template.documentType,
      status: 'draft',
      revision: initialRevision(project.revisionScheme),
      owner: project.organization.qualityManager || (userName ?? ''),
      author: userName ?? '',
      reviewer: '',
      clauses: template.clauses,
      changeSummary: 'First issue.',
      nextReviewDate: null,
      effective: null,
      template: template.id,
    };
    return { organization: project.organization, document: meta, project: { reviewPeriodMonths: project.reviewPeriodMonths } };
  }, [number, title, template, project, userName]);

  return (
    <>
      <div className="gallery-preview-head">
        <h3>{template.title}</h3>
        <p>{template.summary}</p>
        <p className="muted">
          {DOCUMENT_TYPE_LABELS[template.documentType]} · clauses {template.clauses.join(', ') || 'none'} ·{' '}
          {number ? (
            <>
              will be numbered <strong className="doc-id">{number}</strong>
            </>
          ) : (
            'numbering…'
          )}
        </p>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus so the keyboard can scroll it (WCAG 2.1.1, axe scrollable-region-focusable). */}
      <section className="gallery-preview" aria-label="Preview" aria-busy={preview === null} tabIndex={0}>
        {error ? <p className="dialog-error">{error}</p> : null}
        {preview ? (
          <FieldValuesProvider value={fields}>
            <ContentPreview content={preview.content} label={`Preview of ${template.title}`} />
          </FieldValuesProvider>
        ) : null}
      </section>
    </>
  );
}
