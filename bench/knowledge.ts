/**
 * Knowledge benchmark: index build time, ask latency and memory of our engine, and its
 * retrieval quality on each question set beside its peers over the same documents: MiniSearch,
 * lunr (Norwegian) and the issue 9 reference (RRF of stemmed and trigram BM25).
 *
 *   npx tsx bench/knowledge.ts PLANS_DIR QUESTIONS.jsonl [MORE.jsonl …]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { KnowledgeBase, loadDirectory } from '../src/knowledge';
import { evaluate, parseQuestions, type EvalAnswer } from '../src/knowledge/metrics';
import { extractive } from './peers/extractive';
import { lunrPeer, miniSearchPeer } from './peers/lexical';
import { referencePeer } from './peers/reference';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** RSS after indexing once, in a fresh process (see bench/knowledge-rss.ts). */
function freshProcessRssMb(dir: string): number {
  const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'knowledge-rss.ts'), dir], { encoding: 'utf8' });
  return (JSON.parse(out) as { rssMb: number }).rssMb;
}

/** Runs the whole benchmark and returns the figures by name. */
export async function benchKnowledge(plansDir: string, ...questionFiles: string[]): Promise<Record<string, number | string>> {
  const sets = questionFiles.map((f) => ({ name: path.basename(f, '.jsonl'), questions: parseQuestions(readFileSync(f, 'utf8')).filter((q) => q.expect) }));
  const builds: number[] = [];
  let kb: KnowledgeBase | undefined;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    kb = (await KnowledgeBase.fromDirectory(plansDir)).kb;
    builds.push(performance.now() - t0);
  }
  const engine = kb!;
  const all = sets.flatMap((s) => s.questions);
  for (const q of all) engine.ask(q.q);
  const latencies: number[] = [];
  for (let r = 0; r < 5; r++) {
    for (const q of all) {
      const t0 = performance.now();
      engine.ask(q.q);
      latencies.push(performance.now() - t0);
    }
  }
  const { documents } = await loadDirectory(plansDir);
  const engines: Array<[string, (q: string) => EvalAnswer]> = [
    [
      'ours',
      (q) => {
        const r = engine.ask(q, { top: 10 });
        return { texts: r.citations.map((c) => c.text), answer: r.answer, answered: r.answered, confident: r.confident, emergency: r.emergency };
      },
    ],
    ['reference', extractive(referencePeer(documents))],
    ['lunr_no', extractive(lunrPeer(documents))],
    ['minisearch', extractive(miniSearchPeer(documents))],
  ];
  const figures: Record<string, number | string> = {
    documents: engine.size.documents,
    passages: engine.size.chunks,
    build_ms_median: round(percentile(builds, 50), 1),
    ask_p50_ms: round(percentile(latencies, 50)),
    ask_p99_ms: round(percentile(latencies, 99)),
    rss_mb: round(freshProcessRssMb(plansDir), 1),
  };
  for (const set of sets) {
    for (const [name, search] of engines) {
      const r = evaluate(set.questions, search);
      figures[`${set.name} (${set.questions.length}) ${name} hit@1 / hit@3 / holds the fact`] = `${r.hit1.toFixed(3)} / ${r.hit3.toFixed(3)} / ${r.holds.toFixed(3)}`;
    }
  }
  return figures;
}

if (require.main === module) {
  const [dir = '../shared/plans', ...files] = process.argv.slice(2);
  benchKnowledge(dir, ...(files.length ? files : ['../shared/eval/qa-dev.jsonl'])).then(
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
