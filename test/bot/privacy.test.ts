import assert from 'node:assert/strict';
import { USERS, cardAction, personalInstall } from '../support/activities';
import { botUnderTest, post } from '../support/service';

const text = (v: unknown) => JSON.stringify(v);
// A fødselsnummer and a phone number (valid check digits), in the forms staff write them.
const PERSONAL = ['010190-10046', '01.01.90 10046', '478-09-050', '478.09.050', 'ola.hansen@eksempel.kommune.no'];
const RAW = [/10046/, /478.09.050/, /@eksempel/];

describe('personal data in cards, storage and logs', () => {
  const bot = botUnderTest();
  beforeEach(async () => {
    for (const u of [USERS.kari, USERS.ola, USERS.per]) await post(bot.ctx.url, personalInstall(bot.connector.url, u));
    await bot.connector.waitFor(3);
    bot.connector.clear();
  });

  async function propose(comment: string): Promise<string> {
    await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.propose', { measureId: '2.1', status: 'Pågår', comment }, USERS.ola));
    await bot.connector.waitFor(1);
    const approval = bot.connector.sent.find((s) => s.conversationId === 'a:personal-29:kari');
    const id = text(approval?.activity).match(/"proposalId":"([^"]+)"/)?.[1];
    assert.ok(id);
    return id;
  }

  const table = (name: string) => text(bot.ctx.service.db.prepare(`SELECT * FROM ${name}`).all());

  it('masks fødselsnummer, phone numbers and e-mail in every stored row, card and log line', async () => {
    const id = await propose(`Gjelder ${PERSONAL.join(' og ')}`);
    const approval = text(bot.connector.sent);
    bot.connector.clear();
    await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.approve', { proposalId: id, decisionComment: `Ring ${PERSONAL.join(', ')}` }, USERS.kari));
    await bot.connector.waitFor(1);
    for (const where of ['proposals', 'decisions', 'measures', 'status_log', 'outbox']) {
      const rows = table(where);
      for (const raw of RAW) assert.doesNotMatch(rows, raw, `${where} holds ${raw}`);
    }
    assert.match(table('proposals'), /fødselsnummer fjernet.*fødselsnummer fjernet.*telefonnummer fjernet.*telefonnummer fjernet.*e-post fjernet/);
    for (const raw of RAW) {
      assert.doesNotMatch(approval, raw, 'the approval card');
      assert.doesNotMatch(text(bot.connector.sent), raw, 'the message to the proposer');
      assert.doesNotMatch(bot.ctx.lines.join('\n'), raw, 'the log');
    }
  });

  it('never logs an unknown verb from card data, which may hold a name or an e-mail', async () => {
    const res = await post(bot.ctx.url, cardAction(bot.connector.url, 'Kari Nordmann kari.nordmann@eksempel.kommune.no', {}, USERS.kari));
    assert.match(text(res.body), /Denne handlingen kjenner jeg ikke/);
    assert.ok(bot.ctx.lines.some((l) => /unknown card verb/.test(l)));
    // Debug level may show raw activities when a developer asks for it; info and above never do.
    const above = bot.ctx.lines.filter((l) => !/ (DEBUG|TRACE) /.test(l));
    assert.ok(!above.some((l) => /Kari Nordmann|kari\.nordmann|e-post fjernet/.test(l)), 'no part of the verb is logged');
  });

  it('stores feedback only for passage ids of our own form, never card text in their place', async () => {
    const q = 'a'.repeat(64);
    const forged = [['ola.hansen@eksempel.kommune.no#1'], ['Ola Hansen har tlf 47809050#2'], ['x'.repeat(300)], ['handlingsplan.md'], [5]];
    for (const ids of forged) {
      const res = await post(bot.ctx.url, cardAction(bot.connector.url, 'answer.feedback', { verdict: 'up', q, ids }, USERS.per));
      assert.match(text(res.body), /ugyldige data/, text(ids));
    }
    assert.equal(table('answer_feedback'), '[]');
    const ok = await post(bot.ctx.url, cardAction(bot.connector.url, 'answer.feedback', { verdict: 'down', q, ids: ['handlingsveileder.md#12', '01ABCDEFXYZ#3'] }, USERS.per));
    assert.match(text(ok.body), /Takk for tilbakemeldingen/);
    assert.match(table('answer_feedback'), /handlingsveileder\.md#12/);
  });

  it("escapes markdown in an owner's comment on the coordinator's card", async () => {
    await propose('**Viktig** [klikk her](https://example.org/x) _nå_');
    const card = text(bot.connector.sent.find((s) => s.conversationId === 'a:personal-29:kari')?.activity);
    assert.doesNotMatch(card, /\[klikk her\]\(https/);
    assert.match(card, /\\\\\*\\\\\*Viktig\\\\\*\\\\\* \\\\\[klikk her\\\\\]\(https:\/\/example\.org\/x\) \\\\_nå\\\\_/);
  });

  it('shows a proposal on refresh only to its proposer and to coordinators', async () => {
    const id = await propose('Et internt notat');
    const asPer = await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.refresh', { proposalId: id }, USERS.per));
    assert.doesNotMatch(text(asPer.body), /Et internt notat|2\.1/);
    assert.match(text(asPer.body), /Du har ikke tilgang til dette forslaget/);
    const asOla = await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.refresh', { proposalId: id }, USERS.ola));
    assert.match(text(asOla.body), /Et internt notat/);
    assert.doesNotMatch(text(asOla.body), /measure\.approve/);
    const asKari = await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.refresh', { proposalId: id }, USERS.kari));
    assert.match(text(asKari.body), /measure\.approve/);
  });
});
