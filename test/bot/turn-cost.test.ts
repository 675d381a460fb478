import assert from 'node:assert/strict';
import * as ACData from 'adaptivecards-templating';
import sinon from 'sinon';
import { personalMessage } from '../support/activities';
import { botUnderTest, post } from '../support/service';

/** What a plain message turn must not do every time (bench/foundation.ts measures the rest). */
describe('the cost of a message turn', () => {
  const bot = botUnderTest();
  afterEach(() => sinon.restore());
  const changes = () => (bot.ctx.service.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

  const flush = () => bot.ctx.service.state.conversations.flush?.();

  it('writes nothing to SQLite when the conversation is already known as it is', async () => {
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'hjelp'));
    flush();
    const before = changes();
    for (let i = 0; i < 5; i++) await post(bot.ctx.url, personalMessage(bot.connector.url, 'hjelp'));
    await bot.connector.waitFor(6);
    flush();
    assert.equal(changes(), before);
  });

  it('still records a conversation whose reference changed', async () => {
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'hjelp'));
    flush();
    const before = changes();
    // Teams moved the conversation to another serviceUrl: the stored reference must follow.
    const moved = { ...personalMessage(bot.connector.url, 'hjelp'), serviceUrl: `${bot.connector.url}/moved` };
    await post(bot.ctx.url, moved);
    assert.equal((await bot.ctx.service.state.conversations.get(moved.conversation.id))?.serviceUrl, `${bot.connector.url}/moved`);
    assert.equal(changes(), before + 1);
  });

  it('binds the welcome card template once, not on every "hjelp"', async () => {
    const expand = sinon.spy(ACData.Template.prototype, 'expand');
    for (let i = 0; i < 3; i++) await post(bot.ctx.url, personalMessage(bot.connector.url, 'hjelp'));
    await bot.connector.waitFor(3);
    assert.ok(expand.callCount <= 1, `expanded ${expand.callCount} times`);
  });
});
