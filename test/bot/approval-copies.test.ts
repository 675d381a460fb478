import assert from 'node:assert/strict';
import { USERS, cardAction, personalInstall, personalMessage } from '../support/activities';
import { botUnderTest, post } from '../support/service';
import type { Recorded } from '../support/recording-connector';

const text = (v: unknown) => JSON.stringify(v);
const KARI_CHAT = 'a:personal-29:kari';

describe('every copy of an approval card shows the decision', () => {
  const bot = botUnderTest();
  let copies: string[];

  /** The approval card copies posted (not updated) to Kari, by the id the connector gave them. */
  const approvalCopies = () =>
    bot.connector.sent.filter((r) => r.id && r.conversationId === KARI_CHAT && /measure\.approve/.test(text(r.activity))).map((r) => r.id!);

  beforeEach(async () => {
    await post(bot.ctx.url, personalInstall(bot.connector.url, USERS.kari));
    await post(bot.ctx.url, personalInstall(bot.connector.url, USERS.ola));
    await bot.connector.waitFor(2);
    await post(bot.ctx.url, cardAction(bot.connector.url, 'measure.propose', { measureId: '2.1', status: 'Pågår' }, USERS.ola));
    // Kari asks for the waiting proposals twice: two more copies in the same chat.
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'forslag', USERS.kari));
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'forslag', USERS.kari));
    copies = approvalCopies();
    assert.equal(copies.length, 3, 'the first copy and two from "forslag"');
  });

  const proposalId = () => text(bot.connector.sent.find((s) => /measure\.approve/.test(text(s.activity)))?.activity).match(/"proposalId":"([^"]+)"/)![1]!;
  const updates = (): Recorded[] => bot.connector.sent.filter((s) => s.updatedId);

  it('approving on a copy from "forslag" updates the first copy and the other "forslag" copy', async () => {
    const clicked = copies[1]!;
    const res = await post(bot.ctx.url, { ...cardAction(bot.connector.url, 'measure.approve', { proposalId: proposalId() }, USERS.kari), replyToId: clicked });
    assert.match(text(res.body), /Godkjent av Kari Nordmann/);
    const updated = updates();
    assert.deepEqual(updated.map((u) => u.updatedId).sort(), [copies[0], copies[2]].sort());
    for (const u of updated) {
      assert.match(text(u.activity), /Godkjent av Kari Nordmann/);
      assert.doesNotMatch(text(u.activity), /measure\.approve/);
    }
  });

  it('approving on the first copy updates both copies "forslag" showed', async () => {
    await post(bot.ctx.url, { ...cardAction(bot.connector.url, 'measure.reject', { proposalId: proposalId() }, USERS.kari), replyToId: copies[0] });
    assert.deepEqual(updates().map((u) => u.updatedId).sort(), [copies[1], copies[2]].sort());
    for (const u of updates()) assert.match(text(u.activity), /Avvist av Kari Nordmann/);
  });
});
