import type { QuizDefinition } from './quiz';

const letter = (index: number) => String.fromCharCode(97 + index);

/** A quiz as plain text to print or paste elsewhere: the questions, then the answers with their reasons. */
export function quizText(quiz: QuizDefinition): string {
  const lines = [`${quiz.title} (clauses ${quiz.clauses.join(', ')}): ${quiz.items.length} questions`, ''];
  quiz.items.forEach((item, index) => {
    lines.push(`${index + 1}. [${item.clause}] ${item.question}${item.kind === 'true-false' ? ' (true or false)' : ''}`);
    if (item.kind === 'choice') for (const [at, option] of item.options.entries()) lines.push(`   ${letter(at)}) ${option}`);
  });
  lines.push('', 'Answers', '');
  quiz.items.forEach((item, index) => {
    const answer = item.kind === 'true-false' ? String(item.correct) : letter(item.correct);
    lines.push(`${index + 1}. ${answer}: ${item.explanation}`);
  });
  return lines.join('\n');
}
