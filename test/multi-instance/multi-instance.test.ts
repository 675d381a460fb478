import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TablesDecisionLedger } from '../../src/measures/tables-decisions';
import { TablesReminderLedger } from '../../src/reminders/tables-ledger';
import { TablesSubscriptionStore } from '../../src/reminders/tables-subscriptions';
import { createGraphClient } from '../../src/sharepoint/graph-client';
import { provisionSharePoint } from '../../src/sharepoint/provision';
import { loadPlan } from '../../src/plan/load';
import { TableStorage } from '../../src/storage/tables';
import { tablesState } from '../../src/storage/state';
import { TablesConversationStore } from '../../src/storage/tables-conversations';
import { GraphEmulator } from '../graph-emulator';
import { USERS, cardAction, personalInstall } from '../support/activities';
import { startAzurite, uniquePrefix, type Azurite } from '../support/azurite';
import { RecordingConnector, type Recorded } from '../support/recording-connector';
import { cardData } from '../reminders/dispatcher-support';
import { Cluster, writePlan } from './cluster';

const SITE = 'multi.sharepoint.com,site,web';
const CHANNELS = 200;
const REMINDERS = 3;
// 09:00:30 Oslo on Monday 1 February 2027, the first working day of the month.
const DUE = '2027-02-01T08:00:30Z';

/**
 * Three bot processes on one Azurite (STATE_STORE=azure-tables), posting to one recording
 * connector and writing to one Graph emulator: what two or more App Service instances do.
 */
describe('several instances on one Azure Table Storage', function () {
  this.timeout(180_000);
  let azurite: Azurite;
  let emulator: GraphEmulator;
  let connector: RecordingConnector;
  let cluster: Cluster | undefined;
  let storage: TableStorage;
  let prefix: string;
  let planFile: string;

  /** A fresh environment: Graph emulator, connector, plan, tables; the cluster starts on demand. */
  async function setUp(): Promise<void> {
    emulator = await GraphEmulator.start();
    connector = new RecordingConnector();
    await connector.start();
    planFile = writePlan(fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-multi-')), { measures: 20, reminders: REMINDERS });
    await provisionSharePoint(createGraphClient({ production: false, baseUrl: emulator.baseUrl, staticToken: emulator.token }), { siteId: SITE, measures: loadPlan(planFile).measures });
    prefix = uniquePrefix('m');
    storage = new TableStorage({ connectionString: azurite.connectionString, prefix });
    await tablesState(storage);
  }
  async function tearDown(): Promise<void> {
    await cluster?.stop();
    cluster = undefined;
    await connector.stop();
    await emulator.close();
  }

  before(async () => {
    azurite = await startAzurite();
  });
  after(async () => azurite.stop());

  async function startCluster(count = 3): Promise<Cluster> {
    cluster = await Cluster.start(count, {
      STATE_STORE: 'azure-tables', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_TABLE_PREFIX: prefix,
      PLAN_FILE: planFile, SHAREPOINT_SITE_ID: SITE, GRAPH_BASE_URL: emulator.baseUrl, GRAPH_STATIC_TOKEN: emulator.token,
    }, DUE);
    return cluster;
  }

  /** 200 channels subscribed to the audience, as coordinators would have done it, and Kari's chat. */
  async function subscribeChannels(c: Cluster): Promise<string[]> {
    const conversations = new TablesConversationStore(storage);
    const subscriptions = new TablesSubscriptionStore(storage);
    const ids = Array.from({ length: CHANNELS }, (_, i) => `19:multi-${String(i).padStart(3, '0')}@thread.tacv2`);
    for (let i = 0; i < ids.length; i += 20) {
      await Promise.all(ids.slice(i, i + 20).map(async (id) => {
        await conversations.upsert({ conversationId: id, kind: 'channel', serviceUrl: connector.url, teamId: 'team', channelName: id.slice(3, 12) }, new Date(DUE));
        await subscriptions.subscribe(id, 'alle', USERS.kari.aadObjectId, '2027-01-01', new Date(DUE));
      }));
    }
    await post(c.instances[0]!.url, personalInstall(connector.url, USERS.kari));
    await connector.waitFor(1);
    connector.clear();
    return ids;
  }

  const reminderPosts = () => connector.sent.filter((s) => cardData(s.activity as never));
  const keyOf = (s: Recorded) => `${s.conversationId} ${cardData(s.activity as never)?.entryId}`;

  describe('three instances running side by side', () => {
    before(async () => {
      await setUp();
      await startCluster();
    });
    after(tearDown);

    it(`${CHANNELS} channels × ${REMINDERS} reminders dispatched by three instances at once: each posted exactly once`, async () => {
      const c = cluster!;
      const channels = await subscribeChannels(c);
      const runs = await Promise.all(c.instances.map((i) => c.dispatch(i)));
      const posted = reminderPosts().map(keyOf);
      assert.equal(posted.length, CHANNELS * REMINDERS, `runs: ${JSON.stringify(runs)}`);
      assert.equal(new Set(posted).size, CHANNELS * REMINDERS, 'no reminder twice');
      for (const ch of channels) for (let r = 1; r <= REMINDERS; r++) assert.ok(posted.includes(`${ch} R${r}`), `${ch} R${r}`);
      // Each channel's reminders in wheel order, whichever instances posted them.
      for (const ch of channels) assert.deepEqual(reminderPosts().filter((s) => s.conversationId === ch).map((s) => cardData(s.activity as never)?.entryId), ['R1', 'R2', 'R3']);
      assert.equal(runs.reduce((n, r) => n + (r.sent ?? 0), 0), CHANNELS * REMINDERS);
      process.stdout.write(`      posted by each instance: ${runs.map((r) => r.sent).join(', ')}\n`);
      // Another round on every instance finds nothing left to post.
      await Promise.all(c.instances.map((i) => c.dispatch(i)));
      assert.equal(reminderPosts().length, CHANNELS * REMINDERS);
    });

    it('20 concurrent approve clicks on one proposal, and 19 more proposals clicked on every instance: one decision each, every SharePoint write landed once', async () => {
      const c = cluster!;
      await post(c.instances[0]!.url, personalInstall(connector.url, USERS.kari));
      const ids: string[] = [];
      for (let m = 1; m <= 20; m++) {
        const card = await post(c.instances[m % 3]!.url, cardAction(connector.url, 'measure.propose', { measureId: `M.${m}`, status: 'Pågår' }, USERS.kari));
        const id = /"proposalId":"([^"]+)"/.exec(card)?.[1];
        assert.ok(id, card.slice(0, 200));
        ids.push(id);
      }
      const clicks = [
        ...Array.from({ length: 20 }, (_, k) => [ids[0]!, k % 3] as const),
        ...ids.slice(1).flatMap((id) => [0, 1, 2].map((k) => [id, k] as const)),
      ];
      const answers = await Promise.all(clicks.map(([id, k]) => post(c.instances[k]!.url, cardAction(connector.url, 'measure.approve', { proposalId: id }, USERS.kari))));
      assert.ok(answers.every((a) => a.includes('Godkjent av Kari Nordmann')), 'every click sees the one decision');
      const ledger = new TablesDecisionLedger(storage);
      const decisions = await Promise.all(ids.map((id) => ledger.decisionFor(id)));
      assert.ok(decisions.every((d) => d?.outcome === 'approved'));
      assert.equal((await ledger.recentDecisions(1000)).length, 20, 'one decision per proposal');
      const measures = emulator.store.list(SITE, 'Measures')!.items;
      for (let m = 1; m <= 20; m++) {
        const item = measures.find((i) => i.fields.MeasureId === `M.${m}`)!;
        assert.equal(item.fields.Status, 'Pågår');
        const writes = emulator.requestsMatching('PATCH', `/items/${item.id}/`).filter((r) => r.status === 200);
        assert.equal(writes.length, 1, `M.${m} written once`);
      }
      const log = emulator.store.list(SITE, 'StatusLog')!.items;
      assert.equal(log.length, 20);
      assert.equal(new Set(log.map((i) => i.fields.DecisionId)).size, 20);
    });
  });

  describe('one of three killed', () => {
    before(setUp);
    after(tearDown);

    it('kill -9 of one instance mid-dispatch: no reminder twice, the survivors post the rest at once, a cut-short post is reported', async () => {
      const c = await startCluster();
      const channels = await subscribeChannels(c);
      const runs = c.instances.map((i) => c.dispatch(i).catch(() => undefined));
      await connector.waitFor(CHANNELS * REMINDERS / 4, 60_000);
      await c.kill(1);
      await Promise.all(runs);
      // Less than the lease (2 min) and more than the heartbeat timeout (30 s): only a silent owner's claims are taken over.
      await c.jump(31_000);
      await Promise.all(c.alive().map((i) => c.dispatch(i)));

      const ledger = new TablesReminderLedger(storage);
      const rows = await Promise.all(channels.flatMap((ch) => Array.from({ length: REMINDERS }, (_, r) =>
        ledger.row({ entryId: `R${r + 1}`, date: '2027-02-01', kind: 'month', conversationId: ch }).then((row) => ({ key: `${ch} R${r + 1}`, row })))));
      const posted = reminderPosts().map(keyOf);
      assert.equal(new Set(posted).size, posted.length, 'no reminder twice');
      const uncertain = rows.filter((x) => x.row?.state === 'uncertain').map((x) => x.key);
      const sent = rows.filter((x) => x.row?.state === 'sent').map((x) => x.key);
      assert.equal(sent.length + uncertain.length, CHANNELS * REMINDERS, 'every reminder is sent or reported, none held back');
      for (const key of sent) assert.ok(posted.includes(key), `${key} recorded sent and posted`);
      assert.ok(uncertain.length <= 16, `only the killed instance's in-flight posts are uncertain (${uncertain.length})`);
      // Each notice names its reminder and channel: «Påminnelse N» … «multi-NNN».
      const noticed = connector.sent
        .map((s) => /«Påminnelse (\d)».*«(multi-\d{3})»/.exec(String(s.activity.text)))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => `19:${m[2]}@thread.tacv2 R${m[1]}`);
      assert.equal(new Set(noticed).size, noticed.length, 'no reminder reported twice');
      for (const key of uncertain) assert.ok(noticed.includes(key), `${key} is uncertain and reported to the coordinator`);
      // A notice beyond those is for a post an instance closed as cut short while its owner, only
      // slow, was finishing it: needless but harmless (docs/reminders.md). It must have reached Teams.
      for (const key of noticed.filter((k) => !uncertain.includes(k))) assert.ok(posted.includes(key), `${key} reported although it was neither uncertain nor posted`);
      const reached = uncertain.filter((k) => posted.includes(k)).length;
      process.stdout.write(`      kill -9: ${posted.length} posted, ${uncertain.length} uncertain (${reached} of them had reached Teams)\n`);
    });
  });
});

async function post(url: string, activity: unknown): Promise<string> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return res.text();
}
