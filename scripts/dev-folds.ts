import type { KnowledgeBase } from '../src/knowledge';
import { learnExpansions, type ExpansionModel, type Expansions } from '../src/knowledge/expansion';
import trained from '../src/knowledge/expansion-model.json';
import { holdsFact } from '../src/knowledge/reading';
import { rerankFeatures, type RerankModel } from '../src/knowledge/rerank';
import type { DevQuestion } from './dev-questions';
import { fitLogistic, type Sample } from './logistic';

/** Places the reranker reorders: the study over 10 and 5 gave the same first places; 10 finds a few more third ones. */
export const RERANK_DEPTH = 10;

/**
 * What is learnt from the dev sets, with each set left out in turn: the expansions learnt on the
 * other sets (with the stored settings), and the reranker fitted on the other sets' places.
 */
export class DevFolds {
  readonly names: string[];
  private readonly samples: Map<string, ReturnType<KnowledgeBase['expansionSample']>[]>;
  private placeData?: Sample[];

  constructor(
    private readonly kb: KnowledgeBase,
    readonly sets: Map<string, DevQuestion[]>,
  ) {
    this.names = [...sets.keys()];
    this.samples = new Map(this.names.map((n) => [n, sets.get(n)!.map((q) => kb.expansionSample(q.q, q.expect))] as const));
  }

  /** The expansions learnt on every set but `name` (all sets when `name` is undefined). */
  expansionsWithout(name?: string): Expansions {
    const settings = (trained as unknown as ExpansionModel).settings;
    return learnExpansions(this.names.filter((n) => n !== name).flatMap((n) => this.samples.get(n)!.flatMap((s) => (s ? [s] : []))), settings);
  }

  /**
   * Each question's first places in the fused order, labelled by whether the passage holds an
   * expected string; each set's places found with the expansions learnt without it.
   */
  places(): Sample[] {
    if (this.placeData) return this.placeData;
    const data: Sample[] = [];
    for (const name of this.names) {
      this.kb.useExpansions(this.expansionsWithout(name));
      for (const q of this.sets.get(name)!) {
        const places = this.kb.places(q.q, RERANK_DEPTH);
        const top = places[0]?.score ?? 0;
        places.forEach((h, k) => data.push({ x: rerankFeatures(h, k + 1, top), y: holdsFact(h.passage.text, q.expect) ? 1 : 0, group: name }));
      }
    }
    this.placeData = data;
    return data;
  }

  /** The reranker fitted on every set's places but `name`'s (all sets when `name` is undefined). */
  rerankerWithout(name?: string): RerankModel {
    return { depth: RERANK_DEPTH, ...fitLogistic(this.places().filter((d) => d.group !== name)) };
  }

  /** Sets the knowledge base up to answer `name`'s questions as questions nobody learnt from. */
  holdOut(name: string): void {
    this.kb.useExpansions(this.expansionsWithout(name));
    this.kb.useReranker(this.rerankerWithout(name));
  }
}
