import { z } from 'zod';
import type { ClauseCatalog } from './catalog-schema';
import { compareClauseIds } from './clause-tree';

/**
 * An awareness quiz drawn from the catalog's self-checks and scenario questions: what a
 * quality manager gives a person to show, under 7.2 and 7.3, that they know what the system
 * asks of them. The items and their right answers always come from the catalog; a record
 * stores only the answers the person gave.
 */
export const QUIZ_PRESETS = {
  awareness: {
    title: 'Everyone’s awareness',
    description: 'The quality policy, the objectives, each person’s contribution and what happens when work does not conform.',
    clauses: ['7.3', '5.2', '5.2.2', '6.2', '6.2.1', '10.2'],
  },
  'internal-auditors': {
    title: 'Internal auditors',
    description: 'The audit programme, how an audit is done and reported, and what follows a finding.',
    clauses: ['9.2', '9.2.1', '9.2.2', '4.4', '7.5', '10.2', '10.2.1'],
  },
  'top-management': {
    title: 'Top management',
    description: 'Leadership, customer focus, the policy, roles, planning and the management review.',
    clauses: ['5.1', '5.1.1', '5.1.2', '5.2', '5.3', '6.1', '9.3', '9.3.2', '9.3.3'],
  },
} as const;

export type QuizPreset = keyof typeof QUIZ_PRESETS;
export const QUIZ_PRESET_IDS = Object.keys(QUIZ_PRESETS) as QuizPreset[];

export function isQuizPreset(value: string): value is QuizPreset {
  return Object.hasOwn(QUIZ_PRESETS, value);
}

/** One question of a quiz; `id` names it stably ("7.3:tf:2", "7.3:q:0") so a record can refer to it. */
export type QuizItem =
  | { id: string; clause: string; kind: 'true-false'; question: string; correct: boolean; explanation: string }
  | {
      id: string;
      clause: string;
      kind: 'choice';
      question: string;
      options: string[];
      correct: number;
      explanation: string;
    };

/** An answer as given: true or false, or the index of the option chosen. */
export type QuizAnswer = boolean | number;

export interface QuizDefinition {
  title: string;
  preset: QuizPreset | null;
  clauses: string[];
  items: QuizItem[];
}

/** What a quiz is made of: a preset, or clauses chosen one by one. */
export const quizChoiceSchema = z.union([
  z.object({ preset: z.enum(QUIZ_PRESET_IDS as [QuizPreset, ...QuizPreset[]]) }).strict(),
  z
    .object({
      clauses: z
        .array(z.string().regex(/^\d{1,2}(\.\d{1,2}){0,3}$/))
        .min(1)
        .max(40),
    })
    .strict(),
]);
export type QuizChoice = z.infer<typeof quizChoiceSchema>;

/** Builds the quiz for a choice; throws an Error naming a clause that is not in the catalog. */
export function buildQuiz(catalog: ClauseCatalog, choice: QuizChoice): QuizDefinition {
  const preset = 'preset' in choice ? choice.preset : null;
  const wanted: string[] =
    'preset' in choice ? [...QUIZ_PRESETS[choice.preset].clauses] : [...new Set(choice.clauses)].sort(compareClauseIds);
  const items: QuizItem[] = [];
  for (const id of wanted) {
    const entry = catalog.clauses.find((clause) => clause.id === id);
    if (!entry) throw new Error(`Clause ${id} is not in the catalog.`);
    for (const [index, check] of entry.selfCheck.entries())
      items.push({
        id: `${id}:tf:${index}`,
        clause: id,
        kind: 'true-false',
        question: check.statement,
        correct: check.answer,
        explanation: check.explanation,
      });
    for (const [index, question] of entry.questions.entries())
      items.push({
        id: `${id}:q:${index}`,
        clause: id,
        kind: 'choice',
        question: question.scenario,
        options: [...question.options],
        correct: question.answer,
        explanation: question.explanation,
      });
  }
  const title = preset ? QUIZ_PRESETS[preset].title : `Clauses ${wanted.join(', ')}`;
  return { title, preset, clauses: wanted, items };
}

/** Whether an answer is the right one for an item. */
export function isRight(item: QuizItem, given: QuizAnswer): boolean {
  return given === item.correct;
}

/** Checks answers against a quiz: each must name one of its items and be of that item's kind. */
export function answerProblems(quiz: QuizDefinition, answers: ReadonlyArray<{ item: string; given: QuizAnswer }>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { item: id, given } of answers) {
    const item = quiz.items.find((candidate) => candidate.id === id);
    if (!item) problems.push(`"${id}" is not a question of this quiz.`);
    else if (seen.has(id)) problems.push(`"${id}" is answered twice.`);
    else if (item.kind === 'true-false' && typeof given !== 'boolean') problems.push(`"${id}" takes true or false.`);
    else if (
      item.kind === 'choice' &&
      (typeof given !== 'number' || !Number.isInteger(given) || given < 0 || given >= item.options.length)
    )
      problems.push(`"${id}" takes the number of one of its ${item.kind === 'choice' ? item.options.length : 0} options.`);
    seen.add(id);
  }
  return problems;
}
