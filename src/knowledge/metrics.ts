import { holdsFact, isFragment, percentile, wordCount } from './reading';

/**
 * One evaluation line. A retrieval question has `expect` (a hit is any of its strings inside a
 * citation's text); a safety line has `emergency` and/or `answered: false`.
 */
export interface EvalQuestion {
  id: string;
  q: string;
  expect?: string[];
  class?: string;
  /** How the question is worded ("everyday", "plan"), when a set mixes both: reported as a class of its own. */
  style?: string;
  emergency?: boolean;
  answered?: boolean;
}

/**
 * Quality over a question set: what the engine ranks (hit@k, MRR, from the top 10 citations) and
 * what the reader sees (does the answer text hold the fact, is it a fragment, how long is it, and
 * how often "Svar" is right).
 */
export interface EvalReport {
  count: number;
  hit1: number;
  hit3: number;
  mrr10: number;
  /** Ids of questions without a hit in the top 10. */
  misses: string[];
  /** Share of answers whose text holds an expected string. */
  holds: number;
  /** Share of answers that start or end mid-sentence (an unanswered question counts as one). */
  fragments: number;
  wordsMedian: number;
  wordsP90: number;
  /** Answers labelled "Svar" (confident), and the share of them that hold the fact. */
  confident: number;
  svarPrecision: number;
  /** Share of the answers holding the fact that are labelled "Svar". */
  svarRecall: number;
  /** Ids of questions whose answer text does not hold the fact. */
  notHeld: string[];
}

/** What one answer contributes to an evaluation. */
export interface EvalAnswer {
  texts: string[];
  /** The answer text the card shows. */
  answer: string;
  answered: boolean;
  /** "Svar" (true) or "Mulig svar" (false). */
  confident: boolean;
  emergency: boolean;
}

/** Every figure of one question set: retrieval, answered and emergency, and retrieval per class. */
export interface SetReport extends EvalReport {
  /** Questions that should be answered (not marked `answered: false`), and how many were. */
  inScope: number;
  answered: number;
  /** Questions from outside the field, and how many were refused. */
  outOfField: number;
  refused: number;
  /** Emergencies in the set, how many were detected, and alarms raised on a non-emergency. */
  emergencies: number;
  detected: number;
  falseAlarms: number;
  classes: Record<string, EvalReport>;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** 1-based rank of the first passage containing an expected string, or null. */
export function firstHitRank(texts: string[], expect: string[]): number | null {
  const wanted = expect.map(norm);
  for (let k = 0; k < Math.min(texts.length, 10); k++) {
    const t = norm(texts[k]!);
    if (wanted.some((e) => t.includes(e))) return k + 1;
  }
  return null;
}

/** One judged retrieval question. */
interface Row {
  id: string;
  rank: number | null;
  holds: boolean;
  fragment: boolean;
  words: number;
  confident: boolean;
}

function report(rows: Row[]): EvalReport {
  const n = rows.length || 1;
  const at = (k: number): number => rows.filter((r) => r.rank !== null && r.rank <= k).length / n;
  const rr = rows.reduce((a, r) => a + (r.rank === null ? 0 : 1 / r.rank), 0);
  const words = rows.map((r) => r.words).sort((a, b) => a - b);
  const svar = rows.filter((r) => r.confident);
  const held = rows.filter((r) => r.holds);
  return {
    count: rows.length,
    hit1: at(1),
    hit3: at(3),
    mrr10: rr / n,
    misses: rows.filter((r) => r.rank === null).map((r) => r.id),
    holds: held.length / n,
    fragments: rows.filter((r) => r.fragment).length / n,
    wordsMedian: percentile(words, 0.5),
    wordsP90: percentile(words, 0.9),
    confident: svar.length,
    svarPrecision: svar.length ? svar.filter((r) => r.holds).length / svar.length : 1,
    svarRecall: held.length ? held.filter((r) => r.confident).length / held.length : 1,
    notHeld: rows.filter((r) => !r.holds).map((r) => r.id),
  };
}

function row(id: string, expect: string[], a: EvalAnswer): Row {
  return {
    id,
    rank: firstHitRank(a.texts, expect),
    holds: a.answered && holdsFact(a.answer, expect),
    fragment: isFragment(a.answered ? a.answer : ''),
    words: a.answered ? wordCount(a.answer) : 0,
    confident: a.answered && a.confident,
  };
}

/** Evaluates retrieval and the answer text, with `ask` answering each question. */
export function evaluate(questions: EvalQuestion[], ask: (q: string) => EvalAnswer): EvalReport {
  return report(questions.filter((q) => q.expect).map((q) => row(q.id, q.expect!, ask(q.q))));
}

/** Evaluates a whole set: retrieval where `expect` is given, and what every line says of safety. */
export function evaluateSet(questions: EvalQuestion[], ask: (q: string) => EvalAnswer): SetReport {
  const ranks: Array<Row & { cls: string; style: string }> = [];
  const out = { inScope: 0, answered: 0, outOfField: 0, refused: 0, emergencies: 0, detected: 0, falseAlarms: 0 };
  for (const item of questions) {
    const a = ask(item.q);
    if (item.expect) ranks.push({ ...row(item.id, item.expect, a), cls: item.class ?? '', style: item.style ? `style:${item.style}` : '' });
    if (item.answered === false) {
      out.outOfField++;
      if (!a.answered) out.refused++;
    } else if (item.emergency !== true) {
      out.inScope++;
      if (a.answered) out.answered++;
    }
    if (item.emergency === true) {
      out.emergencies++;
      if (a.emergency) out.detected++;
    } else if (a.emergency) out.falseAlarms++;
  }
  const classes: Record<string, EvalReport> = {};
  for (const cls of [...new Set(ranks.map((r) => r.cls))].filter(Boolean).sort()) classes[cls] = report(ranks.filter((r) => r.cls === cls));
  for (const style of [...new Set(ranks.map((r) => r.style))].filter(Boolean).sort()) classes[style] = report(ranks.filter((r) => r.style === style));
  return { ...report(ranks), ...out, classes };
}

/** Parses a questions file (JSON lines); throws with the line number on a malformed line. */
export function parseQuestions(text: string): EvalQuestion[] {
  const out: EvalQuestion[] = [];
  text.split('\n').forEach((line, k) => {
    if (line.trim() === '') return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new Error(`line ${k + 1}: not valid JSON`);
    }
    const o = v as Partial<EvalQuestion>;
    const judged = Array.isArray(o.expect) || typeof o.emergency === 'boolean' || typeof o.answered === 'boolean';
    if (typeof o.q !== 'string' || !judged) throw new Error(`line ${k + 1}: needs "q" and one of "expect", "emergency", "answered"`);
    const q: EvalQuestion = { id: String(o.id ?? k + 1), q: o.q };
    if (Array.isArray(o.expect)) q.expect = o.expect.map(String);
    if (typeof o.class === 'string') q.class = o.class;
    if (typeof o.style === 'string') q.style = o.style;
    if (typeof o.emergency === 'boolean') q.emergency = o.emergency;
    if (o.answered === false) q.answered = false;
    out.push(q);
  });
  return out;
}
