import assert from 'node:assert/strict';
import { planDecision } from '../../../src/measures/decision';
import { USERS, cardAction, personalInstall } from '../../support/activities';
import { botUnderTest, post } from '../../support/service';

const text = (v: unknown) => JSON.stringify(v);
const OLA_CHAT = 'a:personal-29:ola';
const KARI_CHAT = 'a:personal-29:kari';

/** The proposer's own card, and a decision whose messages a crash cut short, over the real protocol. */
describe("the proposer's receipt and a re-click after a crash", () => {
  const bot = botUnderTest();

  beforeEach(async () => {
    await post(bot.ctx.url, personalInstall(bot.connector.url, USERS.kari));
    await post(bot.ctx.url, personalInstall(bot.connector.url, USERS.ola));
    await bot.connector.waitFor(2);
    // Ola sends the status form that sits in message "form-1" of his chat: it becomes his receipt.
    const res = await post(bot.ctx.url, { ...cardAction(bot.connector.url, 'measure.propose', { measureId: '2.1', status: 'Pågår' }, USERS.ola), replyToId: 'form-1' });
    assert.match(text(res.body), /Venter på godkjenning fra koordinator/);
    bot.connector.clear();
  });

  const proposalId = async () => (await bot.ctx.service.state.decisions.pendingProposals())[0]!.id;

  it("after a decision the proposer's receipt card shows it, no longer waiting", async () => {
    const id = await proposalId();
    await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.approve', { proposalId: id }, USERS.kari));
    const receipt = bot.connector.sent.find((s) => s.conversationId === OLA_CHAT && s.updatedId === 'form-1');
    assert.ok(receipt, 'the receipt was updated');
    assert.match(text(receipt.activity), /Godkjent av Kari Nordmann/);
    assert.doesNotMatch(text(receipt.activity), /Venter på godkjenning/);
  });

  it('a re-click on a proposal decided just before a crash tells the proposer and updates the copies', async () => {
    // The decision is committed and then the process dies: no message was sent.
    const ledger = bot.ctx.service.state.decisions;
    const p = (await ledger.proposal(await proposalId()))!;
    const { decision, payload } = planDecision(p, { approve: true, decider: { aadObjectId: USERS.kari.aadObjectId, name: USERS.kari.name } }, bot.ctx.clock.now(), 'd-crash');
    assert.equal(await ledger.decide(decision, payload, bot.ctx.clock.now().toISOString()), true);

    const firstCopy = bot.connector.sent.length; // nothing yet
    const res = await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.approve', { proposalId: p.id }, USERS.kari));
    assert.match(text(res.body), /Godkjent av Kari Nordmann/);
    await bot.connector.waitFor(firstCopy + 2);
    const toOla = bot.connector.sent.filter((s) => s.conversationId === OLA_CHAT && !s.updatedId);
    assert.equal(toOla.length, 1);
    assert.match(String(toOla[0]!.activity.text), /Kari Nordmann godkjente forslaget ditt/);
    assert.ok(bot.connector.sent.some((s) => s.updatedId === 'form-1'), 'the receipt shows the decision');
    assert.ok(bot.connector.sent.some((s) => s.conversationId === KARI_CHAT && s.updatedId), "the coordinator's copy shows it");

    // A third click finds nothing owed.
    const before = bot.connector.sent.length;
    await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.approve', { proposalId: p.id }, USERS.kari));
    assert.equal(bot.connector.sent.length, before);
  });
});
