import assert from 'node:assert/strict';
import { RecordingConnector } from '../support/recording-connector';
import { personalMessage } from '../support/activities';
import { post, startTestService, type TestService } from '../support/service';

const TENANT_ENV = { CLIENT_ID: 'app-id', CLIENT_SECRET: 's', TENANT_ID: 'tenant-a', HOST: '127.0.0.1' };

describe('tenant mode', () => {
  let connector: RecordingConnector;
  let ctx: TestService;
  beforeEach(async () => {
    connector = new RecordingConnector();
    await connector.start();
    ctx = await startTestService(TENANT_ENV);
  });
  afterEach(async () => {
    await ctx.service.stop();
    await connector.stop();
  });

  it('requires a Bot Framework token: an unsigned activity gets 401 and no reply', async () => {
    const res = await post(ctx.url, personalMessage(connector.url, 'hjelp'));
    assert.equal(res.status, 401);
    assert.equal(connector.sent.length, 0);
    const health = (await (await fetch(`${ctx.url}/healthz`)).json()) as { mode: string };
    assert.equal(health.mode, 'tenant');
  });

  it('authenticates before it looks at the body: malformed or non-JSON requests without a token get 401', async () => {
    assert.equal((await post(ctx.url, {})).status, 401);
    assert.equal((await post(ctx.url, '{"type": ')).status, 401);
    assert.equal((await post(ctx.url, { ...personalMessage(connector.url, 'x'), text: 5 })).status, 401);
    const plain = await fetch(`${ctx.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hei' });
    assert.equal(plain.status, 401);
    const body = (await plain.json()) as { error: string };
    assert.equal(body.error, 'Forespørselen mangler gyldig innlogging.');
  });

  it('logs refused tokens as one warning line, rate-limited, and never as errors', async () => {
    const before = ctx.lines.length;
    for (let i = 0; i < 10; i++) {
      const res = await post(ctx.url, personalMessage(connector.url, 'hjelp'), { authorization: `Bearer not-a-jwt-${i}` });
      assert.equal(res.status, 401);
    }
    assert.equal((await post(ctx.url, personalMessage(connector.url, 'hjelp'))).status, 401);
    const logged = ctx.lines.slice(before);
    assert.deepEqual(logged.filter((l) => / ERROR /.test(l)), []);
    const warnings = logged.filter((l) => / WARN /.test(l));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0] ?? '', /refused a request without a valid token/);
    assert.doesNotMatch(warnings[0] ?? '', /not-a-jwt/);

    // A minute later the next refusal is logged again, with how many were left out.
    (ctx.clock as import('../../src/common/clock').ManualClock).advance(61_000);
    await post(ctx.url, personalMessage(connector.url, 'hjelp'), { authorization: 'Bearer x' });
    const later = ctx.lines.slice(before).filter((l) => / WARN /.test(l));
    assert.equal(later.length, 2);
    assert.match(later[1] ?? '', /10 more since the last line/);
  });
});
