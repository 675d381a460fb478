import assert from 'node:assert/strict';
import path from 'node:path';
import sinon from 'sinon';
import { ManualClock } from '../../src/common/clock';
import { QUIET_MS } from '../../src/bot/plan-problems';
import type { BuiltFeatures } from '../../src/features';
import { loadPlan } from '../../src/plan/load';
import { RecordingConnector } from '../support/recording-connector';
import { USERS, channelMention, personalInstall, personalMessage } from '../support/activities';
import { post, startTestService } from '../support/service';
import { SITE } from '../sharepoint/harness';
import { COORDINATORS_GROUP, planListsHarness, type PlanListsHarness } from '../sharepoint/plan-lists-harness';

const SAMPLE = loadPlan(path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml'));
const text = (a: unknown) => JSON.stringify(a);

/**
 * The SharePoint lists as the plan while the bot runs: an edit in a list reaches `oversikt`,
 * `årshjul`, the next reminder and the coordinators' problem card at the next poll, no restart.
 */
describe('the plan from the SharePoint lists, live in the bot', () => {
  const clock = new ManualClock('2026-10-20T10:00:00Z');
  let timers: sinon.SinonFakeTimers;
  let h: PlanListsHarness;
  let connector: RecordingConnector;
  let ctx: Awaited<ReturnType<typeof startTestService>>;
  const plan = () => (ctx.service.features as BuiltFeatures).plan;
  const cardsTo = (conversation: string) => connector.sent.filter((s) => s.conversationId === conversation && /Planen har|Ingen problemer|Erstattet/.test(text(s.activity)));

  /** One poll interval passes; resolves when that poll's read and the coordinators' card are done. */
  async function poll(): Promise<void> {
    const before = h.emulator.requestsMatching('GET', '/items/delta').length;
    timers.tick(ctx.config.planPollSeconds * 1000);
    for (let i = 0; i < 200 && h.emulator.requestsMatching('GET', '/items/delta').length < before + 3; i++) await new Promise((r) => setImmediate(r));
    assert.ok(h.emulator.requestsMatching('GET', '/items/delta').length >= before + 3, 'the poll read the three lists');
    await (ctx.service.features as BuiltFeatures).refreshPlan();
  }

  beforeEach(async () => {
    timers = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'], now: Date.now() });
    h = await planListsHarness(SAMPLE);
    connector = new RecordingConnector();
    await connector.start();
    ctx = await startTestService({
      PLAN_SOURCE: 'sharepoint', SHAREPOINT_SITE_ID: SITE, GRAPH_BASE_URL: h.emulator.baseUrl, GRAPH_STATIC_TOKEN: h.emulator.token,
      COORDINATORS_GROUP_ID: COORDINATORS_GROUP, REMINDER_TRIGGER_SECRET: 'nokkel',
    }, { clock });
    await plan().refresh();
  });
  afterEach(async () => {
    await ctx.service.stop();
    await connector.stop();
    await h.close();
    timers.restore();
  });

  it('polls within five minutes by default', () => {
    assert.ok(ctx.config.planPollSeconds <= 300);
  });

  it('an edited wheel entry and measure show up in årshjul, oversikt and the next reminder at the next poll', async () => {
    await post(ctx.url, personalInstall(connector.url, USERS.kari));
    await post(ctx.url, channelMention(connector.url, 'abonner alle-ledere', USERS.kari));
    h.edit('Wheel', 'W11', { Title: 'Uke mot vold i skolene', Timing: 'Hvert år i november' });
    h.edit('Measures', '1.2', { Title: 'Kampanjeuke mot vold', Deadline: '2026-09-30T12:00:00Z' });
    await poll();
    connector.clear();

    await post(ctx.url, personalMessage(connector.url, 'årshjul', USERS.kari));
    await post(ctx.url, personalMessage(connector.url, 'oversikt', USERS.kari));
    await connector.waitFor(2);
    const [wheel, overview] = connector.sent.map((s) => text(s.activity));
    assert.match(wheel!, /Uke mot vold i skolene/);
    assert.doesNotMatch(wheel!, /"En uke mot vold"/);
    assert.match(overview!, /Kampanjeuke mot vold/);

    connector.clear();
    clock.set('2026-11-02T08:00:30Z'); // the first working day of November, 09:00 in Oslo
    const run = await fetch(`${ctx.url}/api/reminders/run`, { method: 'POST', headers: { 'x-reminder-secret': 'nokkel' } });
    assert.equal(run.status, 200);
    const reminder = connector.sent.find((s) => s.conversationId === '19:general@thread.tacv2');
    assert.match(text(reminder?.activity), /Uke mot vold i skolene/);
    assert.match(text(reminder?.activity), /Kampanjeuke mot vold/, 'the linked measure shows its new title');
  });

  it('tells coordinators about each kind of bad row with its row and a link, and a fixed problem drops off', async () => {
    await post(ctx.url, personalInstall(connector.url, USERS.kari));
    h.edit('Measures', '1.4', { Goal: 'G9' });
    h.add('Measures', { Title: 'Kopi', MeasureId: '2.1', Goal: 'G2', Responsible: 'x', Status: 'Ikke startet' });
    h.edit('Wheel', 'W03', { Audience: 'helsee' });
    h.setOwners('3.4', [{ name: 'Sluttet Ansatt', email: 'sluttet@eksempel.no' }]);
    h.edit('Wheel', 'W15', { Timing: 'ved behov' });
    connector.clear();
    clock.advance(QUIET_MS); // the unasked card waits until Kari has not written for a while
    await poll();
    const [card] = cardsTo('a:personal-29:kari');
    assert.ok(card, 'Kari got a card');
    const body = text(card.activity);
    assert.match(body, /Planen har 5 problemer/);
    for (const reason of ['Tid som ikke kan plasseres: tiden «ved behov»', 'Tiltak uten delmål: delmål «G9» finnes ikke', 'ID brukt to ganger: ID 2.1', 'Ukjent målgruppe: målgruppen «helsee» er ukjent', 'Eier finnes ikke: eieren «Sluttet Ansatt»']) {
      assert.ok(body.includes(reason), reason);
    }
    assert.match(body, /Tiltak, rad 4: 1\.4/);
    assert.match(body, /DispForm\.aspx\?ID=4/);

    // Everything else keeps working: the wheel still answers, with the entry whose audience is wrong.
    connector.clear();
    await post(ctx.url, personalMessage(connector.url, 'årshjul', USERS.kari));
    await connector.waitFor(1);
    assert.match(text(connector.sent[0]!.activity), /Årshjulet/);

    connector.clear();
    await poll();
    assert.equal(cardsTo('a:personal-29:kari').length, 0, 'an unchanged list is not posted again');

    h.edit('Measures', '1.4', { Goal: 'G1' });
    await poll();
    const [update] = cardsTo('a:personal-29:kari');
    assert.equal(update?.method, 'PUT', 'the card is updated in place when a problem is fixed');
    assert.match(text(update?.activity), /Planen har 4 problemer/);
    assert.doesNotMatch(text(update?.activity), /G9/);
  });

  it('problemer shows the card on demand to coordinators only', async () => {
    h.edit('Wheel', 'W15', { Timing: 'ved behov' });
    await plan().refresh();
    await post(ctx.url, personalMessage(connector.url, 'problemer', USERS.ola));
    await post(ctx.url, personalMessage(connector.url, 'problemer', USERS.kari));
    await connector.waitFor(2);
    assert.match(text(connector.sent[0]!.activity), /Bare koordinatorer kan se problemene i planen/);
    assert.match(text(connector.sent[1]!.activity), /Planen har 1 problem/);
  });
});
