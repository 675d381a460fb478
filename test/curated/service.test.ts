import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BuiltFeatures } from '../../src/features';
import type { CuratedDto, CuratedSavedDto } from '../../src/tab/api-types';
import { RecordingConnector } from '../support/recording-connector';
import { USERS, personalMessage } from '../support/activities';
import { post, startTestService, type TestService } from '../support/service';

const SAMPLE = path.join(__dirname, '..', '..', 'data', 'eksempel-kommune');
const KARI = USERS.kari.aadObjectId;
const OLA = USERS.ola.aadObjectId;

async function call<T>(ctx: TestService, method: 'GET' | 'POST', as: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${ctx.url}/api/tab/curated`, {
    method,
    headers: { 'x-local-user': as, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/**
 * Curated answers in the running bot, local mode: the sample files beside the plan file, the
 * coordinators' tab page and form (saved under DATA_DIR), the answers in chat, and bad rows
 * told the way the plan's problems are.
 */
describe('curated answers in the bot (local mode)', () => {
  let dir: string;
  let ctx: TestService;
  let connector: RecordingConnector;
  const features = () => ctx.service.features as BuiltFeatures;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curated-service-'));
    for (const f of ['plan.yaml', 'kuraterte-svar.yaml', 'synonymer.yaml']) fs.copyFileSync(path.join(SAMPLE, f), path.join(dir, f));
    connector = new RecordingConnector();
    await connector.start();
    ctx = await startTestService({ PLAN_FILE: path.join(dir, 'plan.yaml'), DATA_DIR: path.join(dir, 'runtime') });
  });
  afterEach(async () => {
    await ctx.service.stop();
    await connector.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lists the curated answers to coordinators with their review dates, those past it first, and refuses others', async () => {
    const { status, body } = await call<CuratedDto>(ctx, 'GET', KARI);
    assert.equal(status, 200);
    assert.equal(body.source, 'local');
    assert.deepEqual(body.state, { kind: 'on' });
    assert.equal(body.answers.length, 8);
    assert.equal(body.staffWords, 12);
    assert.deepEqual(body.problems, []);
    // The test clock says 23.11.2026: the answer on elderly people was due 1.10.2026.
    const due = body.answers.filter((a) => a.due).map((a) => [a.question, a.reviewBy]);
    assert.deepEqual(due, [['Hvem ringer jeg hvis jeg er bekymret for en eldre?', '2026-10-01']]);
    assert.deepEqual(body.due, [body.answers.find((a) => a.due)!.id]);
    assert.deepEqual(features().curatedDueForReview(ctx.clock.now()).map((d) => [d.question, d.owner]), [['Hvem ringer jeg hvis jeg er bekymret for en eldre?', 'Ingrid Berg, TryggEst-koordinator']]);
    assert.equal(body.localFile, path.join(dir, 'runtime', 'kuraterte-svar.yaml'));
    const ola = await call<{ error: string }>(ctx, 'GET', OLA);
    assert.equal(ola.status, 403);
  });

  it('saves a coordinator\'s proposal in a file under DATA_DIR, owned by them and reviewed in a year, and answers with it at once', async () => {
    const q = 'Hvor lenge skal vi ta vare på notatene fra en bekymringssamtale?';
    const saved = await call<CuratedSavedDto>(ctx, 'POST', KARI, { question: q, variants: 'Hvor lenge lagres notater fra samtalen?\n', answer: 'Notatene føres i fagsystemet og følger reglene for journal.', source: 'Handlingsveileder, «Slik dokumenterer du»' });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.saved, 'local');
    const file = fs.readFileSync(path.join(dir, 'runtime', 'kuraterte-svar.yaml'), 'utf8');
    assert.match(file, /Hvor lenge lagres notater fra samtalen\?/);
    assert.match(file, /owner: Kari Nordmann/);
    assert.match(file, /reviewBy: 2027-11-23/);
    const list = (await call<CuratedDto>(ctx, 'GET', KARI)).body;
    assert.equal(list.answers.length, 9);
    await post(ctx.url, personalMessage(connector.url, 'Hvor lenge lagres notater fra samtalen?'));
    await connector.waitFor(1);
    const card = JSON.stringify(connector.sent[0]!.activity);
    assert.match(card, /Godkjent svar fra planansvarlig/);
    assert.match(card, /Notatene føres i fagsystemet/);
  });

  it('refuses an incomplete proposal with a Norwegian message and saves nothing', async () => {
    const res = await call<{ error: string }>(ctx, 'POST', KARI, { question: 'Hva er latent vold?', answer: '', source: 'Veilederen' });
    assert.deepEqual(res, { status: 400, body: { error: 'Skriv svaret.' } });
    const wrongShape = await call<{ error: string }>(ctx, 'POST', KARI, { question: ['ikke tekst'], answer: 'x', source: 'y' });
    assert.equal(wrongShape.status, 400);
    assert.equal((await call<{ error: string }>(ctx, 'POST', OLA, { question: 'Hva?', answer: 'Svar.', source: 'Kilde' })).status, 403);
    assert.ok(!fs.existsSync(path.join(dir, 'runtime', 'kuraterte-svar.yaml')));
  });

  it('tells a coordinator about a bad row in the curated list as it tells the plan\'s problems', async () => {
    fs.appendFileSync(path.join(dir, 'kuraterte-svar.yaml'), '\n- questions: [Hva er digital vold?]\n  answer: Vold på nett og mobil.\n');
    await features().refreshPlan();
    await post(ctx.url, personalMessage(connector.url, 'problemer', USERS.kari));
    await connector.waitFor(1);
    const card = JSON.stringify(connector.sent[0]!.activity);
    assert.match(card, /Kuraterte svar, linje \d+: «Hva er digital vold\?»/);
    assert.match(card, /mangler kilde; svaret brukes ikke før det sier hva det bygger på/);
    const page = (await call<CuratedDto>(ctx, 'GET', KARI)).body;
    assert.equal(page.problems.length, 1);
    assert.match(page.problems[0]!.row, /^Kuraterte svar, linje \d+$/);
  });
});
