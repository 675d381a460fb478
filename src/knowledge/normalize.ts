/**
 * Text normalization shared by indexing and questions: one place decides what a "word" is.
 */

/** Words that legitimately follow a hanging hyphen ("helse- og omsorg"), so no rejoin. */
const KEEP_HYPHEN_BEFORE = new Set(['og', 'eller', 'til', 'som', 'samt', 'enn', 'and', 'or']);

/**
 * Lowercases, applies NFC, drops soft hyphens and rejoins words that PDF extraction broke at a
 * line end ("Konsultasjons- teamet" → "konsultasjonsteamet").
 */
export function normalizeText(text: string): string {
  let t = text.normalize('NFC').replace(/\u00ad/g, '').toLowerCase();
  t = t.replace(/[\u2010\u2011]/g, '-');
  // Only a hyphen before a line break or a space is a word broken by the layout; "KONVO-teamet"
  // is two words.
  t = t.replace(/(\p{L})-(?:[ \t]*\r?\n[ \t]*|[ \t]+)(\p{Ll}+)/gu, (whole, a: string, b: string) =>
    KEEP_HYPHEN_BEFORE.has(b) ? whole : `${a}${b}`,
  );
  return t;
}

/** A surface token with its position in the token stream. */
export interface RawToken {
  word: string;
  pos: number;
}

// Dates first, then phone numbers written in groups, then numbers, then words.
const TOKEN = /\d{1,2}\.\d{1,2}\.\d{2,4}|\d{2,4}(?: \d{2,3}){1,3}(?!\d)|\d+(?:[.,]\d+)*|[\p{L}\p{N}]+/gu;

/**
 * Splits normalized text into tokens. Digit groups that make up a phone number
 * ("478 090 50") become one token; other groups ("55 60") stay apart.
 */
export function tokenize(normalized: string): RawToken[] {
  const out: RawToken[] = [];
  let pos = 0;
  for (const m of normalized.matchAll(TOKEN)) {
    const w = m[0];
    if (/^\d/.test(w) && w.includes(' ')) {
      const digits = w.replace(/ /g, '');
      if (digits.length === 8) {
        out.push({ word: digits, pos: pos++ });
      } else {
        for (const part of w.split(' ')) out.push({ word: part, pos: pos++ });
      }
      continue;
    }
    out.push({ word: w, pos: pos++ });
    // A date also answers a question about its year.
    const year = /^\d{1,2}\.\d{1,2}\.(\d{4})$/.exec(w);
    if (year?.[1]) out.push({ word: year[1], pos: pos - 1 });
  }
  return out;
}

/** Collapses whitespace; used for citation comparison and answer text. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
