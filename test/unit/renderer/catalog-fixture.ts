import type {
  CertificationStep,
  ClauseCatalog,
  ClauseEntry,
  FoundationEntry,
  TermEntry,
} from '../../../src-shared/guidance/catalog-schema';

/**
 * A small clause catalog shaped like resources/standards/iso-9001-2015, for renderer
 * tests (the web tsconfig has no Node types, so the real catalog cannot be loaded here).
 * The filler texts avoid the words the search tests look for ("calibration",
 * "records", "review", "audit"), so each hit comes from a text written below on purpose.
 */
function clause(id: string, title: string, overrides: Partial<ClauseEntry> = {}): ClauseEntry {
  const parts = id.split('.');
  return {
    id,
    title,
    parent: parts.length === 1 ? null : parts.slice(0, -1).join('.'),
    intent: `The purpose of ${title.toLowerCase()}.`,
    obligations: [`Decide how ${id} is met and act on it.`],
    accountability: 'Top management, with the quality manager.',
    documentedInformation: [],
    documentationAdvice: 'Keep it short and current.',
    auditEvidence: [`Interviews and examples for ${id}.`],
    pitfalls: [`Treating ${id} as paperwork.`],
    smallOrganizations: 'One person can do this.',
    relatedClauses: [],
    relatedTemplates: [],
    foundations: [],
    selfCheck: [],
    questions: [],
    ...overrides,
  };
}

export const CLAUSES: ClauseEntry[] = [
  clause('4', 'Context of the organization'),
  clause('4.3', 'Determining the scope of the quality management system', {
    documentedInformation: [{ kind: 'maintain', description: 'The scope, with the products and services it covers.' }],
    relatedTemplates: ['qms-scope'],
  }),
  clause('5', 'Leadership'),
  clause('5.1', 'Leadership and commitment'),
  clause('5.1.1', 'General'),
  clause('5.2', 'Policy', {
    obligations: ['Set a quality policy, communicate it and keep it suitable: it is reviewed at the management review.'],
    documentedInformation: [{ kind: 'maintain', description: 'The quality policy.' }],
    relatedClauses: ['5.1', '9.3'],
    relatedTemplates: ['quality-policy'],
    questions: [
      {
        scenario: 'A new starter cannot say what the policy means for her job. Which clause is that finding raised against?',
        options: ['5.2', '7.3', '8.3'],
        answer: 1,
        explanation: 'Knowing what the policy means for one’s own work is awareness, 7.3.',
      },
    ],
    selfCheck: [
      {
        statement: 'Every employee has to sign the quality policy.',
        answer: false,
        explanation: 'It has to be communicated and understood; nobody has to sign it.',
      },
      {
        statement: 'The policy is available to relevant interested parties.',
        answer: true,
        explanation: 'Customers and suppliers may ask for it, so it has to be available to them.',
      },
    ],
  }),
  clause('7', 'Support'),
  clause('7.1', 'Resources'),
  clause('7.1.5', 'Monitoring and measuring resources', {
    intent: 'Measurements you rely on must be trustworthy: suitable equipment, kept fit by calibration or checks.',
    documentedInformation: [{ kind: 'retain', description: 'Evidence that measuring equipment is fit for its purpose.' }],
    relatedClauses: ['7.1.5.2'],
  }),
  clause('7.1.5.1', 'General'),
  clause('7.1.5.2', 'Measurement traceability', {
    obligations: ['Equipment is calibrated against traceable standards; keep the calibration records.'],
    documentedInformation: [{ kind: 'retain', description: 'The basis used where no traceable standard exists.' }],
  }),
  clause('7.5', 'Documented information', {
    documentedInformation: [
      { kind: 'maintain', description: 'The documents the system needs to work.' },
      { kind: 'retain', description: 'Evidence that the system works as planned.' },
    ],
    relatedClauses: ['7.5.3'],
    relatedTemplates: ['control-of-documented-information'],
  }),
  clause('7.5.3', 'Control of documented information'),
  clause('8', 'Operation'),
  clause('8.3', 'Design and development of products and services', {
    documentedInformation: [{ kind: 'retain', description: 'The outputs of design and development.' }],
    relatedTemplates: ['design-and-development'],
  }),
  clause('9', 'Performance evaluation'),
  clause('9.2', 'Internal audit', {
    documentedInformation: [{ kind: 'retain', description: 'The audit programme and the audit results.' }],
    relatedTemplates: ['internal-audit', 'internal-audit-report'],
  }),
  clause('9.3', 'Management review', {
    documentedInformation: [{ kind: 'retain', description: 'The results of management reviews.' }],
    relatedClauses: ['9.2'],
    relatedTemplates: ['management-review-minutes'],
  }),
  clause('10', 'Improvement'),
  clause('10.2', 'Nonconformity and corrective action', {
    foundations: ['pdca'],
    documentedInformation: [{ kind: 'retain', description: 'The nature of nonconformities and the actions taken.' }],
    relatedTemplates: ['corrective-action-report'],
  }),
];

export const FOUNDATIONS: FoundationEntry[] = [
  {
    id: 'process-approach',
    title: 'The process approach',
    parent: null,
    summary: 'Manage the work as linked processes.',
    explanation: ['Outputs of one process are inputs of the next.'],
    inPractice: ['Draw the main processes on one page.'],
    relatedClauses: ['4'],
  },
  {
    id: 'pdca',
    title: 'Plan, do, check, act',
    parent: 'process-approach',
    summary: 'A cycle for every process.',
    explanation: ['Plan it, do it, check it, act on what you learned.'],
    inPractice: ['Look back at each process once a year.'],
    relatedClauses: ['10'],
  },
];

function step(id: string, order: number, title: string, relatedClauses: string[]): CertificationStep {
  return {
    id,
    title,
    order,
    summary: `What step ${order} is.`,
    whatToDo: [`Do step ${order}.`],
    readyWhen: [`Step ${order} is complete.`],
    pitfalls: [`Rushing step ${order}.`],
    relatedClauses,
  };
}

export const STEPS: CertificationStep[] = [
  step('gap-analysis', 1, 'Gap analysis', ['4']),
  step('implementation', 2, 'Implementation', ['7.5']),
  step('internal-audit', 3, 'Internal audit', ['9.2']),
  step('management-review', 4, 'Management review', ['9.3']),
  step('stage-1-audit', 5, 'Stage 1 audit', []),
];

export const TERMS: TermEntry[] = [
  {
    id: 'term-nonconformity',
    term: 'nonconformity',
    forms: ['nonconformities'],
    meaning: 'Something that does not meet a requirement.',
    explanation: ['It may be found by anyone, not only by an auditor.'],
    relatedClauses: ['10.2'],
    related: [],
  },
];

export const CATALOG: ClauseCatalog = {
  standard: {
    id: 'iso-9001-2015',
    title: 'ISO 9001:2015',
    amendments: ['ISO 9001:2015/Amd 1:2024'],
    groups: [
      { id: '4', title: 'Context of the organization' },
      { id: '5', title: 'Leadership' },
      { id: '7', title: 'Support' },
      { id: '8', title: 'Operation' },
      { id: '9', title: 'Performance evaluation' },
      { id: '10', title: 'Improvement' },
    ],
    clauseFiles: ['clauses.yaml'],
    foundationFile: 'foundations.yaml',
    certificationFile: 'certification.yaml',
    frontMatterFile: 'front-matter.yaml',
    termFile: 'terms.yaml',
    faqFile: 'faq.yaml',
    explainerFile: 'explainers.yaml',
  },
  clauses: CLAUSES,
  foundations: FOUNDATIONS,
  certification: STEPS,
  frontMatter: [
    {
      id: 'A',
      title: 'Clarification of new structure, terminology and concepts',
      parent: null,
      summary: 'What changed since 2008.',
      meaning: ['No manual is required any more.'],
      inPractice: ['Keep what works.'],
      relatedClauses: [],
      foundations: [],
    },
  ],
  terms: TERMS,
  faq: [
    {
      id: 'faq-manual',
      question: 'Do we need a quality manual?',
      answer: 'No, the standard does not require one.',
      details: ['Many firms keep a short one anyway.'],
      relatedClauses: ['7.5'],
    },
  ],
  explainers: [
    {
      id: 'explainer-required-documented-information',
      title: 'Documented information the standard requires',
      summary: 'Maintain means keep it current; retain means keep it as evidence.',
      sections: [{ heading: 'How to read the list', points: ['Each row names its clause.'] }],
      relatedClauses: ['7.5'],
      foundations: [],
    },
  ],
};

/** A clause of the fixture by id; throws for an id it does not hold. */
export function clauseById(id: string): ClauseEntry {
  const found = CLAUSES.find((entry) => entry.id === id);
  if (!found) throw new Error(`The catalog fixture has no clause ${id}.`);
  return found;
}
