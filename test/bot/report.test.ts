import assert from 'node:assert/strict';
import { USERS, cardAction, personalInstall, personalMessage } from '../support/activities';
import { botUnderTest, post } from '../support/service';

type Body = { statusCode?: number; type?: string; value?: unknown };
const text = (v: unknown) => JSON.stringify(v);

describe('status proposals and approvals over the real protocol', () => {
  const bot = botUnderTest();
  beforeEach(async () => {
    await post(bot.ctx.url, personalInstall(bot.connector.url, USERS.kari));
    await post(bot.ctx.url, personalInstall(bot.connector.url, USERS.ola));
    await bot.connector.waitFor(2);
    bot.connector.clear();
  });

  const decisions = () => (bot.ctx.service.db.prepare('SELECT COUNT(*) AS n FROM decisions').get() as { n: number }).n;
  const measure = (id: string) => {
    const row = bot.ctx.service.db.prepare('SELECT data FROM measures WHERE id = ?').get(id) as { data: string };
    return JSON.parse(row.data) as { status: string; approvedBy?: string; updatedBy?: string };
  };

  async function propose(data: Record<string, unknown>, from = USERS.ola) {
    const res = await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.propose', data, from));
    return res.body as Body;
  }

  async function proposalId(): Promise<string> {
    await propose({ measureId: '2.1', status: 'Pågår', comment: 'Starter opp igjen etter ferien' });
    await bot.connector.waitFor(1);
    const approval = bot.connector.sent.find((s) => s.conversationId === 'a:personal-29:kari');
    const id = text(approval?.activity).match(/"proposalId":"([^"]+)"/)?.[1];
    assert.ok(id, 'the coordinator got an approval card');
    bot.connector.clear();
    return id;
  }

  it('shows an owner only the measures of their role on "status"', async () => {
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'status', USERS.ola));
    await bot.connector.waitFor(1);
    const card = text(bot.connector.sent[0]?.activity);
    assert.match(card, /"value":"1\.3"/);
    assert.match(card, /"value":"2\.1"/);
    assert.doesNotMatch(card, /"value":"3\.1"/);
  });

  it('"status 1.2" from an owner of other measures says whose 1.2 is, by name, and who may propose', async () => {
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'status 1.2', USERS.ola));
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'status 9.9', USERS.ola));
    await bot.connector.waitFor(2);
    const [whose, unknown] = bot.connector.sent.map((s) => s.activity);
    assert.equal(whose?.text, 'Tiltak 1.2 «En uke mot vold» er ansvaret til Sofie Larsen (SLT-koordinator). Bare eierne av tiltaket og koordinatorene kan foreslå status for det.');
    assert.equal(whose?.attachments, undefined, 'no form');
    assert.equal(unknown?.text, 'Fant ikke tiltak 9.9.');
  });

  it('sends a proposal to the coordinator and writes it once she approves', async () => {
    const id = await proposalId();
    const res = await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.approve', { proposalId: id }, USERS.kari));
    assert.match(text(res.body), /Godkjent av Kari Nordmann kl\. \d\d:\d\d/);
    assert.equal(measure('2.1').status, 'Pågår');
    assert.equal(measure('2.1').approvedBy, 'Kari Nordmann');
    await bot.connector.waitFor(1);
    const toOla = bot.connector.sent.find((s) => s.conversationId === 'a:personal-29:ola');
    assert.match(String(toOla?.activity.text), /Kari Nordmann godkjente forslaget ditt/);
    assert.equal(decisions(), 1);
  });

  it('tells the proposer why a proposal was rejected', async () => {
    const id = await proposalId();
    const res = await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.reject', { proposalId: id, decisionComment: 'Vent til rapporten er klar' }, USERS.kari));
    assert.match(text(res.body), /Avvist av Kari Nordmann/);
    await bot.connector.waitFor(1);
    const toOla = bot.connector.sent.find((s) => s.conversationId === 'a:personal-29:ola');
    assert.match(String(toOla?.activity.text), /Begrunnelse: Vent til rapporten er klar/);
    assert.equal(measure('2.1').status, 'Fullført');
  });

  it('approving twice writes once, and the second click sees the outcome', async () => {
    const id = await proposalId();
    await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.approve', { proposalId: id }, USERS.kari));
    const again = await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.approve', { proposalId: id }, USERS.kari));
    assert.match(text(again.body), /Godkjent av Kari Nordmann/);
    assert.equal(decisions(), 1);
  });

  it('20 concurrent approve invokes make one decision and one audit record', async () => {
    const id = await proposalId();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => post(bot.ctx.url, cardAction(bot.connector.url, 'measure.approve', { proposalId: id }, USERS.kari))),
    );
    assert.ok(results.every((r) => r.status === 200));
    assert.equal(decisions(), 1);
    const log = bot.ctx.service.db.prepare('SELECT COUNT(*) AS n FROM status_log').get() as { n: number };
    assert.equal(log.n, 1);
  });

  it('refuses a forged approval from a non-coordinator, writes nothing and logs no content', async () => {
    const id = await proposalId();
    const res = await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.approve', { proposalId: id, decisionComment: 'hemmelig' , approvedBy: USERS.kari.aadObjectId }, USERS.ola));
    assert.match(text(res.body), /Bare koordinatorer kan godkjenne/);
    assert.equal(decisions(), 0);
    assert.equal(measure('2.1').status, 'Fullført');
    assert.ok(bot.ctx.lines.some((l) => l.includes('not a coordinator')));
    // Debug level may show raw activities when a developer asks for it; info and above never do.
    assert.ok(bot.ctx.lines.filter((l) => !/ (DEBUG|TRACE) /.test(l)).every((l) => !l.includes('hemmelig')));
  });

  it('answers an unknown measure, a status outside the five and an oversized comment in Norwegian', async () => {
    assert.match(text(await propose({ measureId: '9.9', status: 'Pågår' })), /Fant ikke tiltak 9\.9/);
    assert.match(text(await propose({ measureId: '2.1', status: 'Ferdig' })), /er ikke en gyldig status/);
    assert.match(text(await propose({ measureId: '2.1', status: 'Pågår', comment: 'x'.repeat(501) })), /Kommentaren er for lang/);
    assert.match(text(await propose({ measureId: { $ne: 1 }, status: 'Pågår' })), /ugyldige data/);
    const count = bot.ctx.service.db.prepare('SELECT COUNT(*) AS n FROM proposals').get() as { n: number };
    assert.equal(count.n, 0);
  });

  it('refuses a proposal for a measure the owner is not responsible for', async () => {
    assert.match(text(await propose({ measureId: '3.1', status: 'Pågår' })), /bare foreslå status for tiltak du har ansvar for/);
  });

  it('gives a read-only card to a non-coordinator who refreshes, and buttons to the coordinator', async () => {
    const id = await proposalId();
    const asOla = await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.refresh', { proposalId: id }, USERS.ola));
    assert.doesNotMatch(text(asOla.body), /measure\.approve/);
    const asKari = await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.refresh', { proposalId: id }, USERS.kari));
    assert.match(text(asKari.body), /measure\.approve/);
  });

  it('summarises status per goal, overdue measures and recent decisions on "oversikt"', async () => {
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'oversikt', USERS.per));
    await bot.connector.waitFor(1);
    const card = text(bot.connector.sent[0]?.activity);
    assert.match(card, /Forebygge vold/);
    assert.match(card, /Forfalt og ikke fullført/);
    assert.match(card, /2\.2/);
  });
});
