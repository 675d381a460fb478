/**
 * The row rules of the municipality's lists "Kuraterte svar" and "Synonymer", shared by the files
 * of local mode and the SharePoint lists. A row that cannot be used (no question, no answer, no
 * source) is reported and left out; a row with a smaller fault (no owner, no review date, a link
 * that is no web address) is reported and used.
 */
import { findPersonalData } from '../common/mask';
import { normalizeText } from '../knowledge/normalize';
import { osloDate } from '../measures/summary';
import type { PlanProblem, RowRef } from '../plan/problems';
import type { CuratedAnswer, RawCuratedRow, RawStaffWordRow, StaffWordRow } from './types';

/** Longest answer a card shows; a longer text is a document pasted in, not an answer. */
export const MAX_ANSWER_CHARS = 2000;
/** Longest question variant: a question, not a paragraph. */
export const MAX_QUESTION_CHARS = 300;

/** How a question variant is compared with the others: case, punctuation and spacing aside. */
export const questionKey = (q: string): string => normalizeText(q).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A web address a card can open: http or https, with a host. */
export function isWebLink(link: string): boolean {
  try {
    const url = new URL(link);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * A review date as the Oslo day it names: "2027-03-01", "1.3.2027", or an instant as SharePoint
 * gives a date-only column (midnight in Oslo, written in UTC). Undefined when it cannot be read.
 */
export function reviewDay(value: string): string | undefined {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const no = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : no ? [no[3], no[2]!.padStart(2, '0'), no[1]!.padStart(2, '0')] : [];
  if (y && m && d) {
    const day = new Date(`${y}-${m}-${d}T12:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === `${y}-${m}-${d}` ? `${y}-${m}-${d}` : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))) return osloDate(new Date(v));
  return undefined;
}

const where = (ref: RowRef): string => (ref.itemId ? `element ${ref.itemId}` : ref.line !== undefined ? `linje ${ref.line}` : `rad ${ref.position}`);

/** The answers that can be used, and the problems of every row. */
export function validateCurated(rows: readonly RawCuratedRow[]): { answers: CuratedAnswer[]; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const answers: CuratedAnswer[] = [];
  const seen = new Map<string, RowRef>();
  for (const row of rows) {
    const title = row.questions[0]?.trim() || undefined;
    const report = (message: string) => problems.push({ kind: 'invalid', ref: row.ref, ...(title ? { title } : {}), message });
    const questions: string[] = [];
    for (const raw of row.questions) {
      const q = raw.trim().replace(/\s+/g, ' ');
      if (!q) continue;
      if (q.length > MAX_QUESTION_CHARS) {
        report(`spørsmålet «${q.slice(0, 40)}…» er for langt (${q.length} tegn, høyst ${MAX_QUESTION_CHARS}); det brukes ikke`);
        continue;
      }
      const key = questionKey(q);
      const first = seen.get(key);
      if (first && first !== row.ref) {
        report(`spørsmålet «${q}» står også i ${where(first)}; bare det første brukes`);
        continue;
      }
      if (questions.some((x) => questionKey(x) === key)) continue;
      seen.set(key, row.ref);
      questions.push(q);
    }
    const answer = row.answer.trim();
    const source = row.source.trim();
    if (questions.length === 0) {
      report('mangler spørsmål; svaret brukes ikke før det har et spørsmål');
      continue;
    }
    if (!answer) {
      report('mangler svar; raden brukes ikke');
      continue;
    }
    if (answer.length > MAX_ANSWER_CHARS) {
      report(`svaret er for langt (${answer.length} tegn, høyst ${MAX_ANSWER_CHARS}); raden brukes ikke`);
      continue;
    }
    if (!source) {
      report('mangler kilde; svaret brukes ikke før det sier hva det bygger på');
      continue;
    }
    const link = row.link.trim();
    if (link && !isWebLink(link)) report(`lenken «${link}» er ikke en nettadresse (https://…); svaret vises uten lenke`);
    const owner = row.owner.trim();
    if (!owner) report('mangler ansvarlig');
    const reviewBy = row.reviewBy.trim() ? reviewDay(row.reviewBy) : undefined;
    if (!row.reviewBy.trim()) report('mangler dato for gjennomgang; svaret står på listen over svar som skal gjennomgås');
    else if (!reviewBy) report(`datoen «${row.reviewBy.trim()}» for gjennomgang kan ikke leses; skriv f.eks. 2027-03-01`);
    answers.push({
      id: row.ref.itemId ?? `${row.ref.list}-${row.ref.position}`,
      questions, answer, source,
      ...(link && isWebLink(link) ? { link } : {}),
      ...(owner ? { owner } : {}),
      ...(reviewBy ? { reviewBy } : {}),
      ref: row.ref,
    });
  }
  return { answers, problems };
}

/** One word as a question is read: letters and digits, joined by hyphens at most. */
const ONE_WORD = /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u;

/** The staff words that can be used, and the problems of every row. */
export function validateStaffWords(rows: readonly RawStaffWordRow[]): { staffWords: StaffWordRow[]; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const staffWords: StaffWordRow[] = [];
  for (const row of rows) {
    const word = normalizeText(row.word).trim();
    const report = (message: string) => problems.push({ kind: 'invalid', ref: row.ref, ...(word ? { title: word } : {}), message });
    if (!word) {
      report('mangler ordet de ansatte bruker; raden brukes ikke');
      continue;
    }
    if (!ONE_WORD.test(word)) {
      report(`«${word}» må være ett ord; raden brukes ikke`);
      continue;
    }
    const planWords: string[] = [];
    for (const raw of row.planWords.split(/[,;\n]+/)) {
      const w = normalizeText(raw).trim();
      if (!w) continue;
      if (!ONE_WORD.test(w)) report(`«${w}» i «Ord i planen» må være ett ord; det brukes ikke`);
      else if (w !== word && !planWords.includes(w)) planWords.push(w);
    }
    if (planWords.length === 0) {
      report('mangler ord i planen; raden brukes ikke');
      continue;
    }
    staffWords.push({ word, planWords, ref: row.ref });
  }
  return { staffWords, problems };
}

/**
 * Why a proposed answer from the tab cannot be saved, in Norwegian, or undefined when it can.
 * The same rules as a row, and no fødselsnummer: the answer is published to every employee.
 */
export function proposalProblem(p: { questions: string[]; answer: string; source: string; link: string; reviewBy: string }): string | undefined {
  const questions = p.questions.map((q) => q.trim()).filter(Boolean);
  if (questions.length === 0) return 'Skriv spørsmålet.';
  if (questions.some((q) => q.length > MAX_QUESTION_CHARS)) return `Et spørsmål kan ha høyst ${MAX_QUESTION_CHARS} tegn.`;
  if (!p.answer.trim()) return 'Skriv svaret.';
  if (p.answer.trim().length > MAX_ANSWER_CHARS) return `Svaret kan ha høyst ${MAX_ANSWER_CHARS} tegn.`;
  if (!p.source.trim()) return 'Skriv hva svaret bygger på (kilden).';
  if (p.link.trim() && !isWebLink(p.link.trim())) return 'Lenken må være en nettadresse som begynner med https://.';
  if (p.reviewBy.trim() && !reviewDay(p.reviewBy)) return 'Datoen for gjennomgang må skrives som ÅÅÅÅ-MM-DD.';
  const text = [...questions, p.answer, p.source].join('\n');
  if (findPersonalData(text).fnr) return 'Teksten inneholder noe som ligner et fødselsnummer. Fjern det før du lagrer.';
  return undefined;
}
