/**
 * The naive extractive peer of issue 15: a retriever's top passage, and as the answer the one
 * sentence of it that shares the most words with the question. What an engine that does not
 * read the document's structure would show.
 */
import type { EvalAnswer } from '../../src/knowledge/metrics';
import { STOPWORDS } from '../../src/knowledge/lexicon';
import { normalizeText, tokenize } from '../../src/knowledge/normalize';
import { stem } from '../../src/knowledge/stem';
import type { PeerSearch } from './windows';

const stems = (text: string): Set<string> =>
  new Set(tokenize(normalizeText(text)).map((t) => t.word).filter((w) => !STOPWORDS.has(w)).map((w) => stem(w)));

/** Wraps a peer's search so it also answers with the best sentence of its top passage. */
export function extractive(search: PeerSearch): (q: string) => EvalAnswer {
  return (q) => {
    const texts = search(q);
    const asked = stems(q);
    const sentences = (texts[0] ?? '').replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/);
    let answer = '';
    let best = -1;
    for (const s of sentences) {
      const overlap = [...stems(s)].filter((t) => asked.has(t)).length;
      if (overlap > best) {
        best = overlap;
        answer = s;
      }
    }
    return { texts, answer, answered: texts.length > 0, confident: true, emergency: false };
  };
}
