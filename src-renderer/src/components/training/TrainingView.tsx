import { type JSX, useCallback, useEffect, useState } from 'react';
import type { QmsApi } from '../../../../src-shared/api/client';
import type { ClauseCatalog } from '../../../../src-shared/guidance/catalog-schema';
import { buildQuiz, type QuizAnswer, type QuizDefinition } from '../../../../src-shared/guidance/quiz';
import type { TrainingRecord } from '../../../../src-shared/project/training-record';
import { QuizRun } from './QuizRun';
import { QuizSetup, type QuizStart } from './QuizSetup';
import { TrainingRecordView } from './TrainingRecordView';

interface TrainingViewProps {
  api: QmsApi;
  catalog: ClauseCatalog | null;
  readOnly: boolean;
  /** A quiz asked for from the guidance: its clauses, stamped so the same one can be asked again. */
  request: { clauses: string[]; at: number } | null;
}

type Stage =
  | { kind: 'list' }
  | { kind: 'setup'; clauses: string[] }
  | { kind: 'run'; start: QuizStart; quiz: QuizDefinition }
  | { kind: 'record'; record: TrainingRecord };

/**
 * Awareness training (7.2, 7.3): a quiz from the guidance, taken by a person, kept as a record
 * in the project, and the list of records an auditor is shown.
 */
export function TrainingView({ api, catalog, readOnly, request }: TrainingViewProps): JSX.Element {
  const [records, setRecords] = useState<TrainingRecord[]>([]);
  const [problems, setProblems] = useState<Array<{ file: string; reason: string }>>([]);
  const [error, setError] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'list' });

  const load = useCallback(async () => {
    const result = await api.listTraining({});
    if (!result.ok) return setError(result.error.message);
    setRecords(result.value.records);
    setProblems(result.value.problems);
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (request) setStage({ kind: 'setup', clauses: request.clauses });
  }, [request]);

  const start = (begin: QuizStart) => {
    if (!catalog) return;
    setStage({ kind: 'run', start: begin, quiz: buildQuiz(catalog, begin.choice) });
  };
  const finish = async (start: QuizStart, answers: Map<string, QuizAnswer>) => {
    const result = await api.recordTraining({
      person: start.person,
      ...(start.role ? { role: start.role } : {}),
      quiz: start.choice,
      answers: [...answers].map(([item, given]) => ({ item, given })),
    });
    if (!result.ok) return { problem: result.error.message };
    await load();
    return result.value;
  };

  return (
    <section className="training" aria-label="Training records">
      <header className="master-list-header">
        <h1>Training and awareness</h1>
        <p className="muted">
          Quizzes drawn from the guidance, taken by your people and kept as records: evidence of competence (7.2) and awareness
          (7.3).
        </p>
      </header>
      {error ? (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      ) : null}
      {stage.kind === 'setup' && catalog ? (
        <QuizSetup catalog={catalog} clauses={stage.clauses} onStart={start} onCancel={() => setStage({ kind: 'list' })} />
      ) : null}
      {stage.kind === 'run' ? (
        <QuizRun
          quiz={stage.quiz}
          person={stage.start.person}
          onFinish={(answers) => finish(stage.start, answers)}
          onClose={() => setStage({ kind: 'list' })}
        />
      ) : null}
      {stage.kind === 'record' ? <TrainingRecordView record={stage.record} onClose={() => setStage({ kind: 'list' })} /> : null}
      {stage.kind === 'list' ? (
        <>
          <p>
            <button
              type="button"
              className="primary"
              disabled={readOnly || !catalog}
              onClick={() => setStage({ kind: 'setup', clauses: [] })}
            >
              Start a quiz
            </button>
            {readOnly ? <span className="muted"> The project is open read-only, so nothing can be recorded.</span> : null}
          </p>
          {records.length === 0 ? (
            <p className="muted">No training recorded yet.</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Person</th>
                  <th scope="col">Quiz</th>
                  <th scope="col">Score</th>
                  <th scope="col">Given by</th>
                </tr>
              </thead>
              <tbody>
                {records.map((record) => (
                  <tr key={record.id}>
                    <td>{record.date}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => setStage({ kind: 'record', record })}>
                        {record.person}
                      </button>
                      {record.role ? <span className="muted"> {record.role}</span> : null}
                    </td>
                    <td>{record.quiz.title}</td>
                    <td>
                      {record.score.right} of {record.score.total}
                    </td>
                    <td>{record.givenBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {problems.map((problem) => (
            <p key={problem.file} className="dialog-error">
              {problem.file} cannot be read: {problem.reason}. It was left as it is.
            </p>
          ))}
        </>
      ) : null}
    </section>
  );
}
