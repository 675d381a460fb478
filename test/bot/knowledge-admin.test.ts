import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

describe('"oppdater kunnskap" counts what changed since the last load', () => {
  const sample = path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-knowledge-'));
  for (const f of ['handlingsplan.md', 'handlingsveileder.md']) fs.copyFileSync(path.join(sample, f), path.join(dir, f));
  const bot = botUnderTest({ KNOWLEDGE_DIR: dir });

  async function reload(): Promise<string> {
    bot.connector.clear();
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'oppdater kunnskap', USERS.kari));
    await bot.connector.waitFor(2);
    return String(bot.connector.sent[1]?.activity.text);
  }

  it('reports nothing new when nothing changed, then exactly the files added, edited and removed', async () => {
    assert.equal(await reload(), 'Kunnskapen er oppdatert: 2 dokumenter, 0 nye eller endret, 0 fjernet.');
    fs.writeFileSync(path.join(dir, 'rutine.md'), '# Rutine\n\nNy rutine for samarbeid med barnevernet.');
    fs.appendFileSync(path.join(dir, 'handlingsplan.md'), '\n\nEt nytt avsnitt om evaluering.');
    assert.equal(await reload(), 'Kunnskapen er oppdatert: 3 dokumenter, 2 nye eller endret, 0 fjernet.');
    fs.rmSync(path.join(dir, 'handlingsveileder.md'));
    assert.equal(await reload(), 'Kunnskapen er oppdatert: 2 dokumenter, 0 nye eller endret, 1 fjernet.');
    // Touched but not changed still counts as unchanged.
    fs.utimesSync(path.join(dir, 'rutine.md'), new Date(), new Date(Date.now() + 5000));
    assert.equal(await reload(), 'Kunnskapen er oppdatert: 2 dokumenter, 0 nye eller endret, 0 fjernet.');
  });
});
