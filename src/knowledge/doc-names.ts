import { contentWords, termOf } from './analyzer';
import { fold } from './stem';
import { runSteps, textSlices, type Steps } from './steps';
import type { LoadedDocument } from './types';

/** How a name is compared: stemmed and folded to ASCII, so "Lillestrøms" meets "lillestrom.pdf". */
export const nameKey = (word: string): string => fold(termOf(word));

/** The names of one document; see `documentNames`. */
export interface DocumentNames {
  labels: Set<string>;
  places: Set<string>;
}

/**
 * Words that name each document, among words no other document uses at all. `labels` come
 * from its title and file name ("Meråker", "interkommunal"): a question that names the
 * municipality is asking about its plan. `places` are proper nouns of its text ("Hamar" in a
 * joint plan, "KONVO"): they point to the document, and they are also what the question is about.
 */
export function documentNames(docs: LoadedDocument[]): DocumentNames[] {
  return runSteps(namingDocuments(docs));
}

/** `documentNames` as steps, one per slice of a page (see steps.ts). */
export function* namingDocuments(docs: LoadedDocument[]): Steps<DocumentNames[]> {
  const capitals = new Map<string, { upper: number; all: number }>();
  const usedBy = new Map<string, Set<number>>();
  for (const [d, doc] of docs.entries()) {
    // Slices end at line breaks, which neither pattern below reaches across.
    for (const slice of doc.pages.flatMap((p) => textSlices(p.text))) {
      yield;
      for (const { word } of contentWords(slice)) {
        const key = nameKey(word);
        const docs = usedBy.get(key) ?? new Set<number>();
        docs.add(d);
        usedBy.set(key, docs);
      }
      const text = slice.replace(/\S*(https?:|www\.)\S*/g, ' ');
      // Only words inside a sentence tell a name: every line and sentence starts with a capital.
      for (const m of text.matchAll(/(?<=\p{Ll},? )\p{L}{3,}/gu)) {
        const key = nameKey(m[0].toLowerCase());
        const e = capitals.get(key) ?? { upper: 0, all: 0 };
        e.all++;
        if (/^\p{Lu}/u.test(m[0])) e.upper++;
        capitals.set(key, e);
      }
    }
  }
  yield;
  const onlyIn = (k: string, d: number): boolean => docs.length >= 2 && [...(usedBy.get(k) ?? [d])].every((x) => x === d);
  const isProper = (k: string): boolean => {
    const e = capitals.get(k);
    return e !== undefined && e.all >= 2 && e.upper >= 0.8 * e.all;
  };
  const names: DocumentNames[] = [];
  for (const [d, doc] of docs.entries()) {
    yield;
    const label = `${doc.title} ${doc.source.replace(/\.[a-z]+$/i, '').replace(/[-_.]/g, ' ')}`;
    const labels = new Set(contentWords(label).filter((w) => !/^\d/.test(w.word)).map((w) => nameKey(w.word)).filter((k) => onlyIn(k, d)));
    const places = new Set([...usedBy.keys()].filter((k) => !labels.has(k) && onlyIn(k, d) && isProper(k)));
    names.push({ labels, places });
  }
  return names;
}
