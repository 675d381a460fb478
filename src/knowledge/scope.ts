import { termOf, type AnalyzedQuestion, type WordGroup } from './analyzer';
import { FIELD_MODEL, fieldProbability, refusalBar, type FieldModel } from './field-model';
import { FIELD_WORDS, OFF_FIELD_WORDS } from './glossary';
import { SCOPE_MODEL, type ScopeModel, type ScopeReading } from './scope-model';

/**
 * When a question is inside the field the documents cover, read from the coverage of the best
 * passage (the idf-weighted share of the question's words it holds):
 * - `fieldAnswer`: a question that uses one of the field's own words (vold, meldeplikt,
 *   barnevern …) is answered from this coverage: chatty and misspelt questions about the field
 *   have many words the documents never use;
 * - a question about an everyday topic outside the field (passord, lønn, lunsj …) and without
 *   a field word is refused;
 * - `answer`: any other question is answered from this coverage;
 * - `caseAnswer`: a case told in several sentences before the ask, without an everyday word
 *   from outside the field, is answered from this coverage: staff telling of someone they
 *   worry about use many words no document has, so any passage covers a small share of them;
 * - `confident`: below it, the answer is shown as uncertain, with the contacts;
 * - `field`: the word model of what staff ask about, which refuses an everyday question that
 *   shares the field's words ("Hvem har ansvar for kaffemaskinen?") before any of the above,
 *   unless the best passage holds at least `documentsHold` of the question: then the
 *   municipality's own documents speak of it ("Når er kursdagen?" where a measure is a course day);
 * - `fieldAdmit`: from this probability the field model reads a question as the field's, whatever
 *   everyday word it has ("his son takes his pension every month");
 * - `model`: the learnt model that weighs the rules' verdict with what they rest on
 *   (scope-model.ts) and has the last word.
 * Set on the dev sets with a refused question from the field counted as the worse error
 * (docs/knowledge.md).
 */
export interface ScopeOptions {
  answer: number;
  fieldAnswer: number;
  caseAnswer: number;
  confident: number;
  field: FieldModel;
  documentsHold: number;
  /** From this probability of the field model, a question is the field's whatever its words. */
  fieldAdmit: number;
  model: ScopeModel;
}

export const SCOPE: ScopeOptions = { answer: 0.2, fieldAnswer: 0.1, caseAnswer: 0.05, confident: 0.6, field: FIELD_MODEL, documentsHold: 0.6, fieldAdmit: 0.8, model: SCOPE_MODEL };

/** A situation told before the ask with at least this many topic words is a case from work. */
export const CASE_WORDS = 6;

const FIELD_TERMS = new Set(FIELD_WORDS.map((w) => termOf(w)));
const OFF_FIELD = new Set(OFF_FIELD_WORDS);
const OFF_FIELD_TERMS = new Set(OFF_FIELD_WORDS.map((w) => termOf(w)));
/** Off-field words long enough to be the last part of a compound ("høstferien", "egenmeldingsskjema"). */
const OFF_FIELD_HEADS = OFF_FIELD_WORDS.filter((w) => w.length >= 5);

/** The people of a close relation: a partner, a parent, a child, an old person. */
const RELATION = new Set(['partner', 'foreldre', 'barn', 'eldre'].map((w) => termOf(w)));
/** What one person does to another in a close relation, told in everyday words. */
const HARM = new Set(['økonomisk', 'digital', 'kontroll', 'trusler', 'overgrep', 'mishandling', 'konflikt'].map((w) => termOf(w)));

const has = (g: WordGroup, set: ReadonlySet<string>): boolean => [...g.terms.keys()].some((t) => set.has(t));
/** A word of the field, or a compound with one among its parts ("kjærestevold"). */
const isFieldWord = (g: WordGroup): boolean => has(g, FIELD_TERMS);
/** Off-field words are matched as written ("regnes" is not "regn"), or as the end of a compound ("høstferien"). */
const isOffField = (g: WordGroup): boolean =>
  OFF_FIELD.has(g.word) || (g.word.length >= 5 && OFF_FIELD_TERMS.has(termOf(g.word))) || OFF_FIELD_HEADS.some((w) => g.word.length > w.length + 2 && g.word.endsWith(w));

/** A word of the question names a relation; for harm read from a phrase, a word outside the phrase. */
const relatedTo = (q: AnalyzedQuestion, harm: WordGroup): boolean => q.groups.some((g) => has(g, RELATION) && (g !== harm || harm.phrase !== true));

/**
 * Whether a question is asked inside the field: it uses one of the field's words, or it tells
 * of a close relation and of harm in everyday words ("mannen tar hele lønna hennes",
 * "kjæresten leser alle meldingene hennes").
 */
export function inField(q: AnalyzedQuestion): boolean {
  // An everyday word read as harm ("passordet" → digital) is the everyday topic it names, not harm.
  if (q.groups.some(isFieldWord)) return true;
  // A phrase read as harm ("sønnen tar pensjonen hennes") is the harm whatever its last word, when
  // another word of the question names the relation ("sønnen"), not the phrase alone.
  return q.groups.some((g) => has(g, HARM) && (!isOffField(g) || g.phrase === true) && relatedTo(q, g));
}

/**
 * Whether the question is one the documents should answer, given the best passage's coverage;
 * `harm`: the question tells of harm done or threatened (`mentionsHarm`); `question`: its text,
 * for the field model.
 */
export function inScope(q: AnalyzedQuestion, coverage: number, scope: ScopeOptions, harm = false, question?: string): boolean {
  const ofField = inField(q);
  // An English word the glossary cannot read is a word the documents do not hold, so the
  // documents hold less of the question than its read words say: "Do I need ID to vote in the
  // municipal election?" is not all about "kommunal". The field model then reads it.
  const held = q.untranslated ? (coverage * q.groups.length) / (q.groups.length + q.untranslated) : coverage;
  // Harm told in any words is the field's; otherwise the field model may read the question as
  // the everyday one it is, whatever words it shares with the field.
  const p = question === undefined ? undefined : fieldProbability(question, scope.field);
  if (!harm && p !== undefined && held < scope.documentsHold && p < refusalBar(ofField, scope.field)) return false;
  // Beside a word of the field, an everyday word read as harm is the harm ("mannen tar hele lønna
  // hennes … er dette vold?"); alone, it is the everyday topic ("passordet").
  const named = q.groups.some(isFieldWord);
  const offField = q.groups.some((g) => isOffField(g) && !(named && has(g, HARM)) && !(g.phrase === true && has(g, HARM) && relatedTo(q, g)));
  // Harm told in any words (a knife, "klyp", being married off abroad) is the field's, and so is a
  // question the field model is sure of ("his son takes his pension every month").
  const field = harm || ofField || (p !== undefined && p >= scope.fieldAdmit);
  // A case told before the ask with a word of the field in it is the field's, however little of
  // its telling the documents hold; a long one without is answered from `caseAnswer`.
  if (field && q.told > 0 && !offField && coverage > 0) return true;
  if (q.told >= CASE_WORDS && !offField && coverage >= scope.caseAnswer) return true;
  if (field) return coverage >= scope.fieldAnswer;
  if (offField) return false;
  return coverage >= scope.answer;
}

/** What the scope guard reads of a question (scope-model.ts): the rules' verdict and what it rests on. */
export function readScope(q: AnalyzedQuestion, coverage: number, scope: ScopeOptions, harm: boolean, question: string): ScopeReading {
  return {
    rules: inScope(q, coverage, scope, harm, question),
    fieldProbability: fieldProbability(question, scope.field),
    coverage,
    named: inField(q),
    harm,
    caseTold: q.told >= CASE_WORDS,
    words: q.groups.length,
    untranslated: q.untranslated ?? 0,
  };
}
