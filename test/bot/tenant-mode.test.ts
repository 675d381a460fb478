import assert from 'node:assert/strict';
import { RecordingConnector } from '../support/recording-connector';
import { personalMessage } from '../support/activities';
import { post, startTestService } from '../support/service';

describe('tenant mode', () => {
  it('requires a Bot Framework token: an unsigned activity gets 401 and no reply', async () => {
    const connector = new RecordingConnector();
    await connector.start();
    const ctx = await startTestService({ CLIENT_ID: 'app-id', CLIENT_SECRET: 's', TENANT_ID: 'tenant-a', HOST: '127.0.0.1' });
    try {
      const res = await post(ctx.url, personalMessage(connector.url, 'hjelp'));
      assert.equal(res.status, 401);
      assert.equal(connector.sent.length, 0);
      const health = (await (await fetch(`${ctx.url}/healthz`)).json()) as { mode: string };
      assert.equal(health.mode, 'tenant');
    } finally {
      await ctx.service.stop();
      await connector.stop();
    }
  });
});
