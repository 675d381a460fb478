/**
 * Knowledge benchmark: index build time, ask latency, memory, and retrieval quality of our
 * engine beside MiniSearch and lunr (Norwegian) over the same documents.
 *
 *   npx tsx bench/knowledge.ts [PLANS_DIR] [QUESTIONS.jsonl]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { KnowledgeBase, loadDirectory, type LoadedDocument } from '../src/knowledge';
import { evaluate, parseQuestions, type EvalQuestion } from '../src/knowledge/metrics';

interface LunrIndex {
  search(q: string): Array<{ ref: string }>;
}
interface LunrBuilder {
  use(plugin: unknown): void;
  ref(name: string): void;
  field(name: string): void;
  add(doc: { id: string; text: string }): void;
}
type Lunr = ((config: (this: LunrBuilder) => void) => LunrIndex) & { no: unknown };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** The baselines index plain 100-word windows of the same documents. */
function windows(docs: LoadedDocument[]): Array<{ id: string; text: string }> {
  const out: Array<{ id: string; text: string }> = [];
  for (const d of docs) {
    const words = d.pages.map((p) => p.text).join('\n').split(/\s+/).filter(Boolean);
    for (let k = 0; k < words.length; k += 100) out.push({ id: `${d.id}#${k}`, text: words.slice(k, k + 100).join(' ') });
  }
  return out;
}

/** RSS after indexing once, in a fresh process (see bench/knowledge-rss.ts). */
function freshProcessRssMb(dir: string): number {
  const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'knowledge-rss.ts'), dir], { encoding: 'utf8' });
  return (JSON.parse(out) as { rssMb: number }).rssMb;
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Runs the whole benchmark and returns the figures by name. */
export async function benchKnowledge(sharedPlansDir: string, questionsFile: string): Promise<Record<string, number | string>> {
  const questions: EvalQuestion[] = parseQuestions(readFileSync(questionsFile, 'utf8'));
  const builds: number[] = [];
  let kb: KnowledgeBase | undefined;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    kb = (await KnowledgeBase.fromDirectory(sharedPlansDir)).kb;
    builds.push(performance.now() - t0);
  }
  const engine = kb!;
  const rssMb = freshProcessRssMb(sharedPlansDir);

  for (const q of questions) engine.ask(q.q);
  const latencies: number[] = [];
  for (let r = 0; r < 20; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      engine.ask(q.q);
      latencies.push(performance.now() - t0);
    }
  }
  const ours = evaluate(questions, (q) => engine.ask(q, { top: 10 }).citations.map((c) => c.text));

  const { documents } = await loadDirectory(sharedPlansDir);
  const win = windows(documents);
  const byId = new Map(win.map((w) => [w.id, w.text]));

  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  mini.addAll(win);
  const miniReport = evaluate(questions, (q) => mini.search(q).slice(0, 10).map((r) => byId.get(String(r.id)) ?? ''));

  // lunr-languages registers its plugins on the lunr instance it is given.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lunr = require('lunr') as Lunr;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('lunr-languages/lunr.stemmer.support')(lunr);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('lunr-languages/lunr.no')(lunr);
  const lunrIndex = lunr(function () {
    this.use(lunr.no);
    this.ref('id');
    this.field('text');
    for (const w of win) this.add(w);
  });
  const lunrSearch = (q: string): string[] => {
    // lunr reads : ~ ^ * + - as query syntax; plain questions must not trigger it.
    const clean = q.replace(/[:~^*+\-]/g, ' ');
    try {
      return lunrIndex.search(clean).slice(0, 10).map((r) => byId.get(r.ref) ?? '');
    } catch {
      return [];
    }
  };
  const lunrReport = evaluate(questions, lunrSearch);

  return {
    documents: engine.size.documents,
    chunks: engine.size.chunks,
    questions: questions.length,
    build_ms_median: round(median(builds), 1),
    ask_p50_ms: round(percentile(latencies, 50)),
    ask_p99_ms: round(percentile(latencies, 99)),
    rss_mb: round(rssMb, 1),
    ours_hit1: round(ours.hit1),
    ours_hit3: round(ours.hit3),
    ours_mrr10: round(ours.mrr10),
    minisearch_hit1: round(miniReport.hit1),
    minisearch_hit3: round(miniReport.hit3),
    minisearch_mrr10: round(miniReport.mrr10),
    lunr_no_hit1: round(lunrReport.hit1),
    lunr_no_hit3: round(lunrReport.hit3),
    lunr_no_mrr10: round(lunrReport.mrr10),
  };
}

if (require.main === module) {
  const dir = process.argv[2] ?? '../shared/plans';
  const file = process.argv[3] ?? '../shared/eval/qa-dev.jsonl';
  benchKnowledge(dir, file).then(
    (figures) => {
      const width = Math.max(...Object.keys(figures).map((k) => k.length));
      for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
    },
    (err: Error) => {
      process.stderr.write(`bench failed: ${err.message}\n`);
      process.exitCode = 2;
    },
  );
}
