import { z } from 'zod';
import { isRight, QUIZ_PRESET_IDS, type QuizAnswer, type QuizDefinition, type QuizPreset } from '../guidance/quiz';
import { withNameRule } from './person-name';
import { clauseIdSchema, isoDateSchema } from './schema';

/** Awareness quiz results, one file each: training/<id>.json, written once and never changed. */
export const TRAINING_DIR = 'training';

/** TR-20261130-k3x9q2: the date it was taken and a random tail, so two people's records never collide. */
export const trainingRecordIdSchema = z.string().regex(/^TR-\d{8}-[a-z0-9]{6}$/, {
  message: 'expected a training record id such as TR-20261130-k3x9q2',
});

const text = (max: number) => z.string().trim().min(1).max(max);
const name = () => withNameRule(text(200));

const answeredItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: z.string().max(40),
    clause: clauseIdSchema,
    kind: z.literal('true-false'),
    question: text(2000),
    correct: z.boolean(),
    /** Absent when the person left it unanswered: nothing is recorded that they did not give. */
    given: z.boolean().optional(),
  }),
  z.strictObject({
    id: z.string().max(40),
    clause: clauseIdSchema,
    kind: z.literal('choice'),
    question: text(2000),
    options: z.array(text(1000)).min(2).max(6),
    correct: z.number().int().min(0),
    given: z.number().int().min(0).optional(),
  }),
]);

export const trainingRecordSchema = z.strictObject({
  schema: z.literal(1),
  id: trainingRecordIdSchema,
  person: name(),
  /** Their job, as the quality manager wrote it; may be empty. */
  role: z.string().trim().max(200),
  date: isoDateSchema,
  /** Who gave the quiz (the program's user). */
  givenBy: name(),
  standard: z.string().regex(/^[a-z0-9-]+$/),
  quiz: z.strictObject({
    title: text(200),
    preset: z.enum(QUIZ_PRESET_IDS as [QuizPreset, ...QuizPreset[]]).nullable(),
    clauses: z.array(clauseIdSchema).min(1),
  }),
  items: z.array(answeredItemSchema).min(1),
  score: z.strictObject({ right: z.number().int().min(0), answered: z.number().int().min(0), total: z.number().int().min(1) }),
});

export type TrainingRecord = z.infer<typeof trainingRecordSchema>;
export type AnsweredItem = z.infer<typeof answeredItemSchema>;

/** The record of a quiz taken: every item asked, the answers given, and the score. */
export function trainingRecord(
  quiz: QuizDefinition,
  answers: ReadonlyMap<string, QuizAnswer>,
  facts: { id: string; person: string; role: string; date: string; givenBy: string; standard: string },
): TrainingRecord {
  const items: AnsweredItem[] = quiz.items.map((item) => {
    const given = answers.get(item.id);
    return item.kind === 'true-false'
      ? {
          id: item.id,
          clause: item.clause,
          kind: item.kind,
          question: item.question,
          correct: item.correct,
          ...(typeof given === 'boolean' ? { given } : {}),
        }
      : {
          id: item.id,
          clause: item.clause,
          kind: item.kind,
          question: item.question,
          options: item.options,
          correct: item.correct,
          ...(typeof given === 'number' ? { given } : {}),
        };
  });
  const right = quiz.items.filter((item) => {
    const given = answers.get(item.id);
    return given !== undefined && isRight(item, given);
  }).length;
  return {
    schema: 1,
    ...facts,
    quiz: { title: quiz.title, preset: quiz.preset, clauses: quiz.clauses },
    items,
    score: { right, answered: items.filter((item) => item.given !== undefined).length, total: items.length },
  };
}
