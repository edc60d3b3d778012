/**
 * Whether a requirement may be declared not applicable. ISO 9001 allows it only for a
 * requirement the organization cannot apply, and only where that does not affect its
 * ability to deliver conforming products and services. In practice that means clause 8
 * (design when you work to customers' designs, customer property you never hold) and
 * measurement traceability in 7.1.5.2; anything else is almost always a finding.
 */
export type ExclusionVerdict = { acceptable: true; caution: string | null } | { acceptable: false; reason: string };

export function exclusionVerdict(clauseId: string): ExclusionVerdict {
  const group = clauseId.split('.')[0];
  if (group === '8') {
    return clauseId === '8' || clauseId === '8.1' || clauseId === '8.7' || clauseId.startsWith('8.7.')
      ? {
          acceptable: false,
          reason: `${clauseId} applies to every organization that delivers products or services; it cannot be declared not applicable.`,
        }
      : { acceptable: true, caution: null };
  }
  if (clauseId === '7.1.5.2' || clauseId === '7.1.5') {
    return {
      acceptable: true,
      caution:
        'Only when no measurement needs to be traceable for valid results; an auditor will ask how results are trusted without it.',
    };
  }
  return {
    acceptable: false,
    reason: `${clauseId} is outside clause 8. Requirements there apply to every quality management system; an auditor will treat this exclusion as a nonconformity.`,
  };
}
