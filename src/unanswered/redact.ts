import { createHash } from 'node:crypto';
import { maskPersonalData } from '../common/mask';
import { STOPWORDS } from '../knowledge/lexicon';
import { normalizeText, tokenize } from '../knowledge/normalize';

/** What a word that may be a name becomes in a stored question. */
export const NAME_MASK = '«navn»';

/** Longest stored question; a pasted text is cut at a word, with "…". */
export const MAX_TEXT_CHARS = 300;
/** Longest stored first line of an answer. */
export const MAX_ANSWER_CHARS = 200;
/** Only this much of a message is read at all: a question is short, a paste is not a question. */
const MAX_INPUT_CHARS = 2000;

/** What tells a word of the field from a name. */
export interface KnownWords {
  /** A word of the documents, or a function word (`KnowledgeBase.knows`). */
  knows(word: string): boolean;
  /** Capitalised words that are not names, lower-case (the word list, ikke-navn.yaml). */
  common: ReadonlySet<string>;
}

/** A word: letters, with inner hyphens and apostrophes ("Anne-Lise", "TryggEst-teamet"). */
const WORD = /\p{L}(?:[\p{L}\p{M}\p{N}]|['’-](?=\p{L}))*/gu;
/**
 * Abbreviations whose full stop does not end a sentence, as their last part ("f.eks." → "eks"), so
 * a name after one is not taken for the first word of a sentence.
 */
const ABBREVIATIONS = new Set(['eks', 'a', 'l', 'ca', 'kl', 'nr', 'jf', 'jfr', 'dvs', 'mht', 'evt', 'osv', 'pga', 'ift', 'iht', 'mv', 'etc', 'vs', 'st', 'tlf', 'ref', 'pkt', 's', 'bl', 'hhv', 'ifm', 'vedr', 'ang']);

function isKnown(word: string, words: KnownWords): boolean {
  const one = (part: string) => {
    const lower = part.toLowerCase();
    if (words.common.has(lower) || words.knows(part)) return true;
    // The genitive -s of a word of the field: "Barnevernets", "NAVs".
    return part.length > 3 && /s$/i.test(part) && (words.common.has(lower.slice(0, -1)) || words.knows(part.slice(0, -1)));
  };
  return word.split(/['’-]/).every(one);
}

interface Word {
  text: string;
  start: number;
  end: number;
  sentenceStart: boolean;
  /** Replaced by NAME_MASK. */
  name: boolean;
}

/** Words with what the masking needs to know of each: does a sentence start here, may it be a name. */
function scan(text: string, words: KnownWords): Word[] {
  const out: Word[] = [];
  let end = 0;
  for (const m of text.matchAll(WORD)) {
    const gap = text.slice(end, m.index);
    const prev = out[out.length - 1];
    const stop = /[!?…\n]/.test(gap) || (gap.includes('.') && !(prev && ABBREVIATIONS.has(prev.text.toLowerCase()) && gap.startsWith('.')));
    const sentenceStart = !prev || stop;
    const capitalised = /^\p{Lu}/u.test(m[0]);
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, sentenceStart, name: capitalised && !sentenceStart && !isKnown(m[0], words) });
    end = m.index + m[0].length;
  }
  // A name that opens a sentence ("Ola Nordmann sier …"): the first word of a run of names is one too.
  for (let i = out.length - 2; i >= 0; i--) {
    const w = out[i]!;
    const next = out[i + 1]!;
    if (w.sentenceStart && next.name && /^\p{Lu}/u.test(w.text) && /^\s+$/.test(text.slice(w.end, next.start)) && !isKnown(w.text, words)) w.name = true;
  }
  return out;
}

/** Cuts a text at a word boundary, with "…". */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/**
 * The text as it may be stored: fødselsnummer, D-nummer, phone numbers and e-mail addresses
 * masked (`maskPersonalData`), and every capitalised word that is neither the first of a sentence
 * nor a word of the documents or of the word list replaced by «navn» (a run of them by one).
 * A sentence's first word is a name too when a name follows it directly ("Ola Nordmann …").
 */
export function redact(text: string, words: KnownWords, max = MAX_TEXT_CHARS): string {
  const masked = maskPersonalData(text.slice(0, MAX_INPUT_CHARS));
  let out = '';
  let at = 0;
  let lastWasName = false;
  for (const w of scan(masked, words)) {
    const gap = masked.slice(at, w.start);
    if (w.name && lastWasName && /^\s*$/.test(gap)) {
      at = w.end;
      continue;
    }
    out += gap + (w.name ? NAME_MASK : w.text);
    lastWasName = w.name;
    at = w.end;
  }
  out += masked.slice(at);
  return cut(out.replace(/\s+/g, ' ').trim(), max);
}

/** The first line of an answer, redacted like a question. */
export function redactAnswerLine(answer: string, words: KnownWords): string {
  const first = answer.split('\n').find((l) => l.trim() !== '') ?? '';
  return redact(first, words, MAX_ANSWER_CHARS);
}

/**
 * What questions are grouped by: the redacted text lower-cased, without stop words and
 * punctuation ("Hva er X?" and "hva er x" are one group). A text of stop words only keeps them.
 */
export function normalisedText(redacted: string): string {
  const all = tokenize(normalizeText(redacted)).map((t) => t.word);
  const content = all.filter((w) => !STOPWORDS.has(w));
  return (content.length > 0 ? content : all).join(' ');
}

/** The group id of a redacted question: sha256 (hex) of its normalised text. */
export function groupId(redacted: string): string {
  return createHash('sha256').update(normalisedText(redacted)).digest('hex');
}
