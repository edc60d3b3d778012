import type { SerializedContent } from '../editor/serialized-content';
import { walkNodes } from '../editor/serialized-content';
import { type FieldContext, resolveField } from '../fields/field-catalog';
import { contentSentences } from './sentences';

/**
 * How far a document made from a template has been made the organization's own. The
 * most common finding against template-built systems is a document that describes a
 * generic company; these figures show, per document, what is still the template's.
 */
export interface TailoringFigures {
  /** Sentences of the document's own text (headings and guidance left out). */
  sentences: number;
  /** Of those, sentences still word for word the template's; null without a template to compare with. */
  templateSentences: number | null;
  /** Linked fields in the text that have no value yet (they print as "[Label]"). */
  missingFields: number;
  /** Guidance blocks still in the document. */
  guidanceBlocks: number;
  /** "[bracketed instructions]" still in the text. */
  bracketedInstructions: number;
}

/** Above this share of template sentences, approval asks for confirmation. */
export const TEMPLATE_SHARE_WARNING = 0.5;

const BRACKETED = /\[[^\]\n]{2,}\](?!\()/g;

/** A template's sentences, worked out once per compiled template: many documents share one. */
const templateSentenceCache = new WeakMap<SerializedContent, ReadonlySet<string>>();

function templateSentences(content: SerializedContent): ReadonlySet<string> {
  let sentences = templateSentenceCache.get(content);
  if (!sentences) {
    sentences = new Set(contentSentences(content));
    templateSentenceCache.set(content, sentences);
  }
  return sentences;
}

/**
 * The figures of one document. `templateContent` is its template compiled now (null for
 * a document not made from a template, or whose template is gone); fields resolve
 * against the profile and the document's own control data.
 */
export function computeTailoring(
  content: SerializedContent,
  templateContent: SerializedContent | null,
  fields: FieldContext,
): TailoringFigures {
  const sentences = contentSentences(content);
  let fromTemplate: number | null = null;
  if (templateContent) {
    const known = templateSentences(templateContent);
    fromTemplate = sentences.filter((sentence) => known.has(sentence)).length;
  }
  let missingFields = 0;
  let guidanceBlocks = 0;
  let bracketedInstructions = 0;
  // Not into guidance: its fields and brackets are instructions to the author, not the document's text.
  for (const { node } of walkNodes(content.root.children, { nested: false })) {
    if (node.type === 'guidance') guidanceBlocks += 1;
    if (node.type === 'field' && resolveField(String(node.path), fields).missing) missingFields += 1;
    if (node.type === 'text' && typeof node.text === 'string') bracketedInstructions += node.text.match(BRACKETED)?.length ?? 0;
  }
  return { sentences: sentences.length, templateSentences: fromTemplate, missingFields, guidanceBlocks, bracketedInstructions };
}

/** The share of sentences still the template's, 0 to 1; null without a template. */
export function templateShare(figures: TailoringFigures): number | null {
  if (figures.templateSentences === null) return null;
  return figures.sentences === 0 ? 0 : figures.templateSentences / figures.sentences;
}

/**
 * What is left to tailor, one plain line each; empty when the document reads as the
 * organization's own. Approval asks for confirmation when this is not empty.
 */
export function tailoringWarnings(figures: TailoringFigures): string[] {
  const warnings: string[] = [];
  const share = templateShare(figures);
  if (share !== null && share >= TEMPLATE_SHARE_WARNING) {
    warnings.push(
      `${Math.round(share * 100)}% of its text is still the template's wording (${figures.templateSentences} of ${figures.sentences} sentences).`,
    );
  }
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (figures.missingFields > 0) {
    warnings.push(`${count(figures.missingFields, 'field has', 'fields have')} no value and would print as "[…]".`);
  }
  if (figures.guidanceBlocks > 0) {
    warnings.push(`${count(figures.guidanceBlocks, 'guidance block is', 'guidance blocks are')} still in the document.`);
  }
  if (figures.bracketedInstructions > 0) {
    warnings.push(
      `${count(figures.bracketedInstructions, '[bracketed instruction] is', '[bracketed instructions] are')} still in the text.`,
    );
  }
  return warnings;
}

/** A short summary for a register column: "62% template · 3 fields · 2 guidance · 5 [ ]". */
export function tailoringSummary(figures: TailoringFigures): string {
  const parts: string[] = [];
  const share = templateShare(figures);
  if (share !== null) parts.push(`${Math.round(share * 100)}% template`);
  if (figures.missingFields) parts.push(`${figures.missingFields} empty field${figures.missingFields === 1 ? '' : 's'}`);
  if (figures.guidanceBlocks) parts.push(`${figures.guidanceBlocks} guidance`);
  if (figures.bracketedInstructions) parts.push(`${figures.bracketedInstructions} [ ]`);
  return parts.join(' · ');
}
