import fs from 'node:fs';
import { parse } from 'yaml';

/**
 * The word list of capitalised words that are not names ("Jeg", "NAV", "Politiet", weekdays):
 * data a municipality may extend, in YAML so the knowledge loader, which reads .txt and .md, never
 * takes it for a document. Unreadable or malformed means no list, which masks more, never less.
 */
export type WordListResult = { ok: true; words: Set<string> } | { ok: false; words: Set<string>; problem: string };

/** Reads `ord:` (a list of words) from a YAML file; the words lower-case. */
export function loadWordList(file: string): WordListResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { ok: false, words: new Set(), problem: `kan ikke lese ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  return parseWordList(text, file);
}

/** Parses the word list's YAML; `file` is only named in the problem. */
export function parseWordList(text: string, file: string): WordListResult {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    return { ok: false, words: new Set(), problem: `${file} er ikke gyldig YAML: ${(err as Error).message.split('\n')[0]}` };
  }
  const list = doc && typeof doc === 'object' ? (doc as Record<string, unknown>).ord : undefined;
  if (!Array.isArray(list)) return { ok: false, words: new Set(), problem: `${file} mangler listen «ord:»` };
  const bad = list.filter((w) => typeof w !== 'string' || !/^[\p{L}][\p{L}'’-]*$/u.test(w.trim()));
  if (bad.length > 0) return { ok: false, words: new Set(), problem: `${file}: bare enkeltord er tillatt i «ord:», ikke ${JSON.stringify(bad[0])}` };
  return { ok: true, words: new Set(list.map((w) => (w as string).trim().toLowerCase())) };
}
