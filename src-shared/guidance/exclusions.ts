/**
 * Whether a requirement may be declared not applicable. ISO 9001 (4.3) allows it only for a
 * requirement the organization cannot apply, and only where that does not affect its ability
 * to deliver conforming products and services or to satisfy customers. The verdicts below are
 * the ones a lead auditor gives for each clause of 7.1.5 and 8; anything else is almost always
 * a finding.
 */
export type ExclusionVerdict = { acceptable: true; caution: string } | { acceptable: false; reason: string };

const refuse = (reason: string): ExclusionVerdict => ({ acceptable: false, reason });
const withCare = (caution: string): ExclusionVerdict => ({ acceptable: true, caution });

/** Verdicts by clause id, for the clauses an organization might argue it cannot apply. */
const VERDICTS: Record<string, (id: string) => ExclusionVerdict> = {
  '7.1.5': (id) =>
    refuse(
      `${id} cannot be excluded as a whole: any organization that checks its work, with a gauge, a test script, a checklist or a survey, uses monitoring and measuring resources. Only its traceability part (7.1.5.2) can sometimes go.`,
    ),
  '7.1.5.1': (id) =>
    refuse(
      `${id} applies wherever results are checked; the resources used to check them must be fit for the purpose and kept so.`,
    ),
  '7.1.5.2': () =>
    withCare(
      'Only when no measurement needs to be traceable: no customer, legal or product requirement asks for it and no result depends on a calibrated instrument. An auditor will ask how measured results are trusted without it.',
    ),
  '8.3': () =>
    withCare(
      'Only when the organization designs nothing: it works to designs its customers or others own and changes nothing in them. Adapting a product, configuring a system or developing a new service for a client is design and development.',
    ),
  '8.5.3': () =>
    withCare(
      'Only when the organization never holds anything belonging to customers or external providers. Drawings, samples, returned goods, software, intellectual property and personal data all count, so this is rare.',
    ),
  '8.5.5': () =>
    withCare(
      'Only when nothing is owed after delivery: no warranty, support, maintenance, recall duty or legal obligation. Most products and many services carry some.',
    ),
};

/** Sub-clauses that go only with their parent: an organization that designs applies every step of 8.3. */
const ONLY_WITH_PARENT = /^8\.3\.\d$/;

/** Clauses of 8 that apply to every organization, with the reason an auditor gives. */
const ALWAYS_APPLIES: Array<[RegExp, string]> = [
  [/^8(\.1)?$/, 'applies to every organization that delivers products or services'],
  [/^8\.2(\.\d)*$/, 'applies to every organization with customers: their requirements are determined, reviewed and communicated'],
  [
    /^8\.4(\.\d)*$/,
    'applies to virtually every organization: materials, subcontracted work, calibration, IT or transport bought in all affect what the customer receives',
  ],
  [/^8\.5(\.[1246])?$/, 'applies to every organization: whatever it provides is provided under controlled conditions'],
  [/^8\.6$/, 'applies to every organization: nothing reaches the customer before the planned checks are passed'],
  [/^8\.7(\.\d)*$/, 'applies to every organization: any output can fail to conform'],
];

export function exclusionVerdict(clauseId: string): ExclusionVerdict {
  const rule = VERDICTS[clauseId];
  if (rule) return rule(clauseId);
  if (ONLY_WITH_PARENT.test(clauseId))
    return refuse(
      `${clauseId} cannot be excluded on its own: an organization that designs applies every part of 8.3, and one that does not declares 8.3 as a whole not applicable.`,
    );
  const always = ALWAYS_APPLIES.find(([pattern]) => pattern.test(clauseId));
  if (always) return refuse(`${clauseId} ${always[1]}; it cannot be declared not applicable.`);
  return refuse(
    `${clauseId} is outside clause 8. Requirements there apply to every quality management system; an auditor will treat this exclusion as a nonconformity.`,
  );
}
