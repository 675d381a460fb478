import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatedText } from '../../bench/generated-text';
import { askFeature } from '../../src/bot/ask';
import { KnowledgeBase } from '../../src/knowledge';
import { LiveKnowledge, type KnowledgeSource } from '../../src/knowledge/live';
import { READ_LIMITS } from '../../src/knowledge/loaders';
import { USERS, personalMessage } from '../support/activities';
import { RecordingConnector } from '../support/recording-connector';
import { post, startTestService, type TestService } from '../support/service';
import { makePdf, pdfBomb } from '../knowledge/helpers';
import { wordBomb } from '../support/zip-bomb';

const SAMPLE = path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune');

async function timed(url: string): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t0 };
}

/** Fetches /healthz again and again until `until` settles; every answer's status and time. */
async function healthzDuring(url: string, until: Promise<unknown>): Promise<Array<{ status: number; ms: number }>> {
  let done = false;
  const settled = until.finally(() => (done = true));
  const out: Array<{ status: number; ms: number }> = [];
  while (!done) out.push(await timed(`${url}/healthz`));
  await settled;
  return out;
}

function assertAlwaysAnswered(polls: Array<{ status: number; ms: number }>): void {
  assert.ok(polls.length > 0);
  assert.ok(polls.every((p) => p.status === 200));
  const slowest = Math.max(...polls.map((p) => p.ms));
  assert.ok(slowest < 1000, `the slowest /healthz took ${Math.round(slowest)} ms`);
}

describe('questions before the documents are indexed', () => {
  let connector: RecordingConnector;
  let bot: TestService;
  let release: () => void;
  let knowledge: LiveKnowledge;

  beforeEach(async () => {
    connector = new RecordingConnector();
    await connector.start();
    // A source whose first load the test lets finish: "before the documents are ready" is a state, not a race.
    const gate = new Promise<void>((resolve) => (release = resolve));
    const source: KnowledgeSource = {
      async load() {
        await gate;
        const kb = await KnowledgeBase.build([{ id: 'veileder.md', title: 'Veileder', source: 'veileder.md', pages: [{ page: null, text: fs.readFileSync(path.join(SAMPLE, 'handlingsveileder.md'), 'utf8') }] }]);
        return { kb, changed: 1, removed: 0, failed: [] };
      },
    };
    knowledge = new LiveKnowledge(source);
    bot = await startTestService({}, {
      features: (ctx) => {
        const ask = askFeature({ kb: knowledge, contacts: [], feedback: ctx.state.feedback, clock: ctx.clock, log: ctx.log });
        return { ...ask, start: () => void knowledge.refresh(), stop: () => knowledge.idle() };
      },
    });
  });

  afterEach(async () => {
    release();
    await bot.service.stop();
    await connector.stop();
  });

  async function ask(text: string): Promise<string> {
    connector.clear();
    await post(bot.url, personalMessage(connector.url, text));
    await connector.waitFor(1);
    return JSON.stringify(connector.sent[0]!.activity);
  }

  it('get a short "loading" answer, with the emergency numbers first in danger, and a real answer once indexed', async () => {
    assert.equal(JSON.parse(await ask('Hva gjør jeg hvis jeg er bekymret for et barn?')).text, 'Dokumentene lastes inn, prøv igjen om litt.');
    const danger = JSON.parse(await ask('Faren truer moren med kniv nå')) as { attachments: Array<{ content: { body: unknown[] } }> };
    assert.match(JSON.stringify(danger.attachments[0]!.content.body[0]), /Ring 112 \(politi\) eller 113 \(ambulanse\)/);
    assert.match(JSON.stringify(danger), /Dokumentene lastes inn, prøv igjen om litt\./);
    assert.doesNotMatch(JSON.stringify(danger), /svarer ikke på dette/);
    release();
    await knowledge.idle();
    assert.match(await ask('Hva gjør jeg hvis jeg er bekymret for et barn?'), /Ved bekymring for vold/);
  });
});

describe('the bot with a Word zip bomb, a PDF bomb and a huge PDF in its knowledge folder', function () {
  this.timeout(120_000);
  /** Scaled down: the bombs and the text exceed these limits as the real ones exceed the defaults. */
  const LIMITS = { ...READ_LIMITS, maxPartBytes: 256 * 1024, maxChars: 300_000 };
  let dir: string;
  let connector: RecordingConnector;
  let bot: TestService;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-hostile-'));
    fs.copyFileSync(path.join(SAMPLE, 'handlingsveileder.md'), path.join(dir, 'handlingsveileder.md'));
    fs.writeFileSync(path.join(dir, 'bombe.docx'), wordBomb(4 * 1024 * 1024));
    fs.writeFileSync(path.join(dir, 'bombe.pdf'), pdfBomb(8 * 1024 * 1024));
    // The bench's 2,300-page PDF, cut to about 110 pages.
    fs.writeFileSync(path.join(dir, 'stor-rapport.pdf'), makePdf(generatedText(600_000).split('\f').map((page) => page.split('\n'))));
    connector = new RecordingConnector();
    await connector.start();
  });

  afterEach(async () => {
    await bot.service.stop();
    await connector.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('listens within 10 s, answers /healthz throughout the first load and a reload, and skips or cuts the files with warnings', async () => {
    const t0 = performance.now();
    bot = await startTestService({ KNOWLEDGE_DIR: dir }, { readLimits: LIMITS, waitForDocuments: false });
    assert.ok(performance.now() - t0 < 10_000, 'listening within 10 s');
    assertAlwaysAnswered(await healthzDuring(bot.url, bot.service.documentsLoaded()));
    assert.equal((await fetch(`${bot.url}/readyz`)).status, 200);
    const warnings = bot.lines.filter((l) => l.includes('WARN'));
    const said = (pattern: RegExp) => assert.ok(warnings.some((l) => pattern.test(l)), `${pattern} not in:\n${warnings.join('\n')}`);
    said(/Hoppet over bombe\.docx: .*word\/document\.xml pakker seg ut til mer enn 0\.3 MB/);
    said(/Hoppet over bombe\.pdf: .*innholdet på side 1 pakker seg ut til mer enn 0\.3 MB/);
    said(/stor-rapport\.pdf er for lang: bare de første 300[\s\u00a0]000 tegnene er lest/);

    const reload = post(bot.url, personalMessage(connector.url, 'oppdater kunnskap', USERS.kari));
    assertAlwaysAnswered(await healthzDuring(bot.url, reload.then(() => connector.waitFor(2, 60_000))));
    assert.match(String(connector.sent[1]?.activity.text), /^Kunnskapen er oppdatert: 2 dokumenter.*bombe\.docx/);
  });
});
