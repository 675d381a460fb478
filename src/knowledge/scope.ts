import { termOf, type AnalyzedQuestion, type WordGroup } from './analyzer';
import { FIELD_WORDS, OFF_FIELD_WORDS } from './glossary';

/**
 * When a question is inside the field the documents cover, read from the coverage of the best
 * passage (the idf-weighted share of the question's words it holds):
 * - `fieldAnswer`: a question that uses one of the field's own words (vold, meldeplikt,
 *   barnevern …) is answered from this coverage: chatty and misspelt questions about the field
 *   have many words the documents never use;
 * - a question about an everyday topic outside the field (passord, lønn, lunsj …) and without
 *   a field word is refused;
 * - `answer`: any other question is answered from this coverage;
 * - `confident`: below it, the answer is shown as uncertain, with the contacts.
 * Set on the dev sets with a refused question from the field counted as the worse error
 * (docs/knowledge.md).
 */
export interface ScopeOptions {
  answer: number;
  fieldAnswer: number;
  confident: number;
}

export const SCOPE: ScopeOptions = { answer: 0.2, fieldAnswer: 0.1, confident: 0.6 };

const FIELD_TERMS = new Set(FIELD_WORDS.map((w) => termOf(w)));
const OFF_FIELD = new Set(OFF_FIELD_WORDS);

/** A word of the field, or a compound with one among its parts ("kjærestevold"). */
const isFieldWord = (g: WordGroup): boolean => [...g.terms.keys()].some((t) => FIELD_TERMS.has(t));
/** Off-field words are matched as written: "regnes" (is counted) is not "regn" (rain). */
const isOffField = (g: WordGroup): boolean => OFF_FIELD.has(g.word);

/** Whether the question is one the documents should answer, given the best passage's coverage. */
export function inScope(q: AnalyzedQuestion, coverage: number, scope: ScopeOptions): boolean {
  if (q.groups.some(isFieldWord)) return coverage >= scope.fieldAnswer;
  if (q.groups.some(isOffField)) return false;
  return coverage >= scope.answer;
}
