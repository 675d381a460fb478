import assert from 'node:assert/strict';
import path from 'node:path';
import { loadPlan } from '../../src/plan/load';
import { tablesState } from '../../src/storage/state';
import { TABLES, TableStorage } from '../../src/storage/tables';
import { PERSONAL_DATA } from '../common/personal-data-formats';
import { sharePointHarness, SITE, type SharePointHarness } from '../sharepoint/harness';
import { USERS, cardAction, personalInstall } from '../support/activities';
import { sharedAzurite, uniquePrefix } from '../support/azurite';
import { RecordingConnector } from '../support/recording-connector';
import { post, startTestService, type TestService } from '../support/service';

const SAMPLE = loadPlan(path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml'));
// Display names hold personal data too: Teams shows what the person or the admin typed.
const OLA = { ...USERS.ola, name: 'Ola Hansen mob 938 47 519' };
const KARI = { ...USERS.kari, name: 'Kari Nordmann (kari @ eksempel.no)' };

/** Every format, packed into comments that fit the 500-character limit. */
function comments(): string[] {
  const out = [''];
  for (const [written] of PERSONAL_DATA) {
    const part = `Gjelder ${written}.`;
    if (out[out.length - 1]!.length + part.length > 480) out.push('');
    out[out.length - 1] += `${out[out.length - 1] ? ' ' : ''}${part}`;
  }
  return out;
}

/** What would show that a format got through: its digits, or its e-mail domain. */
function leaks(stored: string): string[] {
  const digits = stored.replace(/\D/g, '');
  const lower = stored.toLowerCase();
  const found = PERSONAL_DATA.filter(([written, kind]) => {
    if (kind !== 'email') return digits.includes(written.replace(/\D/g, ''));
    const domain = written.split(/@|\(at\)|\[at\]/i).pop()!.trim().toLowerCase().replace(/[[\]]/g, '');
    return lower.includes(domain) || lower.includes(written.toLowerCase());
  }).map(([w]) => w);
  for (const name of ['938 47 519', 'kari @ eksempel']) if (lower.includes(name)) found.push(name);
  return found;
}

/**
 * A status comment with every personal-data format, from an owner and a coordinator whose display
 * names hold a phone number and an e-mail, proposed and approved over the real protocol: nothing
 * reaches SQLite, Table Storage, SharePoint or the (debug) log unmasked.
 */
describe('personal data in status comments and display names, stored and logged', function () {
  this.timeout(30_000);
  let connector: RecordingConnector;
  let ctx: TestService;
  let harness: SharePointHarness | undefined;

  beforeEach(async () => {
    connector = new RecordingConnector();
    await connector.start();
  });
  afterEach(async () => {
    await ctx.service.stop();
    await connector.stop();
    await harness?.close();
    harness = undefined;
  });

  async function proposeAndApproveEach(): Promise<void> {
    for (const u of [KARI, OLA]) await post(ctx.url, personalInstall(connector.url, u));
    await connector.waitFor(2);
    let status = 'Pågår';
    for (const comment of comments()) {
      connector.clear();
      const proposed = await post(ctx.url, cardAction(connector.url, 'measure.propose', { measureId: '2.1', status, comment }, OLA));
      assert.equal(proposed.status, 200);
      await connector.waitFor(1);
      const id = JSON.stringify(connector.sent).match(/"proposalId":"([^"]+)"/)?.[1];
      assert.ok(id, 'the coordinator got the approval card');
      const approved = await post(ctx.url, cardAction(connector.url, 'measure.approve', { proposalId: id, decisionComment: comment }, KARI));
      assert.match(JSON.stringify(approved.body), /Godkjent av Kari Nordmann/);
      status = status === 'Pågår' ? 'Forsinket' : 'Pågår';
    }
  }

  const sqliteText = () => JSON.stringify(
    (ctx.service.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>)
      .map(({ name }) => ctx.service.db.prepare(`SELECT * FROM "${name}"`).all()),
  );
  const logText = () => ctx.lines.join('\n');

  it('SQLite: proposals, decisions, outbox, measures, status log and the log', async () => {
    ctx = await startTestService();
    await proposeAndApproveEach();
    assert.ok(comments().length >= 2);
    assert.deepEqual(leaks(sqliteText()), []);
    assert.match(sqliteText(), /telefonnummer fjernet.*fødselsnummer fjernet.*e-post fjernet/s);
    assert.deepEqual(leaks(logText()), []);
  });

  it('Azure Table Storage: every table, and the log', async () => {
    const storage = new TableStorage({ connectionString: (await sharedAzurite()).connectionString, prefix: uniquePrefix('mask') });
    ctx = await startTestService({}, { state: await tablesState(storage) });
    await proposeAndApproveEach();
    const rows = await Promise.all(TABLES.map(async (t) => {
      const all: unknown[] = [];
      for await (const e of storage.table(t).listEntities()) all.push(e);
      return all;
    }));
    const stored = JSON.stringify(rows);
    assert.match(stored, /telefonnummer fjernet/);
    assert.deepEqual(leaks(stored), []);
    assert.deepEqual(leaks(logText()), []);
  });

  it('SharePoint (the Graph emulator): StatusComment, the StatusLog and the names written with them', async () => {
    harness = await sharePointHarness(SAMPLE.measures);
    ctx = await startTestService({ SHAREPOINT_SITE_ID: SITE, GRAPH_BASE_URL: harness.emulator.baseUrl, GRAPH_STATIC_TOKEN: harness.emulator.token });
    await proposeAndApproveEach();
    const measure = harness.emulator.store.list(SITE, 'Measures')!.items.find((i) => i.fields.MeasureId === '2.1')!;
    const log = harness.emulator.store.list(SITE, 'StatusLog')!.items;
    assert.equal(log.length, comments().length, 'every approval reached SharePoint');
    assert.match(String(measure.fields.StatusComment), /fjernet/);
    const stored = JSON.stringify([measure.fields, log.map((i) => i.fields)]);
    assert.deepEqual(leaks(stored), []);
    assert.match(stored, /"ProposedBy":"Ola Hansen mob \[telefonnummer fjernet\]"/);
    assert.match(stored, /"DecidedBy":"Kari Nordmann \(\[e-post fjernet\]\)"/);
    assert.deepEqual(leaks(sqliteText()), []);
    assert.deepEqual(leaks(logText()), []);
  });
});
