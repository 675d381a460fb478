import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { ManualClock } from '../../src/common/clock';
import { messages } from '../../src/measures/messages';
import { describeRefresh } from '../../src/bot/knowledge-admin';
import { escapeMarkdown } from '../../src/bot/markdown';
import { Logger } from '../../src/common/logger';
import { CoordinatorNotices } from '../../src/reminders/notices';
import { RateLimiter } from '../../src/reminders/rate-limit';
import { openDatabase } from '../../src/storage/database';
import { sqliteState } from '../../src/storage/state';
import { FakeSender, KARI } from '../reminders/dispatcher-support';
import { USERS, cardAction, channelMention, personalInstall, personalMessage, teamInstall } from '../support/activities';
import { RecordingConnector } from '../support/recording-connector';
import { post, startTestService, type TestService } from '../support/service';

const SAMPLE = path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml');
const LINK = '[klikk](https://evil.example)';
const GENERAL = '19:general@thread.tacv2';

/** Markdown a client would render: a link or image, emphasis or code that is not escaped. */
const RENDERED = /(?<!\\)\[[^\]]*(?<!\\)\]\(|(?<!\\)\*\*|(?<![\\\w])_[^_\s][^_]*(?<!\\)_(?!\w)|(?<!\\)`/;

/** The strings Teams reads as markdown: TextBlock text, fact titles and values, and message text. */
function markdownStrings(activity: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, key));
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (key === 'facts') for (const k of ['title', 'value']) if (typeof o[k] === 'string') out.push(o[k] as string);
    if (o.type === 'message' && typeof o.text === 'string') out.push(o.text);
    for (const [k, x] of Object.entries(o)) walk(x, k);
  };
  walk(activity);
  return out;
}

function assertNothingRenders(what: string, activity: unknown): void {
  const strings = markdownStrings(activity);
  assert.ok(strings.length > 0, `${what}: nothing to check`);
  for (const s of strings) assert.doesNotMatch(s, RENDERED, `${what} renders markdown: ${s}`);
}

/** The sample plan with titles, names and contacts that hold markdown, as a careless or hostile edit would. */
function hostilePlanFile(): string {
  const plan = YAML.parse(fs.readFileSync(SAMPLE, 'utf8')) as Record<string, Array<Record<string, unknown>>>;
  for (const g of plan.goals!) if (g.id === 'G2') g.title = `Mål ${LINK} **fet**`;
  for (const m of plan.measures!) if (m.id === '2.1' || m.id === '2.2') m.title = `Tiltak ${LINK} _kursiv_`;
  for (const w of plan.wheel!) if (w.id === 'W12') Object.assign(w, { title: `Hjul ${LINK}`, todo: `Gjør ${LINK}`, responsible: '`kode`' });
  for (const r of plan.owners!) if (r.role === 'Virksomhetsledere i skole') r.role = `Rolle ${LINK}`;
  plan.contacts![0]!.name = `Kontakt ${LINK}`;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-md-')), 'plan.yaml');
  fs.writeFileSync(file, YAML.stringify(plan));
  return file;
}

describe('markdown from data and users is shown as written, on every card and message', function () {
  this.timeout(20_000);
  const OLA = { ...USERS.ola, name: `Ola ${LINK}` };
  const KARI = { ...USERS.kari, name: 'Kari **Nordmann**' };
  let connector: RecordingConnector;
  let ctx: TestService;

  beforeEach(async () => {
    connector = new RecordingConnector();
    await connector.start();
    ctx = await startTestService({ PLAN_FILE: hostilePlanFile() }, { clock: new ManualClock('2026-11-23T08:00:00Z') });
    for (const u of [KARI, OLA]) await post(ctx.url, personalInstall(connector.url, u));
    await connector.waitFor(2);
    connector.clear();
  });
  afterEach(async () => {
    await ctx.service.stop();
    await connector.stop();
  });

  async function say(activity: object): Promise<unknown[]> {
    const before = connector.sent.length;
    const res = await post(ctx.url, activity);
    if (res.body && typeof res.body === 'object' && 'value' in res.body) return [res.body.value];
    await connector.waitFor(before + 1);
    return connector.sent.slice(before).map((s) => s.activity);
  }

  it('the status form, the approval card, the decided card, oversikt and the proposer\'s invoke reply', async () => {
    const [form] = await say(personalMessage(connector.url, 'status', OLA));
    assert.match(JSON.stringify(form), /Tiltak \\\\\[klikk\\\\\]/, 'the title is escaped in the fact');
    assert.match(JSON.stringify(form), /"title":"2\.1 Tiltak \[klikk\]\(https:\/\/evil\.example\) _kursiv_"/, 'a choice title is plain text: as written');
    assertNothingRenders('status form', form);

    await post(ctx.url, cardAction(connector.url, 'measure.propose', { measureId: '2.1', status: 'Pågår', comment: `Se ${LINK}` }, OLA));
    await connector.waitFor(1);
    const approval = connector.sent.find((s) => s.conversationId === 'a:personal-29:kari')!.activity;
    assertNothingRenders('approval card', approval);
    const id = JSON.stringify(approval).match(/"proposalId":"([^"]+)"/)![1]!;
    const [decided] = await say(cardAction(connector.url, 'measure.approve', { proposalId: id, decisionComment: `OK ${LINK}` }, KARI));
    assertNothingRenders('decided card', decided);
    assert.match(JSON.stringify(decided), /Godkjent av Kari \\\\\*\\\\\*Nordmann\\\\\*\\\\\*/);

    const [overview] = await say(personalMessage(connector.url, 'oversikt', KARI));
    assertNothingRenders('oversikt', overview);
    assert.match(JSON.stringify(overview), /godkjent av Kari \\\\\*\\\\\*Nordmann/, "the decider's name");
  });

  it('card data echoed in an invoke reply: a forged measure id and status', async () => {
    for (const data of [{ measureId: LINK, status: 'Pågår' }, { measureId: '2.1', status: `**${LINK}**` }]) {
      const [reply] = await say(cardAction(connector.url, 'measure.propose', data, OLA));
      assert.equal(typeof reply, 'string');
      assertNothingRenders('invoke reply', { type: 'message', text: reply });
    }
  });

  it('årshjul, the reminder card, the team greeting and the subscription replies in a channel', async () => {
    const [wheel] = await say(personalMessage(connector.url, 'årshjul', KARI));
    assertNothingRenders('årshjul', wheel);
    assert.match(JSON.stringify(wheel), /Hjul \\\\\[klikk\\\\\]/);

    const team = teamInstall(connector.url);
    team.channelData.team.name = `Team ${LINK}`;
    const [hello] = await say(team);
    assertNothingRenders('team greeting', hello);
    assert.match(JSON.stringify(hello), /Hei, Team \\\\\[klikk\\\\\]/);

    await say(channelMention(connector.url, 'abonner alle-ledere', KARI));
    await say(channelMention(connector.url, 'påminnelse', KARI));
    const reminder = connector.sent.find((s) => s.conversationId === GENERAL && /reminder\.done/.test(JSON.stringify(s.activity)))!.activity;
    assertNothingRenders('reminder card', reminder);
    assert.match(JSON.stringify(reminder), /Hjul \\\\\[klikk\\\\\]/);
  });

  it('the contacts shown with an answer the documents do not give', async () => {
    const [answer] = await say(personalMessage(connector.url, 'Hva mener Zorbulf om kvantefysikk?', OLA));
    assertNothingRenders('answer contacts', answer);
    assert.match(JSON.stringify(answer), /Kontakt \\\\\[klikk\\\\\]/);
  });

  it('`status 2.1` from someone else names its owners and their role as written', async () => {
    const [reply] = await say(personalMessage(connector.url, 'status 2.1', USERS.per));
    assertNothingRenders('status reply', reply);
    assert.match(JSON.stringify(reply), /Ola Hansen \(Rolle \\\\\[klikk\\\\\]/);
  });
});

describe('the measures texts the bot escapes whole', () => {
  it('hold nothing markdown reads in their own words, so escaping them shows them unchanged', () => {
    const texts = [
      messages.unknownMeasure('1.2'), messages.badStatus('Ferdig'), messages.commentTooLong, messages.notOwner('1.2'),
      messages.proposed('1.2', 'Pågår'), messages.unavailable, messages.unknownProposal, messages.forbidden,
      messages.approved('1.2', 'Pågår'), messages.approvedPending('1.2', 'Pågår'), messages.rejected('1.2'),
      messages.alreadyDecided('Kari Nordmann', '2026-03-01T09:00:00Z', 'approved'), messages.stale('1.2'), messages.conflict('1.2', 'Fullført'),
    ];
    for (const t of texts) assert.equal(escapeMarkdown(t), t);
  });
});

describe('the messages coordinators get unasked', () => {
  it('a knowledge reload names an unreadable file as written', () => {
    const text = describeRefresh({ documents: 1, changed: 0, removed: 0, failed: [{ name: `${LINK}.pdf`, reason: 'ødelagt **fil**' }] });
    assertNothingRenders('reload report', { type: 'message', text });
    assert.match(text, /\\\[klikk\\\]\(https:\/\/evil\.example\)\.pdf \(ødelagt \\\*\\\*fil\\\*\\\*\)/);
  });

  it('a gone channel and an uncertain reminder name the channel, team and reminder as written', async () => {
    const clock = new ManualClock('2026-11-02T08:00:00Z');
    const sender = new FakeSender(clock);
    const state = sqliteState(openDatabase(':memory:'));
    await state.conversations.upsert({ conversationId: 'a:kari', serviceUrl: 'http://connector.invalid', kind: 'personal', userAadObjectId: KARI }, clock.now());
    const ref = { conversationId: GENERAL, serviceUrl: 'http://connector.invalid', kind: 'channel' as const, channelName: `Kanal ${LINK}`, teamName: '_Team_' };
    await state.conversations.upsert(ref, clock.now());
    await state.subscriptions.subscribe(GENERAL, 'alle-ledere', KARI, '2026-11-02', clock.now());
    const wheel = [{ id: 'W1', title: `Hjul ${LINK}`, todo: 'x', measures: [], audience: 'alle-ledere', timing: { kind: 'months' as const, months: [11] } }];
    const notices = new CoordinatorNotices(
      { plan: { wheel, coordinators: [{ aadObjectId: KARI, name: 'Kari' }] }, subscriptions: state.subscriptions, conversations: state.conversations, sender, clock, log: new Logger('test', 'error', () => {}) },
      new RateLimiter(clock, async (ms) => clock.advance(ms)),
    );
    await notices.uncertain(ref, { entryId: 'W1', date: '2026-11-02', kind: 'month', conversationId: GENERAL });
    await notices.channelGone(ref);
    assert.equal(sender.sent.length, 2);
    for (const s of sender.sent) assertNothingRenders('coordinator notice', s.activity);
  });
});
