import type { SerializedContent } from '../../src-shared/editor/serialized-content';
import type { FieldContext } from '../../src-shared/fields/field-catalog';
import { stableStringify } from '../../src-shared/json/stable-stringify';
import type { DocumentFile, DocumentMeta } from '../../src-shared/project/schema';
import { computeTailoring, type TailoringFigures } from '../../src-shared/tailoring/tailoring';
import type { CompiledTemplate } from '../../src-shared/templates/compile-template';
import type { TemplateLibrary } from './template-library';

interface Entry {
  fileVersion: string;
  template: CompiledTemplate | null;
  contextKey: string;
  figures: TailoringFigures;
}

/**
 * Tailoring figures (src-shared/tailoring) of a project's documents. The document list
 * asks for every document at each refresh, so the figures of a document are kept until
 * its file, its template or the profile changes, and each template is looked up once.
 */
export class TailoringCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly templates: TemplateLibrary,
    private readonly context: (meta: DocumentMeta) => FieldContext,
  ) {}

  /** Figures of every document, by id; `versions` are the file versions they were read at. */
  async all(
    documents: readonly DocumentFile[],
    versions: ReadonlyMap<string, string>,
  ): Promise<Record<string, TailoringFigures>> {
    const looked = new Map<string, Promise<CompiledTemplate | null>>();
    const templateOf = (id: string) => {
      if (!looked.has(id)) looked.set(id, this.templates.compiledOrNull(id));
      return looked.get(id) as Promise<CompiledTemplate | null>;
    };
    const figures: Record<string, TailoringFigures> = {};
    for (const { meta, content } of documents) {
      const template = meta.template ? await templateOf(meta.template) : null;
      figures[meta.id] = this.figures(meta, content, template, versions.get(meta.id));
    }
    return figures;
  }

  /** Figures of one document as it is now (after a write). */
  async of(meta: DocumentMeta, content: SerializedContent): Promise<TailoringFigures> {
    const template = meta.template ? await this.templates.compiledOrNull(meta.template) : null;
    return this.figures(meta, content, template);
  }

  private figures(
    meta: DocumentMeta,
    content: SerializedContent,
    template: CompiledTemplate | null,
    fileVersion?: string,
  ): TailoringFigures {
    const context = this.context(meta);
    // What the figures depend on besides the document and its template.
    const contextKey = stableStringify({ organization: context.organization, project: context.project });
    const cached = fileVersion ? this.entries.get(meta.id) : undefined;
    if (cached && cached.fileVersion === fileVersion && cached.template === template && cached.contextKey === contextKey) {
      return cached.figures;
    }
    const figures = computeTailoring(content, template?.content ?? null, context);
    if (fileVersion) this.entries.set(meta.id, { fileVersion, template, contextKey, figures });
    return figures;
  }
}
