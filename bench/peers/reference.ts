/**
 * The principled reference of issue 9, rebuilt from the methods of retrieval.md: 120-word
 * windows overlapping by half with a title field, stemmed-word BM25 and character-trigram BM25,
 * fused by reciprocal rank (k = 60). No structure, no intent, no field vocabulary: the peer the
 * engine must beat.
 */
import { Bm25 } from '../../src/knowledge/bm25';
import type { LoadedDocument } from '../../src/knowledge';
import { normalizeText, tokenize } from '../../src/knowledge/normalize';
import { STOPWORDS } from '../../src/knowledge/lexicon';
import { stem } from '../../src/knowledge/stem';
import { plainWindows, type PeerSearch } from './windows';

const wordsOf = (text: string): string[] => tokenize(normalizeText(text)).map((t) => t.word).filter((w) => !STOPWORDS.has(w));
const stems = (words: string[]): string[] => words.map((w) => stem(w));
const trigrams = (words: string[]): string[] => words.flatMap((w) => {
  const p = `_${w}_`;
  return Array.from({ length: Math.max(1, p.length - 2) }, (_, k) => p.slice(k, k + 3));
});

function ranks(scores: Map<number, number>): Map<number, number> {
  return new Map([...scores].sort((a, b) => b[1] - a[1]).map(([i], k) => [i, k + 1]));
}

export function referencePeer(docs: LoadedDocument[]): PeerSearch {
  const win = plainWindows(docs, 120, 60);
  const words = win.map((w) => wordsOf(`${w.heading} ${w.text}`));
  const stemIndex = new Bm25(words.map(stems));
  const gramIndex = new Bm25(words.map(trigrams));
  return (q) => {
    const qw = wordsOf(q);
    const fused = new Map<number, number>();
    for (const scores of [stemIndex.score(new Map(stems(qw).map((t) => [t, 1]))), gramIndex.score(new Map(trigrams(qw).map((t) => [t, 1])))]) {
      for (const [i, r] of ranks(scores)) fused.set(i, (fused.get(i) ?? 0) + 1 / (60 + r));
    }
    return [...fused].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([i]) => win[i]!.text);
  };
}
