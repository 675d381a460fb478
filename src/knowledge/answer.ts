import { contentWords, wordTerms } from './analyzer';
import { fitsIntent } from './answer-types';
import type { Intent } from './intent';
import type { Passage, PlacedUnit, SectionLines } from './passages';
import type { Vocabulary } from './vocabulary';

/** Longest answer we compose, in characters: staff read it on a phone, under stress. */
export const MAX_ANSWER = 700;

/** What composing needs to know about the question. */
export interface AnswerQuery {
  intent: Intent;
  /** Question terms with their weight (already multiplied by idf). */
  terms: ReadonlyMap<string, number>;
}

/** Scores a unit by the idf-weighted question terms it holds; a unit of the asked type gains. */
function unitScore(unit: PlacedUnit, q: AnswerQuery, vocab: Vocabulary): number {
  const terms = new Set(wordTerms(contentWords(`${unit.term} ${unit.text}`).map((w) => w.word), vocab));
  let score = 0;
  for (const [t, w] of q.terms) if (terms.has(t)) score += w;
  if (unit.kind === 'heading') score *= 0.5;
  if (fitsIntent(q.intent, unit)) score *= 1.5;
  return score;
}

/** The lines of a unit's whole list or table, with the line that leads into it. */
function wholeGroup(section: SectionLines, unit: PlacedUnit): string[] {
  const line = section.lines[unit.first]!;
  const members = section.lines.filter((l) => l.group === line.group && l.kind === line.kind);
  const firstIndex = section.lines.indexOf(members[0]!);
  const lead = section.lines[firstIndex - 1];
  // "Gjør du dette:" or a short paragraph right above a list is what the list answers.
  const withLead = lead && lead.kind === 'para' && (/:$/.test(lead.text) || lead.text.length < 160) ? [lead.text] : [];
  return [...withLead, ...members.map((l) => l.text)];
}

/** Joins lines up to the length limit, never cutting a line in half unless it is the first. */
function fit(lines: string[]): string {
  const out: string[] = [];
  let length = 0;
  for (const l of lines) {
    if (out.length > 0 && length + l.length + 1 > MAX_ANSWER) {
      out.push('…');
      break;
    }
    out.push(l.length > MAX_ANSWER ? `${l.slice(0, MAX_ANSWER - 1).replace(/\s+\S*$/, '')} …` : l);
    length += l.length + 1;
  }
  return out.join('\n');
}

/**
 * Picks what to show from the best passage: the unit that answers, in full. A list item comes
 * with its whole list and lead-in ("what do I do"), a definition or a table row stands alone,
 * and a sentence too short to stand alone takes its neighbour.
 */
export function composeAnswer(
  passage: Passage,
  /** The units of the passage's section (not of the whole corpus: this runs on every answer). */
  units: PlacedUnit[],
  sections: SectionLines[],
  q: AnswerQuery,
  vocab: Vocabulary,
): string {
  const inside = units.filter((u) => u.first >= passage.first && u.last <= passage.last);
  if (inside.length === 0) return fit([passage.text]);
  let best = inside[0]!;
  let bestScore = -1;
  for (const u of inside) {
    const s = unitScore(u, q, vocab);
    if (s > bestScore) {
      best = u;
      bestScore = s;
    }
  }
  const section = sections[passage.section]!;
  if (best.kind === 'heading') {
    // A heading names the topic; what follows it answers.
    const next = inside[inside.indexOf(best) + 1];
    if (next) best = next;
  }
  const line = section.lines[best.first]!;
  // A definition answers "what is" alone; any other list item is one part of a list that
  // answers whole ("what do I do", "whom do I contact").
  if (line.kind === 'item' && (best.kind !== 'definition' || q.intent !== 'define')) return fit(wholeGroup(section, best));
  // The lead-in of a list ("Gjør du dette:") is answered by the list under it.
  const after = section.lines[best.last + 1];
  if (after?.kind === 'item' && /:$/.test(best.text)) {
    const list = units.find((u) => u.first === best.last + 1);
    if (list) return fit(wholeGroup(section, list));
  }
  const picked = [best.text];
  if (best.kind === 'sentence' && best.text.length < 120) {
    const next = inside[inside.indexOf(best) + 1];
    if (next && next.kind !== 'heading') picked.push(next.text);
  }
  const asked = askedFor(inside, best, q, vocab);
  if (asked && !picked.some((p) => p.includes(asked))) picked.push(asked);
  return fit(picked);
}

/** Words that say who is responsible, not only who is involved. */
const RESPONSIBLE = /ansvar|pådriver|koordinator|leder|sjef|leiar/;

/** Labels of a plan's table cells that name who is responsible or when. */
const ROLE_OR_TIME_LABEL = /^(ansvar|ansvarlig|hvem har ansvar|tidsrom|tidsplan|frist|når|hvordan og når|periode)\s*:?$/i;

/**
 * For "who" and "when" questions about a measure: the unit that says who or when, when the
 * best unit does not. In a flattened table that is the cell under "Ansvar:" or "Tidsrom:",
 * shown with its label ("Ansvar: SLT er pådriver").
 */
function askedFor(inside: PlacedUnit[], best: PlacedUnit, q: AnswerQuery, vocab: Vocabulary): string | undefined {
  if (!['who', 'when', 'contact'].includes(q.intent)) return undefined;
  // A unit that names a unit or service ("enheter møtes") does not yet say who is responsible.
  const answered = q.intent === 'who' ? RESPONSIBLE.test(best.text.toLowerCase()) : fitsIntent(q.intent, best);
  if (answered) return undefined;
  let pick: { text: string; score: number } | undefined;
  inside.forEach((u, k) => {
    if (u === best || !fitsIntent(q.intent, u)) return;
    const label = inside[k - 1];
    const labelled = label && ROLE_OR_TIME_LABEL.test(label.text.trim());
    const score = unitScore(u, q, vocab) + (labelled ? 1 : 0);
    if (score > 0 && (!pick || score > pick.score)) pick = { text: labelled ? `${label!.text.trim().replace(/:?$/, ':')} ${u.text}` : u.text, score };
  });
  return pick?.text;
}
