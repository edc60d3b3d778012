import { type JSX, useState } from 'react';
import type { QuizAnswer, QuizDefinition, QuizItem } from '../../../../src-shared/guidance/quiz';
import type { TrainingRecord } from '../../../../src-shared/project/training-record';

interface QuizRunProps {
  quiz: QuizDefinition;
  person: string;
  /** Records the answers given; resolves to the record, or to a problem to show. */
  onFinish: (answers: Map<string, QuizAnswer>) => Promise<{ record: TrainingRecord; file: string } | { problem: string }>;
  onClose: () => void;
}

/** An answer as words, without a closing full stop, so it can stand inside a sentence. */
const answerText = (item: QuizItem, answer: QuizAnswer) =>
  (item.kind === 'true-false' ? String(answer) : (item.options[answer as number] ?? '')).replace(/[.]+$/, '');

/** What the person is told about one item once the quiz is recorded. */
function feedback(item: QuizItem, given: QuizAnswer | undefined): string {
  const right = answerText(item, item.correct);
  if (given === undefined) return `Not answered. The answer is: ${right}. ${item.explanation}`;
  if (given === item.correct) return `Right: ${right}. ${item.explanation}`;
  return `Not quite: the answer is ${right}; you answered ${answerText(item, given)}. ${item.explanation}`;
}

/** The person answers; then the result, the right answers and why, and the record it made. */
export function QuizRun({ quiz, person, onFinish, onClose }: QuizRunProps): JSX.Element {
  const [answers, setAnswers] = useState<Map<string, QuizAnswer>>(new Map());
  const [saved, setSaved] = useState<{ record: TrainingRecord; file: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const answer = (id: string, given: QuizAnswer) => setAnswers((current) => new Map(current).set(id, given));

  const finish = async () => {
    setBusy(true);
    const result = await onFinish(answers);
    setBusy(false);
    if ('problem' in result) return setProblem(result.problem);
    setProblem(null);
    setSaved(result);
  };

  return (
    <section className="quiz-run" aria-label={`Quiz: ${quiz.title}`}>
      <h2>
        {quiz.title} <span className="muted">for {person}</span>
      </h2>
      {saved ? (
        <p className="quiz-score" role="status">
          {saved.record.score.right} of {saved.record.score.total} right ({saved.record.score.answered} answered). Recorded as{' '}
          {saved.file}.
        </p>
      ) : (
        <p className="muted">
          {quiz.items.length} questions on clauses {quiz.clauses.join(', ')}. {answers.size} answered.
        </p>
      )}
      <ol className="quiz-items">
        {quiz.items.map((item) => {
          const given = answers.get(item.id);
          const options =
            item.kind === 'true-false'
              ? [
                  { value: true as QuizAnswer, label: 'True' },
                  { value: false as QuizAnswer, label: 'False' },
                ]
              : item.options.map((label, index) => ({ value: index as QuizAnswer, label }));
          return (
            <li key={item.id}>
              <fieldset disabled={saved !== null || busy} className={item.kind === 'choice' ? 'quiz-options' : 'quiz-true-false'}>
                <legend>
                  <span className="clause-number">{item.clause}</span> {item.question}
                </legend>
                {options.map((option) => (
                  <label key={option.label} className="quiz-choice">
                    <input
                      type="radio"
                      name={item.id}
                      checked={given === option.value}
                      onChange={() => answer(item.id, option.value)}
                    />
                    {option.label}
                  </label>
                ))}
              </fieldset>
              {saved ? (
                <p className={given === item.correct ? 'self-check-right' : 'self-check-wrong'}>{feedback(item, given)}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {problem ? (
        <p className="dialog-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="profile-actions">
        {saved ? (
          <button type="button" className="primary" onClick={onClose}>
            Back to the training records
          </button>
        ) : (
          <>
            <button type="button" onClick={onClose} disabled={busy}>
              Stop without recording
            </button>
            <button type="button" className="primary" disabled={busy || answers.size === 0} onClick={() => void finish()}>
              Finish and record
            </button>
          </>
        )}
      </div>
    </section>
  );
}
