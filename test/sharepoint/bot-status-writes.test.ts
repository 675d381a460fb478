import assert from 'node:assert/strict';
import path from 'node:path';
import { ManualClock } from '../../src/common/clock';
import type { BuiltFeatures } from '../../src/features';
import { loadPlan } from '../../src/plan/load';
import { createGraphClient } from '../../src/sharepoint/graph-client';
import { provisionSharePoint } from '../../src/sharepoint/provision';
import { GraphEmulator } from '../graph-emulator';
import { USERS, cardAction, personalInstall, personalMessage } from '../support/activities';
import { RecordingConnector } from '../support/recording-connector';
import { post, startTestService, type TestService } from '../support/service';
import { SITE } from './harness';

const SAMPLE = loadPlan(path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml'));
const text = (v: unknown) => JSON.stringify(v);
const KARI_CHAT = 'a:personal-29:kari';
const OLA_CHAT = 'a:personal-29:ola';

/**
 * The whole bot against the Graph emulator: lists an older release made, a permission that is
 * missing, and what the coordinators and the proposer are told, over the real protocol.
 */
describe('status writes from the bot when SharePoint is not as expected', () => {
  let emulator: GraphEmulator;
  let connector: RecordingConnector;
  let ctx: TestService | undefined;

  beforeEach(async () => {
    emulator = await GraphEmulator.start();
    await provisionSharePoint(createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token }), { siteId: SITE, measures: SAMPLE.measures });
    connector = new RecordingConnector();
    await connector.start();
  });
  afterEach(async () => {
    await ctx?.service.stop();
    ctx = undefined;
    await connector.stop();
    await emulator.close();
  });

  const env = () => ({ SHAREPOINT_SITE_ID: SITE, GRAPH_BASE_URL: emulator.baseUrl, GRAPH_STATIC_TOKEN: emulator.token });
  const clock = new ManualClock('2026-11-23T08:00:00Z');
  async function start(): Promise<TestService> {
    ctx = await startTestService(env(), { clock });
    await post(ctx.url, personalInstall(connector.url, USERS.kari));
    await post(ctx.url, personalInstall(connector.url, USERS.ola));
    await connector.waitFor(2);
    // The first poll (plan problems, the lists' columns) has run once this resolves.
    await (ctx.service.features as BuiltFeatures).refreshPlan();
    return ctx;
  }
  const features = () => ctx!.service.features as BuiltFeatures;
  const list = (name: string) => emulator.store.list(SITE, name)!;
  const item = (id: string) => list('Measures').items.find((i) => i.fields.MeasureId === id)!;
  const to = (chat: string) => connector.sent.filter((s) => s.conversationId === chat && !s.updatedId).map((s) => String(s.activity.text ?? ''));

  async function proposeAndApprove(c: TestService): Promise<unknown> {
    await post(c.url, cardAction(connector.url, 'measure.propose', { measureId: '2.1', status: 'Pågår' }, USERS.ola));
    const proposalId = (await c.service.state.decisions.pendingProposals())[0]!.id;
    connector.clear();
    return (await post(c.url, cardAction(connector.url, 'measure.approve', { proposalId }, USERS.kari))).body;
  }

  it('refuses to start when the measures list lacks a required column, naming the list and the column', async () => {
    emulator.store.dropColumn(list('Measures'), 'Status');
    await assert.rejects(startTestService(env()), {
      name: 'SchemaError',
      message: /^SharePoint-listen «Measures» mangler kolonnen «Status», som assistenten trenger/,
    });
  });

  it('lists without ApprovedBy and ProposedById that the app may not change: written without them, coordinators told once, /readyz 200 with a detail', async () => {
    emulator.store.dropColumn(list('Measures'), 'ApprovedBy');
    emulator.store.dropColumn(list('StatusLog'), 'ProposedById');
    emulator.setPermission('write');
    const c = await start();

    const ready = await fetch(`${c.url}/readyz`);
    assert.equal(ready.status, 200);
    const body = (await ready.json()) as { details?: { sharepoint?: string } };
    assert.match(String(body.details?.sharepoint), /Measures\.ApprovedBy, StatusLog\.ProposedById; status is written without them \(adding them was refused: HTTP 403/);

    await features().refreshPlan();
    const notices = to(KARI_CHAT).filter((t) => /mangler kolonnen/.test(t));
    assert.equal(notices.length, 1, 'told once, however many polls');
    assert.match(notices[0]!, /Listen «Measures» mangler kolonnen ApprovedBy\. Listen «StatusLog» mangler kolonnen ProposedById\. Statusene skrives likevel/);
    assert.match(notices[0]!, /rollen «manage»/);

    const card = await proposeAndApprove(c);
    assert.match(text(card), /Godkjent av Kari Nordmann/);
    assert.doesNotMatch(text(card), /SharePoint svarer|tok ikke imot/, 'written at once');
    assert.equal(item('2.1').fields.Status, 'Pågår');
    assert.equal(item('2.1').fields.UpdatedBy, 'Ola Hansen');
    assert.equal('ApprovedBy' in item('2.1').fields, false);
    assert.deepEqual(list('StatusLog').items.map((i) => [i.fields.Outcome, 'ProposedById' in i.fields]), [['Godkjent', false]]);
    assert.deepEqual((await c.service.state.outbox.entries()).map((e) => e.state), ['done']);

    // manage granted later: the next poll adds the columns and the note goes, no restart.
    emulator.setPermission('manage');
    await features().refreshPlan();
    assert.ok(list('Measures').columns.some((col) => col.name === 'ApprovedBy'));
    assert.ok(list('StatusLog').columns.some((col) => col.name === 'ProposedById'));
    assert.deepEqual(await (await fetch(`${c.url}/readyz`)).json(), {
      status: 'ready', checks: { database: true, index: true, plan: true, sharepoint: true, graph: true },
    });
  });

  it('a write refused with 403 is parked, coordinators and proposer are told, and it goes through once write is granted, without a restart', async () => {
    emulator.setPermission('read');
    const c = await start();
    connector.clear();
    const card = await proposeAndApprove(c);
    assert.match(text(card), /Godkjent og lagret i assistenten, men SharePoint tok ikke imot status «Pågår» for tiltak 2\.1\. SharePoint svarte: «HTTP 403 accessDenied: Access denied»/);
    // The copy update and the decision message, then the refusal to Kari and to Ola.
    await connector.waitFor(4);
    const refusal = to(KARI_CHAT).find((t) => /SharePoint svarte/.test(t));
    assert.ok(refusal, 'the coordinator is told');
    assert.match(refusal, /^Status «Pågår» for tiltak 2\.1 ble ikke skrevet ferdig til SharePoint\. SharePoint svarte: «HTTP 403 accessDenied: Access denied»\./);
    assert.match(refusal, /Lagret: godkjenningen \(i assistenten\)\. Ikke lagret: statusen «Pågår» i tiltakslisten og raden i statusloggen\./);
    assert.match(refusal, /Gjør dette: Appen har ikke skrivetilgang .*rollen «write».*ingen omstart trengs\./);
    assert.ok(to(OLA_CHAT).some((t) => t === refusal), 'the proposer is told the same');
    assert.ok(to(OLA_CHAT).includes('Kari Nordmann godkjente forslaget ditt om «Pågår» for tiltak 2.1, men statusen er ikke skrevet til SharePoint ennå. Du får beskjed når den er det.'));
    const parked = (await c.service.state.outbox.entries())[0]!;
    assert.deepEqual([parked.state, parked.parked], ['pending', 'HTTP 403 accessDenied: Access denied']);
    assert.equal(item('2.1').fields.Status, 'Fullført');
    const overview = await post(c.url, personalMessage(connector.url, 'oversikt', USERS.kari));
    await connector.waitFor(5);
    assert.equal(overview.status, 200);
    assert.match(text(connector.sent.at(-1)!.activity), /2\.1: Fullført → Pågår, godkjent av Kari Nordmann \(ikke skrevet til SharePoint ennå\)/);

    // Nothing is retried every few seconds: a poll before the parked time writes nothing.
    const patches = () => emulator.requestsMatching('PATCH').length;
    const before = patches();
    await features().refreshPlan();
    assert.equal(patches(), before);

    emulator.setPermission('write');
    clock.advance(5 * 60_000);
    connector.clear();
    await features().refreshPlan();
    await connector.waitFor(2);
    assert.equal(item('2.1').fields.Status, 'Pågår');
    assert.equal(list('StatusLog').items.length, 1);
    assert.deepEqual((await c.service.state.outbox.entries()).map((e) => [e.state, e.parked]), [['done', undefined]]);
    assert.deepEqual(to(KARI_CHAT), ['Status «Pågår» for tiltak 2.1 er nå skrevet til SharePoint.']);
    assert.deepEqual(to(OLA_CHAT), ['Status «Pågår» for tiltak 2.1 er nå skrevet til SharePoint.']);
  });
});
