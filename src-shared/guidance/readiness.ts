import { hasRevisionInForce, isReviewOverdue } from '../control/status-rules';
import type { DocumentMeta } from '../project/schema';
import type { CertificationStep, StandardManifest } from './catalog-schema';
import type { ClauseCoverage } from './coverage';

export interface GroupReadiness {
  id: string;
  title: string;
  /** Clauses requiring documented information, not (acceptably) declared not applicable. */
  required: number;
  covered: number;
  /** Documents with an approved revision in force, also those being revised meanwhile. */
  inForce: number;
  /** Documents whose working revision is a draft or in review. */
  draft: number;
  overdue: number;
}

export interface StepReadiness {
  step: CertificationStep;
  done: boolean;
  /** Whether the user recorded it (and can take it back) or the documents prove it. */
  source: 'recorded' | 'documents' | 'none';
  /** Why it counts as done, or what is missing. */
  evidence: string;
}

export interface CertificationProgress {
  [stepId: string]: { done: boolean; date?: string | undefined; note?: string | undefined } | undefined;
}

/** Per clause group 4-10: how much of what the standard requires is written, and in what state. */
export function groupReadiness(
  manifest: StandardManifest,
  coverage: readonly ClauseCoverage[],
  documents: readonly DocumentMeta[],
  today: string,
): GroupReadiness[] {
  return manifest.groups.map((group) => {
    const inGroup = coverage.filter((item) => item.clause.id === group.id || item.clause.id.startsWith(`${group.id}.`));
    const required = inGroup.filter((item) => item.requiresDocuments && !item.notApplicable?.verdict.acceptable);
    const documentIds = new Set(inGroup.flatMap((item) => item.documents));
    const docs = documents.filter((meta) => documentIds.has(meta.id));
    return {
      id: group.id,
      title: group.title,
      required: required.length,
      covered: required.filter((item) => item.documents.length > 0).length,
      inForce: docs.filter(hasRevisionInForce).length,
      draft: docs.filter((meta) => meta.status === 'draft' || meta.status === 'in-review').length,
      overdue: docs.filter((meta) => isReviewOverdue(meta, today)).length,
    };
  });
}

/**
 * The path to certification with what is done. Steps the documents can prove (an
 * approved internal audit report, approved management review minutes, every required
 * item covered) are worked out; the others are what the user recorded in the project.
 */
export function certificationReadiness(
  steps: readonly CertificationStep[],
  coverage: readonly ClauseCoverage[],
  documents: readonly DocumentMeta[],
  recorded: CertificationProgress,
): StepReadiness[] {
  // An obsolete report is no evidence of a current audit or review.
  const approvedFrom = (template: string) => documents.filter((meta) => meta.template === template && hasRevisionInForce(meta));
  const gaps = coverage.filter((item) => item.gap).length;
  return steps.map((step) => {
    const manual = recorded[step.id];
    if (manual?.done)
      return {
        step,
        done: true,
        source: 'recorded',
        evidence: `Recorded as done${manual.date ? ` on ${manual.date}` : ''}${manual.note ? `: ${manual.note}` : ''}.`,
      };
    if (step.id === 'implementation') {
      return gaps === 0
        ? {
            step,
            done: true,
            source: 'documents',
            evidence: 'Every clause that requires documented information is addressed by a document.',
          }
        : {
            step,
            done: false,
            source: 'none',
            evidence: `${gaps} ${gaps === 1 ? 'clause still lacks' : 'clauses still lack'} the documented information the standard requires.`,
          };
    }
    if (step.id === 'internal-audit' || step.id === 'management-review') {
      const template = step.id === 'internal-audit' ? 'internal-audit-report' : 'management-review-minutes';
      const found = approvedFrom(template);
      return found.length > 0
        ? { step, done: true, source: 'documents', evidence: `Approved: ${found.map((meta) => meta.id).join(', ')}.` }
        : {
            step,
            done: false,
            source: 'none',
            evidence: `No approved document from the ${template.replaceAll('-', ' ')} template yet.`,
          };
    }
    return { step, done: false, source: 'none', evidence: 'Not recorded as done yet.' };
  });
}
