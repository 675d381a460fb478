import assert from 'node:assert/strict';
import { describeRefresh } from '../../src/bot/knowledge-admin';
import { USERS, personalMessage } from '../support/activities';
import { botUnderTest, post } from '../support/service';

describe('reloading knowledge from chat', () => {
  const bot = botUnderTest();

  it('lets a coordinator reload the documents with "oppdater kunnskap"', async () => {
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'oppdater kunnskap', USERS.kari));
    await bot.connector.waitFor(2);
    assert.match(String(bot.connector.sent[1]?.activity.text), /Kunnskapen er oppdatert: \d+ dokumenter/);
  });

  it('refuses anyone else politely', async () => {
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'oppdater kunnskap', USERS.ola));
    await bot.connector.waitFor(1);
    assert.equal(bot.connector.sent[0]?.activity.text, 'Bare koordinatorer kan oppdatere kunnskapen.');
  });

  it('reports ready on /readyz once the index and database are up', async () => {
    const res = await fetch(`${bot.ctx.url}/readyz`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { checks: Record<string, boolean> };
    assert.deepEqual(body.checks, { database: true, index: true, plan: true });
  });

  it('names the files that could not be read', () => {
    const text = describeRefresh({ documents: 2, changed: 1, removed: 1, failed: [{ name: 'plan.pdf', reason: 'ødelagt fil' }] });
    assert.equal(text, 'Kunnskapen er oppdatert: 2 dokumenter, 1 nye eller endret, 1 fjernet. Kunne ikke leses og er hoppet over: plan.pdf (ødelagt fil).');
  });
});
