/**
 * Index build benchmark: build time for 1 M and 4 M characters of generated text (our own
 * words, laid out like a long PDF's text without headings), the longest the event loop is held
 * while the bot builds the same index (KnowledgeBase.build), and how the bot starts with a Word
 * zip bomb (1 MB of 300 MB), a PDF whose content stream is a compression bomb (300 KB of 300 MB)
 * and a 2,300-page PDF in its knowledge folder.
 *
 *   npx tsx bench/index-build.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Logger } from '../src/common/logger';
import { loadConfig } from '../src/config';
import { KnowledgeBase, type LoadedDocument } from '../src/knowledge';
import { startService } from '../src/service';
import { makePdf, pdfBomb } from '../test/knowledge/helpers';
import { wordBomb } from '../test/support/zip-bomb';
import { generatedText } from './generated-text';
import { median, round } from './stats';

function documentOf(chars: number): LoadedDocument {
  const pages = generatedText(chars).split('\f').map((text, i) => ({ page: i + 1, text }));
  return { id: `generert-${chars}.pdf`, title: 'Generert rapport', source: `generert-${chars}.pdf`, pages };
}

function buildMs(doc: LoadedDocument): number {
  const t0 = performance.now();
  KnowledgeBase.fromDocuments([doc]);
  return performance.now() - t0;
}

/** Runs `work` and returns the longest the event loop waited meanwhile (ms), and how long it took. */
async function holding(work: () => Promise<unknown>): Promise<{ maxBlockMs: number; ms: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  delay.disable();
  return { maxBlockMs: delay.max / 1e6, ms };
}

/** Listening time, load time and the slowest /healthz with the hostile files of issue 16. */
async function hostileStart(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-bench-hostile-'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-bench-data-'));
  fs.copyFileSync(path.resolve(__dirname, '..', 'data', 'eksempel-kommune', 'handlingsveileder.md'), path.join(dir, 'handlingsveileder.md'));
  fs.writeFileSync(path.join(dir, 'bombe.docx'), wordBomb(300 * 1024 * 1024));
  fs.writeFileSync(path.join(dir, 'bombe.pdf'), pdfBomb(300 * 1024 * 1024));
  const text = generatedText(13_000_000).split('\f');
  fs.writeFileSync(path.join(dir, 'rapport.pdf'), makePdf(text.map((page) => page.split('\n'))));
  const kb = (name: string) => round(fs.statSync(path.join(dir, name)).size / 1024, 0);
  const figures = { bomb_kb: kb('bombe.docx'), pdf_bomb_kb: kb('bombe.pdf'), pdf_mb: round(fs.statSync(path.join(dir, 'rapport.pdf')).size / 2 ** 20, 1), pdf_pages: text.length };
  const t0 = performance.now();
  const service = await startService({ ...loadConfig({ DATA_DIR: dataDir, KNOWLEDGE_DIR: dir }), port: 0 }, new Logger('bench', 'error', () => {}));
  const listening = performance.now() - t0;
  let done = false;
  const loaded = service.documentsLoaded().then(() => (done = true));
  let slowest = 0;
  let failed = 0;
  while (!done) {
    const s = performance.now();
    // A refused or reset request is counted, not fatal: the figure is what a probe would see.
    const ok = await fetch(`http://127.0.0.1:${service.port}/healthz`).then((r) => r.arrayBuffer().then(() => r.ok), () => false);
    if (!ok) failed++;
    slowest = Math.max(slowest, performance.now() - s);
  }
  await loaded;
  const loadedMs = performance.now() - t0;
  await service.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { ...figures, listening_ms: round(listening, 0), documents_loaded_ms: round(loadedMs, 0), healthz_slowest_during_load_ms: round(slowest, 0), healthz_failed_during_load: failed };
}

/** Runs the whole benchmark and returns the figures by name. */
export async function benchIndexBuild(): Promise<Record<string, number | string>> {
  const small = documentOf(1_000_000);
  const large = documentOf(4_000_000);
  buildMs(small); // warm-up: module compilation and the stemmer's caches
  const oneM = median([buildMs(small), buildMs(small), buildMs(small)]);
  const fourM = median([buildMs(large), buildMs(large)]);
  const sliced = await holding(() => KnowledgeBase.build([large]));
  return {
    build_1M_chars_ms: round(oneM, 0),
    build_4M_chars_ms: round(fourM, 0),
    build_4M_over_1M: round(fourM / oneM, 2),
    bot_build_4M_chars_ms: round(sliced.ms, 0),
    bot_build_4M_longest_event_loop_block_ms: round(sliced.maxBlockMs, 0),
    ...(await hostileStart()),
  };
}

if (require.main === module) {
  benchIndexBuild().then(
    (figures) => {
      for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(44)} ${v}\n`);
    },
    (err: Error) => {
      process.stderr.write(`bench failed: ${err.stack}\n`);
      process.exitCode = 2;
    },
  );
}
