import type { Hit } from './retriever';
import trained from './rerank-model.json';

/**
 * The search fuses its seven views by reciprocal rank with fixed weights: a window the word view
 * puts first and the others put tenth scores about as a window every view puts fourth. Which of
 * the two holds the answer more often is learnt: a logistic model over a window's place in the
 * fused list and its rank in each view reorders the first `depth` windows by the probability that
 * the window holds what was asked. Trained by `npm run -s train:rerank` on the dev sets with
 * expected answers, each set's windows found with expansions learnt on the other sets, and its
 * effect measured by leaving one set out at a time (docs/knowledge.md). Its inputs are ranks, not
 * words, so it reads any municipality's documents the same way; retuning the search's views or
 * their weights means training it again.
 */
export interface RerankModel {
  /** How many of the fused list's first windows are reordered. */
  depth: number;
  bias: number;
  weights: number[];
}

export const RERANK: RerankModel = trained as RerankModel;

/** A model that keeps the fused order: for measuring without the reranker. */
export const NO_RERANK: RerankModel = { depth: 0, bias: 0, weights: [] };

/**
 * The model's inputs for the window at `place` (1-based) of the fused list, whose first window
 * scored `top`: its place, its score against the first, and per view the reciprocal of its rank
 * and whether the view found it at all.
 */
export function rerankFeatures(hit: Hit, place: number, top: number): number[] {
  // A hit's ranks are read from the search's views on each access: once here.
  const ranks = hit.ranks;
  return [1 / place, Math.log(place), top > 0 ? hit.score / top : 0, ...ranks.map((r) => (r > 0 ? 1 / r : 0)), ...ranks.map((r) => (r > 0 ? 1 : 0))];
}

/** The log-odds that the window at `place` holds what was asked. */
export function rerankScore(hit: Hit, place: number, top: number, model: RerankModel = RERANK): number {
  const x = rerankFeatures(hit, place, top);
  return model.weights.reduce((sum, w, k) => sum + w * (x[k] ?? 0), model.bias);
}

/** The views that read what the asker wrote in so many words: the municipality named, a phrase quoted. */
const DOCUMENT_VIEW = 5;
const PHRASE_VIEW = 6;

/**
 * How many of the things the asker wrote in so many words a window answers to: the municipality
 * named ("… i Meråker?"), a phrase quoted ("«Tidlig inn»") and, asked what something is, its
 * definition ("Psykisk vold: …", which the reranker put after a window where "psykisk helsehjelp"
 * is said twice). Few dev questions do any of these, so the model learnt little of them; the
 * reranker never puts a window that answers to fewer of them before one that answers to more.
 */
function askedFor(h: Hit): number {
  const ranks = h.ranks;
  return (ranks[DOCUMENT_VIEW]! > 0 ? 1 : 0) + (ranks[PHRASE_VIEW]! > 0 ? 1 : 0) + (h.definesAsked ? 1 : 0);
}

/**
 * The hits with the first `model.depth` reordered by the model (ties keep the fused order), and
 * for each of those the model's probability that it holds what was asked.
 */
export function rerankWithOdds(hits: Hit[], model: RerankModel = RERANK): { hits: Hit[]; probability: Map<Hit, number> } {
  const probability = new Map<Hit, number>();
  if (model.depth < 2 || hits.length < 2) return { hits, probability };
  const head = hits.slice(0, model.depth);
  const top = head[0]!.score;
  const scored = head.map((h, k) => ({ h, k, s: rerankScore(h, k + 1, top, model), asked: askedFor(h) }));
  scored.sort((a, b) => b.asked - a.asked || b.s - a.s || a.k - b.k);
  for (const { h, s } of scored) probability.set(h, 1 / (1 + Math.exp(-s)));
  return { hits: [...scored.map((x) => x.h), ...hits.slice(model.depth)], probability };
}

/** The hits with the first `model.depth` reordered by the model; ties keep the fused order. */
export function rerank(hits: Hit[], model: RerankModel = RERANK): Hit[] {
  return rerankWithOdds(hits, model).hits;
}
