import { type JSX, useState } from 'react';
import type { ClauseCatalog } from '../../../../src-shared/guidance/catalog-schema';
import { QUIZ_PRESET_IDS, QUIZ_PRESETS, type QuizChoice } from '../../../../src-shared/guidance/quiz';

export interface QuizStart {
  person: string;
  role: string;
  choice: QuizChoice;
}

interface QuizSetupProps {
  catalog: ClauseCatalog;
  /** Clauses chosen in the guidance, offered as the quiz. */
  clauses: readonly string[];
  onStart: (start: QuizStart) => void;
  onCancel: () => void;
}

/** Who takes the quiz and on what: a preset, or clauses chosen by number. */
export function QuizSetup({ catalog, clauses, onStart, onCancel }: QuizSetupProps): JSX.Element {
  const [person, setPerson] = useState('');
  const [role, setRole] = useState('');
  const [kind, setKind] = useState<string>(clauses.length ? 'clauses' : 'awareness');
  const [chosen, setChosen] = useState(clauses.join(', '));
  const [problem, setProblem] = useState<string | null>(null);

  const submit = () => {
    if (!person.trim()) return setProblem('Write the name of the person taking the quiz.');
    if (kind !== 'clauses') return onStart({ person: person.trim(), role: role.trim(), choice: { preset: kind as never } });
    const ids = chosen
      .split(/[\s,;]+/)
      .map((id) => id.trim())
      .filter(Boolean);
    const unknown = ids.filter((id) => !catalog.clauses.some((entry) => entry.id === id));
    if (ids.length === 0) return setProblem('Write the numbers of the clauses to ask about, such as 7.3, 5.2.');
    if (unknown.length) return setProblem(`There is no clause ${unknown.join(', ')} in ISO 9001.`);
    const asked = catalog.clauses.filter((entry) => ids.includes(entry.id));
    if (asked.every((entry) => entry.selfCheck.length + entry.questions.length === 0))
      return setProblem(`The guidance has no questions on ${ids.join(', ')}; choose other clauses.`);
    onStart({ person: person.trim(), role: role.trim(), choice: { clauses: ids } });
  };

  return (
    <form
      className="quiz-setup"
      aria-label="Start a quiz"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2>Start a quiz</h2>
      <label className="profile-field">
        Person taking it
        <input value={person} onChange={(event) => setPerson(event.target.value)} autoComplete="off" />
      </label>
      <label className="profile-field">
        Their job (optional)
        <input value={role} onChange={(event) => setRole(event.target.value)} autoComplete="off" />
      </label>
      <fieldset>
        <legend>Questions on</legend>
        {QUIZ_PRESET_IDS.map((id) => (
          <label key={id} className="quiz-choice">
            <input type="radio" name="quiz-kind" checked={kind === id} onChange={() => setKind(id)} />
            <span>
              <strong>{QUIZ_PRESETS[id].title}</strong> <span className="muted">{QUIZ_PRESETS[id].description}</span>
            </span>
          </label>
        ))}
        <label className="quiz-choice">
          <input type="radio" name="quiz-kind" checked={kind === 'clauses'} onChange={() => setKind('clauses')} />
          <span>
            <strong>Chosen clauses</strong>
          </span>
        </label>
        {kind === 'clauses' ? (
          <label className="profile-field">
            Clause numbers
            <input value={chosen} onChange={(event) => setChosen(event.target.value)} placeholder="7.3, 5.2" />
          </label>
        ) : null}
      </fieldset>
      {problem ? (
        <p className="dialog-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="profile-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Start the quiz
        </button>
      </div>
    </form>
  );
}
