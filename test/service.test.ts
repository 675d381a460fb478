import assert from 'node:assert/strict';
import { USERS, channelMention } from './support/activities';
import { sharedAzurite, uniquePrefix } from './support/azurite';
import { RecordingConnector } from './support/recording-connector';
import { post, startTestService, type TestService } from './support/service';

describe('the service with STATE_STORE=azure-tables', function () {
  this.timeout(20_000);
  let connector: RecordingConnector;
  const running: TestService[] = [];
  let env: Record<string, string>;

  beforeEach(async () => {
    connector = new RecordingConnector();
    await connector.start();
    env = { STATE_STORE: 'azure-tables', AZURE_STORAGE_CONNECTION_STRING: (await sharedAzurite()).connectionString, AZURE_STORAGE_TABLE_PREFIX: uniquePrefix() };
  });
  afterEach(async () => {
    for (const s of running.splice(0)) await s.service.stop();
    await connector.stop();
  });

  async function start(): Promise<TestService> {
    const s = await startTestService(env);
    running.push(s);
    return s;
  }

  it('checks Table Storage in /readyz', async () => {
    const { url, service } = await start();
    assert.equal(service.state.kind, 'azure-tables');
    const res = await fetch(`${url}/readyz`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { checks: Record<string, boolean> }).checks.state, true);
  });

  it('a subscription made through one instance is seen by another', async () => {
    const a = await start();
    const b = await start();
    await post(a.url, channelMention(connector.url, 'abonner alle-ledere', USERS.kari));
    await connector.waitFor(1);
    await post(b.url, channelMention(connector.url, 'abonnement', USERS.per));
    await connector.waitFor(2);
    assert.match(String(connector.sent[1]?.activity.text), /påminnelser for: alle-ledere/);
  });
});
