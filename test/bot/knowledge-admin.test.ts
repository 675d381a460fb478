import assert from 'node:assert/strict';
import { describeRefresh } from '../../src/bot/knowledge-admin';
import { RecordingConnector } from '../support/recording-connector';
import { USERS, personalMessage } from '../support/activities';
import { post, startTestService } from '../support/service';

describe('reloading knowledge from chat', () => {
  let connector: RecordingConnector;
  let ctx: Awaited<ReturnType<typeof startTestService>>;
  beforeEach(async () => {
    connector = new RecordingConnector();
    await connector.start();
    ctx = await startTestService();
  });
  afterEach(async () => {
    await ctx.service.stop();
    await connector.stop();
  });

  it('lets a coordinator reload the documents with "oppdater kunnskap"', async () => {
    await post(ctx.url, personalMessage(connector.url, 'oppdater kunnskap', USERS.kari));
    await connector.waitFor(2);
    assert.match(String(connector.sent[1]?.activity.text), /Kunnskapen er oppdatert: \d+ dokumenter/);
  });

  it('refuses anyone else politely', async () => {
    await post(ctx.url, personalMessage(connector.url, 'oppdater kunnskap', USERS.ola));
    await connector.waitFor(1);
    assert.equal(connector.sent[0]?.activity.text, 'Bare koordinatorer kan oppdatere kunnskapen.');
  });

  it('reports ready on /readyz once the index and database are up', async () => {
    const res = await fetch(`${ctx.url}/readyz`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { checks: Record<string, boolean> };
    assert.deepEqual(body.checks, { database: true, index: true });
  });

  it('names the files that could not be read', () => {
    const text = describeRefresh({ documents: 2, changed: 1, removed: 1, failed: [{ name: 'plan.pdf', reason: 'ødelagt fil' }] });
    assert.equal(text, 'Kunnskapen er oppdatert: 2 dokumenter, 1 nye eller endret, 1 fjernet. Kunne ikke leses og er hoppet over: plan.pdf (ødelagt fil).');
  });
});
