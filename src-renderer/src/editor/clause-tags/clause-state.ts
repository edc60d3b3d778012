import { $getState, $setState, createState, type LexicalNode } from 'lexical';
import { CLAUSE_STATE_KEY } from '../../../../src-shared/editor/clause-tags';

/** Lexical node state holding the clause a section is tagged with ("$": { "clause": "7.5" } in JSON). */
export const clauseState = createState(CLAUSE_STATE_KEY, {
  parse: (value) => (typeof value === 'string' && /^\d{1,2}(\.\d{1,2}){0,3}$/.test(value) ? value : null),
});

export function $getClauseTag(node: LexicalNode): string | null {
  return $getState(node, clauseState);
}

export function $setClauseTag(node: LexicalNode, clause: string | null): void {
  $setState(node, clauseState, clause);
}
