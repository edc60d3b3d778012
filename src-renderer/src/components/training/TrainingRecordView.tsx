import type { JSX } from 'react';
import type { AnsweredItem, TrainingRecord } from '../../../../src-shared/project/training-record';

const shown = (item: AnsweredItem, value: boolean | number | undefined) =>
  value === undefined
    ? 'not answered'
    : item.kind === 'true-false'
      ? String(value)
      : (item.options[value as number] ?? String(value));

/** One record as an auditor reads it: who, when, what was asked, what they answered. */
export function TrainingRecordView({ record, onClose }: { record: TrainingRecord; onClose: () => void }): JSX.Element {
  return (
    <section className="training-record" aria-label={`Training record ${record.id}`}>
      <h2>
        {record.person}
        {record.role ? <span className="muted"> {record.role}</span> : null}
      </h2>
      <p>
        {record.quiz.title} on {record.date}, given by {record.givenBy}: {record.score.right} of {record.score.total} right (
        {record.score.answered} answered). Record {record.id}.
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Clause</th>
            <th scope="col">Question</th>
            <th scope="col">Answer given</th>
            <th scope="col">Right answer</th>
          </tr>
        </thead>
        <tbody>
          {record.items.map((item) => (
            <tr key={item.id} className={item.given === undefined ? 'muted' : item.given === item.correct ? '' : 'quiz-wrong'}>
              <td>{item.clause}</td>
              <td>{item.question}</td>
              <td>{shown(item, item.given)}</td>
              <td>{shown(item, item.correct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        Back to the training records
      </button>
    </section>
  );
}
