import { STOPWORDS } from './lexicon';
import { stem } from './stem';

/**
 * Asked for a link ("Er det en lenke til Tidlig inn-programmet?", "Where online can I find …"),
 * the answer is often only in a web address: a plan lists "https://www.forebygging.no/tidliginn/"
 * under its text, or lists its sources as bare addresses. The search reads an address as its
 * site's name (analyzer.ts), so the words of its path ("tidliginn", "foreldrepakke") found
 * nothing. A question that asks for a link is matched against the letters of the documents'
 * addresses: its own words, and two or three of them written together as addresses write names.
 */

/** A web address in running text. */
export const WEB_ADDRESS = /(?:https?:\/\/|www\.)\S+/giu;

/** An address without the punctuation that ends the sentence or bracket it stands in. */
export const trimAddress = (address: string): string => address.replace(/[.,;)]+$/u, '');

/** The question asks where something is on the web. */
export const ASKS_ADDRESS = /\b(lenk\w*|link\w*|nettside\w*|nettsted\w*|nettadresse\w*|nettstad\w*|heimeside\w*|hjemmeside\w*|websi\w*|web|url|online|internett\w*|på nett(et)?|på nettet|on the (web|internet)|på (dei|de) nettsidene)\b/u;

/** Words of asking for a link: in every such question, so in no address's name. */
const LINK_WORDS = /^(lenk\p{L}*|link\p{L}*|nett\p{L}*|web\p{L}*|url|online|internett\p{L}*|heimeside\p{L}*|hjemmeside\p{L}*|side\p{L}*|sida|finn\p{L}*|finne|find|where|there|page\p{L}*|site\p{L}*)$/u;

/** The shortest key: "nora", "imdi"; shorter ones are in addresses by chance. */
const KEY_LETTERS = 4;

/** Letters only, lower case, æøå written as addresses write them (either way). */
export function spellings(word: string): string[] {
  const letters = word.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
  return [...new Set([letters.replace(/æ/g, 'a').replace(/ø/g, 'o').replace(/å/g, 'a'), letters.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'aa')])];
}

/** A key for a question's web address: letters to find, from these words, one of them written as a name. */
export interface AddressKey {
  key: string;
  words: string[];
  /** Written as a name ("Tidlig inn", "Nora", "NKVTS"): what it names, however common its words. */
  named: boolean;
}

/**
 * What an address of the documents may hold of the question: each topic word (and its stem), and
 * each run of two or three words written together ("tidlig inn" → "tidliginn"), when the tokens
 * are the asker's own (`runs`), not a translation. `names` are the question's words written as
 * names (capitalised inside it, or an acronym).
 */
export function addressKeys(tokens: string[], names: ReadonlySet<string>, runs = true): AddressKey[] {
  const keys = new Map<string, AddressKey>();
  const add = (letters: string, words: string[], named: boolean): void => {
    const had = keys.get(letters);
    if (!had || (named && !had.named)) keys.set(letters, { key: letters, words, named });
  };
  const topic = (t: string): boolean => !STOPWORDS.has(t) && !LINK_WORDS.test(t);
  tokens.forEach((t, k) => {
    if (topic(t)) for (const form of [t, stem(t)]) for (const s of spellings(form)) if (s.length >= KEY_LETTERS) add(s, [t], names.has(t));
    for (const n of runs ? [2, 3] : []) {
      const run = tokens.slice(k, k + n);
      // "tidlig inn" is written "tidliginn": a run may end in a small word, never start with one.
      if (run.length < n || !topic(run[0]!) || LINK_WORDS.test(run[n - 1]!)) continue;
      for (const s of spellings(run.join(''))) if (s.length > KEY_LETTERS + 1) add(s, run.filter(topic), names.has(run[0]!));
    }
  });
  return [...keys.values()];
}

/** A web address as letters, with where its words start ("jd-frihetfravold-web.pdf": j, f, w, p). */
export interface AddressLetters {
  letters: string;
  starts: Set<number>;
}

/** The web addresses of a text, without "www", the country ending and any query. */
export function addressLetters(text: string): AddressLetters[] {
  return (text.match(WEB_ADDRESS) ?? []).map((a) => {
    const parts = a
      .toLowerCase()
      .replace(/^https?:\/\//u, '')
      .replace(/^www\d?\./u, '')
      .replace(/[?#].*$/u, '')
      .replace(/\.(no|com|org|net|se|dk)(?=\/|$)/u, '')
      .split(/[^\p{L}\d]+/u)
      .filter(Boolean);
    const starts = new Set<number>();
    let at = 0;
    for (const p of parts) {
      starts.add(at);
      at += p.length;
    }
    return { letters: parts.join(''), starts };
  });
}

/** Letters an inflection adds to a word an address spells ("foreldrepakk" in …/foreldrepakke). */
const ENDING_LETTERS = 3;

/**
 * The address spells the key as its words: from the start of one ("tidliginn" in …/tidliginn/,
 * "frihetfravold" in jd-frihetfravold-web.pdf) to the end of one, give or take an ending; not
 * "program" inside "helsekontrollprogrammet" or "lese" as the start of a longer word.
 */
export function spells(address: AddressLetters, key: string): boolean {
  for (let at = address.letters.indexOf(key); at >= 0; at = address.letters.indexOf(key, at + 1)) {
    if (!address.starts.has(at)) continue;
    const end = at + key.length;
    let next = end;
    while (next < address.letters.length && !address.starts.has(next)) next++;
    if (next - end <= ENDING_LETTERS) return true;
  }
  return false;
}

/** The web address of a text that spells most of the question's keys (the longest breaks ties), if any spells one. */
export function askedAddress(text: string, keys: string[]): string | undefined {
  let best: { address: string; keys: number; longest: number } | undefined;
  for (const raw of text.match(WEB_ADDRESS) ?? []) {
    const address = trimAddress(raw);
    const letters = addressLetters(address)[0];
    const held = letters ? keys.filter((k) => spells(letters, k)) : [];
    if (held.length === 0) continue;
    const longest = Math.max(...held.map((k) => k.length));
    if (!best || held.length > best.keys || (held.length === best.keys && longest > best.longest)) best = { address, keys: held.length, longest };
  }
  return best?.address;
}
