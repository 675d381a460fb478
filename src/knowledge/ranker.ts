import type { AnalyzedQuery } from './analyzer';
import type { Bm25Index } from './bm25';
import { cueMatcher } from './cues';
import { fold, stem } from './stem';

/** Ranking weights; see docs/knowledge.md. */
export const WEIGHTS = {
  /** Share of the other terms of a group added on top of its best term. */
  groupRest: 0.25,
  /** Bonus per adjacent pair of question words found close together, times the smaller idf. */
  near: 0.6,
  /** Bonus per question word found in the section heading, times its idf. */
  heading: 0.35,
  /** Multiplier for passages of a document whose title or file name the question names. */
  docName: 1.5,
  /** Floor of the coverage multiplier: a passage matching few question words is damped. */
  coverageFloor: 0.35,
  /** Weight of a question word absent from the corpus in the coverage denominator. */
  unknownWord: 0.5,
};

/** A scored passage with the evidence used to decide whether the question is answered. */
export interface Ranked {
  i: number;
  score: number;
  /** idf-weighted share of question words the passage matches (0..1). */
  coverage: number;
  /** Number of question words matched. */
  matched: number;
}

/** Minimum token distance between two position lists (both sorted). */
function minDistance(a: number[], b: number[]): number {
  let i = 0;
  let j = 0;
  let best = Infinity;
  while (i < a.length && j < b.length) {
    best = Math.min(best, Math.abs(a[i]! - b[j]!));
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return best;
}

/** Scores every passage that shares a term with the question, best first. */
export function rank(index: Bm25Index, q: AnalyzedQuery): Ranked[] {
  const groups = q.groups;
  if (groups.length === 0) return [];
  // Coverage weights: a word the corpus never uses counts half (it may be an inflection the
  // corpus lacks, but it is also what an off-topic question looks like), and so does a word we
  // had to guess (typo, Nynorsk spelling).
  const groupIdf = groups.map((g) => {
    const known = g.terms.some((t) => index.has(t.term));
    return index.idf(g.terms[0]!.term) * (known ? g.certainty : WEIGHTS.unknownWord);
  });
  const totalIdf = groupIdf.reduce((a, b) => a + b, 0);
  const perChunk = new Map<number, Float64Array>();
  groups.forEach((g, gi) => {
    for (const { term, weight } of g.terms) {
      const idf = index.idf(term);
      for (const { i, tf } of index.postingsOf(term)) {
        let arr = perChunk.get(i);
        if (!arr) perChunk.set(i, (arr = new Float64Array(groups.length * 2)));
        const c = weight * idf * index.tfPart(tf, i);
        // [2g] = best term of the group, [2g+1] = sum of the others.
        if (c > arr[2 * gi]!) {
          arr[2 * gi + 1]! += arr[2 * gi]!;
          arr[2 * gi] = c;
        } else arr[2 * gi + 1]! += c;
      }
    }
  });

  const nameStems = groups.map((g) => stem(fold(g.word)));
  const namedDocs = new Set<number>();
  const queryStems = new Set(groups.map((g) => stem(fold(g.word))));
  const docsPerName = new Map<string, number>();
  for (const names of index.docNames) for (const n of names) docsPerName.set(n, (docsPerName.get(n) ?? 0) + 1);
  index.docNames.forEach((names, d) => {
    for (const s of queryStems) {
      if (names.has(s) && (docsPerName.get(s) ?? 0) <= Math.max(1, index.docNames.length / 3)) namedDocs.add(d);
      if (index.docTitleWords[d]!.has(s) || index.docPlaceWords[d]!.has(s)) namedDocs.add(d);
    }
  });

  const cue = cueMatcher(q.cues, (w) => index.docNames.some((names) => names.has(stem(fold(w)))));
  const out: Ranked[] = [];
  for (const [i, arr] of perChunk) {
    const item = index.items[i]!;
    let base = 0;
    let covered = 0;
    let matched = 0;
    const hit: boolean[] = [];
    const d = item.chunk.docIndex;
    groups.forEach((g, gi) => {
      const best = arr[2 * gi]!;
      // A municipality named in the question is matched by every passage of its plan; that it
      // also stands in one of them says nothing about which passage answers.
      const n = nameStems[gi]!;
      if (index.docNames[d]!.has(n) || index.docTitleWords[d]!.has(n)) {
        covered += groupIdf[gi]!;
        hit.push(false);
        return;
      }
      hit.push(best > 0);
      if (best <= 0) return;
      base += best + WEIGHTS.groupRest * arr[2 * gi + 1]!;
      matched++;
      covered += groupIdf[gi]!;
      if (g.terms.some((t) => item.heading.has(t.term))) base += WEIGHTS.heading * groupIdf[gi]!;
    });
    // Neighbouring question words (names of the document left out) found close together.
    const topical = groups.map((_, g) => g).filter((g) => hit[g]);
    for (let k = 0; k + 1 < topical.length; k++) {
      const a = topical[k]!;
      const b = topical[k + 1]!;
      const pa = item.positions.get(groups[a]!.terms[0]!.term);
      const pb = item.positions.get(groups[b]!.terms[0]!.term);
      if (!pa || !pb) continue;
      const dist = minDistance(pa, pb);
      const near = dist <= 1 ? 1 : dist <= 3 ? 0.5 : dist <= 8 ? 0.25 : 0;
      base += WEIGHTS.near * Math.min(groupIdf[a]!, groupIdf[b]!) * near;
    }
    const coverage = totalIdf > 0 ? covered / totalIdf : 0;
    let score = base * (WEIGHTS.coverageFloor + (1 - WEIGHTS.coverageFloor) * coverage) * cue(item.lower, item.heading);
    if (namedDocs.has(item.chunk.docIndex)) score *= WEIGHTS.docName;
    out.push({ i, score, coverage, matched });
  }
  return out.sort((a, b) => b.score - a.score);
}
