/**
 * Fits the card's label ("Svar" / "Mulig svar", src/knowledge/confidence.ts) on the dev sets and
 * reports it held out by set: each question is labelled by a model fitted, and a
 * threshold chosen, on the other sets. The threshold is the lowest at which "Svar" is
 * right (the answer text holds the fact) at least TARGET of the time on the training folds.
 *
 *   npx tsx bench/confidence-cv.ts ../shared/plans
 *
 * The dev sets are those of scripts/dev-questions.ts: the shared qa-dev sets and eval/dev* with expected answers.
 */
import { firstPlace, KnowledgeBase } from '../src/knowledge';
import { CONFIDENCE, features, type ConfidenceModel, type Evidence } from '../src/knowledge/confidence';
import { loadDirectory } from '../src/knowledge/loaders';
import { holdsFact } from '../src/knowledge/reading';
import { DevFolds } from '../scripts/dev-folds';
import { devQuestionSets } from '../scripts/dev-questions';
import { fitLogistic, type Sample } from '../scripts/logistic';

/**
 * Precision "Svar" must reach on the training folds; a margin above the 0.9 the issue asks.
 * Precision is chosen over reach: a wrong "Svar" misleads, a right "Mulig svar" does not. Over the
 * seven sets (613 answers, with the passage's runner-up sentence in the answer), held out:
 * 0.92 gave 0.894 / 0.541, 0.93 0.918 / 0.511, 0.94 0.929 / 0.479 (precision / share); refitted
 * after the reflow and glossary changes, 0.93 holds out at 0.907 / 0.553. Refitted with dev15
 * (712 answers): 0.91 gives 0.890 / 0.581, 0.92 0.902 / 0.531, 0.93 0.924 / 0.505; after the
 * everyday phrases (both lists), 0.93 holds out at 0.920 / 0.558. With dev18 (837 answers):
 * 0.92 gives 0.910 / 0.599, 0.93 0.926 / 0.531, 0.94 0.935 / 0.460. The shipped model, fitted
 * before dev18, was kept: refitted, it labelled 16 fewer of the 838 dev answers "Svar" at the same precision.
 * With the learnt expansions (each set answered with expansions learnt on the others): refitted,
 * 0.921 / 0.628 held out; the shipped model on the same answers 0.943 / 0.574. It was kept: on
 * the held-out sets the label's precision has run two to three points below these folds', and a
 * wrong "Svar" misleads where a right "Mulig svar" does not.
 * With the shown passage's fused score as a signal, over the 13 dev QA sets (1,633 answers), each
 * set held out in turn: 0.91 gives 0.901 / 0.564, 0.915 0.899 / 0.546, 0.92 0.905 / 0.524, 0.925
 * 0.912 / 0.509; refitted without the score, 0.92 gives 0.909 / 0.479, and the model it replaced
 * 0.906 / 0.512 on the same answers. On the held-out sets precision has lately run above these
 * folds' (0.925 against 0.906), so 0.91 is taken. With dev28 and dev29 (15 sets, 1,982 answers):
 * 0.90 gives 0.893 / 0.522, 0.91 0.900 / 0.474, 0.92 0.908 / 0.438, 0.93 0.915 / 0.397; refitted
 * without the score, 0.91 gives 0.898 / 0.420. 0.91 again.
 * With the reranker's probability that the shown place holds the fact (rerank.ts), and each set's
 * places reranked by a model fitted without it (as this script now does): 0.90
 * gives 0.885 / 0.707, 0.91 0.900 / 0.662, 0.92 0.906 / 0.623 (refitted after the answer-first
 * lead went to 0.4: 0.92 gives 0.903 / 0.608). 0.92 is the lowest target at
 * which both bars (precision 0.90, share 0.60) hold with room on precision, the one that misleads.
 * After the table-row changes of December 2026 the shipped model's threshold stood on a plateau:
 * its weights kept and only its threshold chosen on the other sets, each set held out in turn
 * (printed below, the whole answer as the card shows it), 0.91 gives 0.906 / 0.632, 0.915
 * 0.913 / 0.611, 0.92 0.917 / 0.579. 0.915 is the lowest target with a point of room on
 * precision and the share above 0.60, and the shipped threshold is the one it chooses on all sets.
 * With dev32 (16 sets, 2,186 answers), everyday questions labelled less surely, the plateau fell:
 * 0.905 gives 0.904 / 0.607, 0.91 0.909 / 0.581, 0.915 0.912 / 0.554. 0.905 is the only target at
 * which both bars hold, and its threshold on all sets (0.775) is shipped; 0.784 stood between
 * 0.905's and 0.91's. TARGET below stays the refit's target.
 */
const TARGET = Number(process.env.TARGET ?? 0.915);
/** Targets at which the shipped weights' threshold is chosen on the other sets and read on the one left out. */
const THRESHOLD_TARGETS = [0.905, 0.91, 0.915, 0.92, 0.925];

const prob = (m: { bias: number; weights: number[] }, x: number[]): number => 1 / (1 + Math.exp(-x.reduce((a, v, k) => a + v * m.weights[k]!, m.bias)));

/** The lowest threshold at which precision on these samples reaches the target. */
function chooseThreshold(m: { bias: number; weights: number[] }, samples: Sample[], target = TARGET): number {
  const scored = samples.map((s) => ({ p: prob(m, s.x), y: s.y })).sort((a, b) => b.p - a.p);
  let best = 1;
  let right = 0;
  scored.forEach((s, k) => {
    right += s.y;
    if (right / (k + 1) >= target) best = s.p;
  });
  return best;
}

async function main(): Promise<void> {
  const [plans = '../shared/plans'] = process.argv.slice(2);
  const { documents } = await loadDirectory(plans);
  const kb = KnowledgeBase.fromDocuments(documents);
  // The learnt expansions and the reranker know the dev questions: each set is answered with
  // expansions learnt and a reranker fitted on the other sets only, as a question nobody asked
  // before is (dev-folds.ts).
  const folds = new DevFolds(kb, devQuestionSets(plans));
  const files = folds.names;
  const samples: Sample[] = [];
  /** Per sample, whether the whole answer shown holds the fact. */
  const shown: boolean[] = [];
  for (const f of files) {
    folds.holdOut(f);
    for (const q of folds.sets.get(f)!) {
      const r = kb.ask(q.q);
      if (!r.answered || !r.evidence) continue;
      // The label judges the first place's answer: "Se også" is added only because it said "Mulig svar".
      samples.push({ x: features(r.evidence as Evidence), y: holdsFact(firstPlace(r.answer), q.expect) ? 1 : 0, group: f });
      shown.push(holdsFact(r.answer, q.expect));
    }
  }
  // The shipped weights with only the threshold chosen on the other sets, read as the card shows
  // the answer ("Se også" included), as `npm run eval` counts it.
  for (const target of THRESHOLD_TARGETS) {
    let svar = 0;
    let svarRight = 0;
    let right = 0;
    for (const f of files) {
      const t = chooseThreshold(CONFIDENCE, samples.filter((s) => s.group !== f), target);
      samples.forEach((s, k) => {
        if (s.group !== f) return;
        const labelled = prob(CONFIDENCE, s.x) >= t;
        svar += labelled ? 1 : 0;
        svarRight += labelled && shown[k] ? 1 : 0;
        right += shown[k] ? 1 : 0;
      });
    }
    process.stdout.write(`shipped weights, threshold at ${target} on the other sets: "Svar" ${svar}, precision ${(svarRight / Math.max(1, svar)).toFixed(3)}, share ${(svarRight / Math.max(1, right)).toFixed(3)}; on all sets ${chooseThreshold(CONFIDENCE, samples, target).toFixed(4)}\n`);
  }
  const held: Array<{ svar: boolean; y: number }> = [];
  for (const f of files) {
    const train = samples.filter((s) => s.group !== f);
    const test = samples.filter((s) => s.group === f);
    const m = fitLogistic(train);
    const t = chooseThreshold(m, train);
    for (const s of test) held.push({ svar: prob(m, s.x) >= t, y: s.y });
  }
  const shipped = samples.map((s) => ({ svar: prob(CONFIDENCE, s.x) >= CONFIDENCE.threshold, y: s.y }));
  const shippedSvar = shipped.filter((h) => h.svar);
  process.stdout.write(`the shipped model on these answers: "Svar" ${shippedSvar.length}, precision ${(shippedSvar.filter((h) => h.y === 1).length / Math.max(1, shippedSvar.length)).toFixed(3)}, share ${(shippedSvar.filter((h) => h.y === 1).length / Math.max(1, samples.filter((x) => x.y === 1).length)).toFixed(3)}\n`);
  const svar = held.filter((h) => h.svar);
  const right = held.filter((h) => h.y === 1);
  const model = fitLogistic(samples);
  const final: ConfidenceModel = { ...model, threshold: chooseThreshold(model, samples) };
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  process.stdout.write(
    `answers ${samples.length}, holding the fact ${right.length}\n` +
      `held-out folds: "Svar" ${svar.length}, precision ${r3(svar.filter((h) => h.y === 1).length / Math.max(1, svar.length))}, ` +
      `share of right answers labelled "Svar" ${r3(right.filter((h) => h.svar).length / Math.max(1, right.length))}\n` +
      `fitted on all: ${JSON.stringify({ bias: r3(final.bias), weights: final.weights.map(r3), threshold: r3(final.threshold) })}\n`,
  );
}

if (require.main === module) void main();
