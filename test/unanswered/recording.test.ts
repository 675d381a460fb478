import assert from 'node:assert/strict';
import type { ManualClock } from '../../src/common/clock';
import type { BuiltFeatures } from '../../src/features';
import { KnowledgeBase } from '../../src/knowledge';
import { openDatabase } from '../../src/storage/database';
import { sqliteState, tablesState, type StateStores } from '../../src/storage/state';
import { query, TableStorage } from '../../src/storage/tables';
import { USERS, cardAction, personalMessage } from '../support/activities';
import { sharedAzurite, uniquePrefix } from '../support/azurite';
import { RecordingConnector } from '../support/recording-connector';
import { post, startTestService, type TestService } from '../support/service';

/** A state backend with a look at the raw stored rows, as an operator's export would see them. */
interface RawBackend {
  name: string;
  open(): Promise<{ state: StateStores; rows(): Promise<unknown[]>; close(): void }>;
}

const BACKENDS: RawBackend[] = [
  {
    name: 'SQLite',
    async open() {
      const db = openDatabase(':memory:');
      return { state: sqliteState(db), rows: async () => db.prepare('SELECT * FROM unanswered_questions').all(), close: () => db.close() };
    },
  },
  {
    name: 'Azure Table Storage (Azurite)',
    async open() {
      const storage = new TableStorage({ connectionString: (await sharedAzurite()).connectionString, prefix: uniquePrefix() });
      return { state: await tablesState(storage), rows: () => query(storage.table('Unanswered'), "PartitionKey eq 'group'"), close: () => undefined };
    },
  },
];

const DAY = 86_400_000;
/** A refused question with a child's name (invented), a fødselsnummer (valid check digits, no one's), a phone number and an e-mail address. */
const SENSITIVE = 'Hvordan bytter jeg passordet til eleven Ola Nordmann på skolens nettbrett? Fnr 01019010046, tlf 478 09 050, e-post ola.nordmann@eksempel.no';
const CONFIDENT = 'Hva er latent vold?';
const UNCERTAIN = 'Hvor kan en voksen som blir truet av eksen sin få bo?';

type Card = { attachments: Array<{ content: unknown }> };

for (const backend of BACKENDS) {
  describe(`questions without a good answer, over the real protocol (${backend.name})`, function () {
    this.timeout(20_000);
    let connector: RecordingConnector;
    let store: Awaited<ReturnType<RawBackend['open']>>;
    let ctx: TestService;

    async function start(env: Record<string, string> = {}) {
      store = await backend.open();
      ctx = await startTestService(env, { state: store.state });
    }
    beforeEach(async () => {
      connector = new RecordingConnector();
      await connector.start();
    });
    afterEach(async () => {
      await ctx?.service.stop();
      store?.close();
      await connector.stop();
    });

    async function ask(text: string): Promise<string> {
      connector.clear();
      await post(ctx.url, personalMessage(connector.url, text, USERS.per));
      await connector.waitFor(1);
      return JSON.stringify(connector.sent[0]!.activity);
    }
    /** The 👍/👎 data on the card just sent. */
    const feedbackData = (card: string, verdict: 'up' | 'down') => {
      const action = JSON.stringify((JSON.parse(card) as Card).attachments[0]!.content).match(new RegExp(`"verb":"answer.feedback","data":(\\{"verdict":"${verdict}"[^}]*\\})`));
      assert.ok(action, 'the card has feedback buttons');
      return JSON.parse(action[1]!) as Record<string, unknown>;
    };
    const vote = (data: Record<string, unknown>) => post(ctx.url, cardAction(connector.url, 'answer.feedback', data, USERS.per));
    const features = () => ctx.service.features as BuiltFeatures;

    it('stores a refused question masked and without the asker, and deletes it after the retention period', async () => {
      await start();
      assert.match(await ask(SENSITIVE), /svarer ikke på dette/, 'the question is refused');
      const rows = await store.rows();
      assert.equal(rows.length, 1);
      const row = JSON.stringify(rows[0]);
      assert.match(row, /Hvordan bytter jeg passordet til eleven «navn» på skolens nettbrett\? Fnr \[fødselsnummer fjernet\], tlf \[telefonnummer fjernet\], e-post \[e-post fjernet\]/);
      assert.match(row, /Ikke besvart/);
      // No digit of the fødselsnummer or the phone number in the texts (the row's other digits are its count, times and hash).
      const { text, answerLine, answer_line: line } = rows[0] as Record<string, unknown>;
      assert.doesNotMatch(`${text} ${answerLine ?? line}`, /\d/);
      assert.doesNotMatch(row, /01019010046|10046|478|09 050|@|eksempel\.no|Ola|Nordmann/);
      // Nothing of the asker: no Entra object id, Teams id, conversation id or name.
      assert.doesNotMatch(row, new RegExp([USERS.per.aadObjectId, USERS.per.id, `a:personal-${USERS.per.id}`, USERS.per.name, 'Per', 'personal'].join('|')));
      assert.ok(!ctx.lines.some((l) => /Nordmann|passordet/.test(l) && !/ DEBUG /.test(l)), 'the text is not logged above debug');

      const t0 = ctx.clock.now().getTime();
      await features().unanswered.tick(new Date(t0 + 89 * DAY));
      assert.equal((await store.rows()).length, 1, 'kept within the 90 days');
      const later = await features().unanswered.tick(new Date(t0 + 91 * DAY));
      assert.equal(later.purged, 1);
      assert.deepEqual(await store.rows(), [], 'gone after 90 days without being asked again');
    });

    it('counts a question asked again in its group, and keeps it while it is asked', async () => {
      await start({ UNANSWERED_RETENTION_DAYS: '30' });
      await ask('Hvordan bytter jeg passord?');
      (ctx.clock as ManualClock).advance(20 * DAY);
      await ask('hvordan bytter jeg passord');
      const [group] = await store.state.unanswered.list(new Date(0));
      assert.equal(group?.count, 2);
      await features().unanswered.tick(new Date(ctx.clock.now().getTime() + 29 * DAY));
      assert.equal((await store.rows()).length, 1, '30 days counted from the last time it was asked');
    });

    it('records "Mulig svar" with its first line, not "Svar", and a 👎 on a "Svar" answer', async () => {
      await start();
      const uncertain = await ask(UNCERTAIN);
      assert.match(uncertain, /Mulig svar/);
      const confident = await ask(CONFIDENT);
      assert.match(confident, /"text":"Svar"/);
      let groups = await store.state.unanswered.list(new Date(0));
      assert.deepEqual(groups.map((g) => [g.reason, g.label]), [['uncertain', 'Mulig svar']]);
      // The first line of the answer the sample municipality's documents give, "Se også" and the rest left out.
      const { kb } = await KnowledgeBase.fromDirectory('data/eksempel-kommune');
      const firstLine = kb.ask(UNCERTAIN).answer.split('\n')[0]!;
      assert.match(firstLine, /TryggEst-teamet/);
      assert.equal(groups[0]!.answerLine, firstLine);

      assert.equal((await vote(feedbackData(confident, 'up'))).status, 200);
      assert.equal((await store.state.unanswered.list(new Date(0))).length, 1, '👍 records nothing');
      await vote(feedbackData(confident, 'down'));
      await vote(feedbackData(confident, 'down'));
      groups = await store.state.unanswered.list(new Date(0));
      const down = groups.find((g) => g.reason === 'downvoted');
      assert.equal(down?.text, CONFIDENT);
      assert.equal(down?.label, 'Svar');
      assert.equal(down?.count, 1, 'a second click on the same card counts once');
    });

    it('records nothing for a 👎 whose question this chat did not just ask', async () => {
      await start();
      const first = await ask(CONFIDENT);
      await ask('Hva er negativ sosial kontroll?');
      await vote(feedbackData(first, 'down'));
      assert.deepEqual(await store.rows(), []);
    });

    it('deletes what was recorded once UNANSWERED_LOG=off, at the next start', async () => {
      await start();
      await ask(SENSITIVE);
      assert.equal((await store.rows()).length, 1);
      await ctx.service.stop();
      ctx = await startTestService({ UNANSWERED_LOG: 'off' }, { state: store.state });
      // Stopping waits for the round that started with the service.
      await ctx.service.stop();
      assert.deepEqual(await store.rows(), []);
      assert.ok(ctx.lines.some((l) => /deleted 1 question group/.test(l)));
    });

    it('records nothing at all with UNANSWERED_LOG=off, and says so on the tab route', async () => {
      await start({ UNANSWERED_LOG: 'off' });
      await ask(SENSITIVE);
      await vote(feedbackData(await ask(CONFIDENT), 'down'));
      await ask(UNCERTAIN);
      assert.deepEqual(await store.rows(), []);
      const res = await fetch(`${ctx.url}/api/tab/unanswered`);
      assert.deepEqual(await res.json(), { enabled: false, retentionDays: 90, questions: [] });
    });
  });
}
