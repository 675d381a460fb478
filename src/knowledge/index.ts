import { createHash } from 'node:crypto';
import type { ILogger } from '@microsoft/teams.common';
import { analyzeQuery, contentWords } from './analyzer';
import { composeAnswer } from './answer';
import { Bm25Index } from './bm25';
import { chunkDocument } from './chunker';
import { detectEmergency } from './emergency';
import { loadDirectory } from './loaders';
import { collapse, normalizeText } from './normalize';
import { rank, type Ranked } from './ranker';
import type { LoadedDocument } from './types';
import { Vocabulary } from './vocabulary';

export { detectEmergency } from './emergency';
export type { EmergencySignal } from './emergency';
export { KnowledgeDirError, loadDirectory } from './loaders';
export type { DocumentPage, LoadedDocument } from './types';

/** A passage shown to the user as the source of an answer. `text` is at most 1000 characters. */
export interface Citation {
  id: string;
  /** Document title. */
  document: string;
  /** Section heading trail ('' when the passage is before any heading). */
  section: string;
  page: number | null;
  text: string;
  score: number;
  url?: string;
}

/** What `ask` returns; `answered: false` means the documents do not answer the question. */
export interface AskResult {
  /** 1–3 sentences taken from the best passage; '' when not answered. */
  answer: string;
  answered: boolean;
  emergency: boolean;
  emergencyAudience: 'child' | 'adult' | null;
  citations: Citation[];
}

/** Options for `ask`. */
export interface AskOptions {
  /** How many citations to return (default 3). */
  top?: number;
  /** Skip the first N passages ("mer" = show the next passages). */
  offset?: number;
}

/**
 * The confidence bar a passage must clear to be cited. `coverage` is the idf-weighted share of
 * question words it matches (0.5 when two or more words match, `coverageSingle` for one), and
 * its score must be above `score`, so a passage that only matches the municipality's name is not
 * enough. Calibrated on out-of-field questions ("når går bussen?") against the sample content
 * and real plans; see docs/knowledge.md.
 */
export const ANSWER_THRESHOLD = { score: 0, coverage: 0.5, coverageSingle: 0.7 };

/** How much of a question is analyzed for retrieval (emergency detection reads all of it). */
export const MAX_QUESTION_CHARS = 1000;

/** sha256 (hex) of the normalized question; feedback stores this, never the text. */
export function questionHash(q: string): string {
  return createHash('sha256').update(collapse(normalizeText(q))).digest('hex');
}

/** Norwegian question answering over a municipality's documents. */
export class KnowledgeBase {
  private readonly index: Bm25Index;
  private readonly vocab: Vocabulary;
  private readonly chunkCount: number;

  private constructor(private readonly docs: LoadedDocument[]) {
    const chunks = docs.flatMap((d, i) => chunkDocument(d, i));
    this.vocab = new Vocabulary();
    for (const c of chunks) for (const { word } of contentWords(`${c.section}\n${c.text}`)) this.vocab.add(word);
    this.vocab.freeze();
    this.index = new Bm25Index(docs, chunks, this.vocab);
    this.chunkCount = chunks.length;
  }

  /** Loads and indexes a folder; skipped files come back as warnings (and are logged). */
  static async fromDirectory(dir: string, log?: ILogger): Promise<{ kb: KnowledgeBase; warnings: string[] }> {
    const { documents, warnings } = await loadDirectory(dir, log);
    const kb = new KnowledgeBase(documents);
    log?.info(`kunnskapsbase lastet: ${kb.size.documents} dokumenter, ${kb.size.chunks} avsnitt`);
    return { kb, warnings };
  }

  /** Indexes documents loaded elsewhere (e.g. from SharePoint). */
  static fromDocuments(docs: LoadedDocument[]): KnowledgeBase {
    return new KnowledgeBase(docs);
  }

  get size(): { documents: number; chunks: number } {
    return { documents: this.docs.length, chunks: this.chunkCount };
  }

  /** Answers a question from the documents, or says it cannot (answered: false). */
  ask(question: string, options: AskOptions = {}): AskResult {
    const top = Math.max(0, Math.floor(options.top ?? 3));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const signal = detectEmergency(question);
    // A question longer than this is pasted text, not a question; reading all of it only costs time.
    const q = analyzeQuery(question.slice(0, MAX_QUESTION_CHARS), this.vocab);
    // Only passages that clear the confidence bar are cited; the bar, not the rank, decides
    // whether the documents answer at all.
    const confident = rank(this.index, q).filter((r) => this.confident(r));
    const base = { emergency: signal.emergency, emergencyAudience: signal.audience };
    if (confident.length === 0) return { ...base, answer: '', answered: false, citations: [] };

    const citations = this.distinct(confident, offset + top).slice(offset).map((r) => this.citation(r));
    const queryTerms = new Map<string, number>();
    for (const g of q.groups) for (const t of g.terms) queryTerms.set(t.term, t.weight * this.index.idf(t.term));
    const first = citations[0];
    const answer = first ? composeAnswer(first.text, queryTerms, this.vocab) : '';
    return { ...base, answer, answered: citations.length > 0, citations };
  }

  private confident(r: Ranked): boolean {
    // One matched word must carry most of the question; two or more may share it.
    const needed = r.matched >= 2 ? ANSWER_THRESHOLD.coverage : ANSWER_THRESHOLD.coverageSingle;
    return r.score > ANSWER_THRESHOLD.score && r.coverage >= needed;
  }

  /** Drops windows that mostly repeat a better-ranked window of the same section. */
  private distinct(ranked: Ranked[], n: number): Ranked[] {
    const out: Ranked[] = [];
    for (const r of ranked) {
      if (out.length >= n) break;
      const c = this.index.items[r.i]!.chunk;
      const repeats = out.some((o) => {
        const p = this.index.items[o.i]!.chunk;
        if (p.docIndex !== c.docIndex || p.block !== c.block) return false;
        const overlap = Math.min(p.end, c.end) - Math.max(p.start, c.start);
        return overlap > 0.6 * Math.min(p.end - p.start, c.end - c.start);
      });
      if (!repeats) out.push(r);
    }
    return out;
  }

  private citation(r: Ranked): Citation {
    const c = this.index.items[r.i]!.chunk;
    const doc = this.docs[c.docIndex]!;
    const cite: Citation = {
      id: c.id,
      document: doc.title,
      section: c.section,
      page: c.page,
      text: c.text,
      score: Math.round(r.score * 1000) / 1000,
    };
    if (doc.url) cite.url = doc.url;
    return cite;
  }
}
