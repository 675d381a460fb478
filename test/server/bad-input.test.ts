import assert from 'node:assert/strict';
import { RecordingConnector } from '../support/recording-connector';
import { cardAction, personalMessage } from '../support/activities';
import { post, startTestService } from '../support/service';

describe('bad input on /api/messages', () => {
  let connector: RecordingConnector;
  let ctx: Awaited<ReturnType<typeof startTestService>>;

  before(async () => {
    connector = new RecordingConnector();
    await connector.start();
    ctx = await startTestService({ MAX_BODY_BYTES: '65536' });
  });
  after(async () => {
    await ctx.service.stop();
    await connector.stop();
  });
  afterEach(async () => {
    // Every case ends by proving the process still serves a normal turn.
    connector.clear();
    const ok = await post(ctx.url, personalMessage(connector.url, 'hjelp'));
    assert.equal(ok.status, 200);
    await connector.waitFor(1);
    connector.clear();
  });

  it('answers malformed JSON with 400 and a Norwegian message', async () => {
    const res = await post(ctx.url, '{"type": "message", ');
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, { error: 'Forespørselen er ikke gyldig JSON.' });
  });

  it('answers an empty object with 400', async () => {
    const res = await post(ctx.url, {});
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, { error: 'Aktiviteten mangler type.' });
  });

  it('answers an empty body with 400', async () => {
    const res = await post(ctx.url, '');
    assert.equal(res.status, 400);
  });

  it('answers a JSON array or string with 400', async () => {
    assert.equal((await post(ctx.url, [1, 2])).status, 400);
    assert.equal((await post(ctx.url, '"message"')).status, 400);
  });

  it('answers a missing conversation with 400', async () => {
    const { conversation: _omit, ...activity } = personalMessage(connector.url, 'hei');
    const res = await post(ctx.url, activity);
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, { error: 'Aktiviteten mangler samtale (conversation.id).' });
  });

  it('answers a missing sender with 400', async () => {
    const { from: _omit, ...activity } = personalMessage(connector.url, 'hei');
    const res = await post(ctx.url, activity);
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, { error: 'Aktiviteten mangler avsender (from.id).' });
  });

  it('answers a missing serviceUrl with 400', async () => {
    const { serviceUrl: _omit, ...activity } = personalMessage(connector.url, 'hei');
    assert.equal((await post(ctx.url, activity)).status, 400);
  });

  it('replies politely to text over 10 000 characters, without echoing it', async () => {
    const res = await post(ctx.url, personalMessage(connector.url, 'x'.repeat(10_001)));
    assert.equal(res.status, 200);
    await connector.waitFor(1);
    assert.equal(connector.sent[0]?.activity.text, 'Meldingen er for lang. Skriv et kort spørsmål, uten personopplysninger.');
    connector.clear();
  });

  it('accepts unknown activity types without replying', async () => {
    const res = await post(ctx.url, { ...personalMessage(connector.url, ''), type: 'somethingNew' });
    assert.equal(res.status, 200);
    assert.equal(connector.sent.length, 0);
  });

  it('answers fields of the wrong type with 400 and a Norwegian message naming the field', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['text', { ...personalMessage(connector.url, 'hei'), text: 123 }],
      ['entities', { ...personalMessage(connector.url, 'hei'), entities: 'x' }],
      ['entities', { ...personalMessage(connector.url, 'hei'), entities: ['x'] }],
      ['attachments', { ...personalMessage(connector.url, 'hei'), attachments: {} }],
      ['channelData', { ...personalMessage(connector.url, 'hei'), channelData: 'x' }],
      ['recipient', { ...personalMessage(connector.url, 'hei'), recipient: 'x' }],
      ['membersAdded', { ...personalMessage(connector.url, ''), type: 'conversationUpdate', membersAdded: 'x' }],
      ['name', { ...cardAction(connector.url, 'x', {}), name: 7 }],
    ];
    for (const [field, activity] of cases) {
      const res = await post(ctx.url, activity);
      assert.equal(res.status, 400, field);
      assert.deepEqual(res.body, { error: `Feltet «${field}» i aktiviteten har feil form.` });
    }
    assert.equal(connector.sent.length, 0);
    assert.ok(!ctx.lines.some((l) => / ERROR /.test(l)), 'nothing logged as an error');
  });

  it('answers a mention the SDK cannot strip with 400, not an empty 500', async () => {
    for (const mention of [{ type: 'mention', text: 5, mentioned: { id: 'x' } }, { type: 'mention' }, { type: 'mention', mentioned: { id: 'x', name: 7 } }]) {
      const res = await post(ctx.url, { ...personalMessage(connector.url, '<at>x</at> hei'), entities: [mention] });
      assert.equal(res.status, 400, JSON.stringify(mention));
      assert.deepEqual(res.body, { error: 'Feltet «entities» i aktiviteten har feil form.' });
    }
  });

  it('answers the sign-in invokes we do not use with a clean 200, without calling out', async () => {
    const before = ctx.lines.length;
    for (const name of ['signin/verifyState', 'signin/tokenExchange', 'signin/failure']) {
      const res = await post(ctx.url, { ...cardAction(connector.url, 'x', {}), name, value: { state: '1', id: '1', token: 'x' } });
      assert.equal(res.status, 200, name);
    }
    const logged = ctx.lines.slice(before);
    assert.ok(!logged.some((l) => / ERROR |botframework/.test(l)), logged.join('\n'));
    assert.equal(connector.sent.length, 0);
  });

  it('answers a message action, compose submit or file consent without a value with 400, not a 500', async () => {
    // The SDK's router reads value.actionName, value.botMessagePreviewAction and value.action.
    for (const name of ['message/submitAction', 'composeExtension/submitAction', 'fileConsent/invoke']) {
      for (const value of [undefined, null, 'x', []]) {
        const activity: Record<string, unknown> = { ...cardAction(connector.url, 'x', {}), name, value };
        if (value === undefined) delete activity.value;
        const res = await post(ctx.url, activity);
        assert.equal(res.status, 400, `${name} ${JSON.stringify(value)}`);
        assert.deepEqual(res.body, { error: 'Feltet «value» i aktiviteten har feil form.' });
      }
      const withValue = await post(ctx.url, { ...cardAction(connector.url, 'x', {}), name, value: {} });
      assert.ok(withValue.status < 500, `${name} {} → ${withValue.status}`);
    }
    assert.ok(!ctx.lines.some((l) => / ERROR /.test(l)), 'nothing logged as an error');
    assert.equal(connector.sent.length, 0);
  });

  it('answers an activity that names two different tenants with 400; the same tenant in any case passes', async () => {
    const base = personalMessage(connector.url, 'hjelp');
    const mixed = { ...base, conversation: { ...base.conversation, tenantId: 'tenant-b' }, channelData: { tenant: { id: 'tenant-a' } } };
    const res = await post(ctx.url, mixed);
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, { error: 'Aktiviteten oppgir to ulike tenanter (conversation.tenantId og channelData.tenant.id).' });
    assert.equal(connector.sent.length, 0);
    const sameTenant = { ...base, conversation: { ...base.conversation, tenantId: base.conversation.tenantId.toUpperCase() } };
    assert.equal((await post(ctx.url, sameTenant)).status, 200);
    await connector.waitFor(1);
    connector.clear();
  });

  it('answers a body that is not application/json with 415', async () => {
    const body = JSON.stringify(personalMessage(connector.url, 'hjelp'));
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const res = await fetch(`${ctx.url}/api/messages`, { method: 'POST', headers: type ? { 'content-type': type } : {}, body: type ? body : new Blob([body]) });
      assert.equal(res.status, 415, `${type}: ${await res.clone().text()}`);
      assert.deepEqual(await res.json(), { error: 'Forespørselen må ha Content-Type: application/json.' });
    }
    const charset = await post(ctx.url, personalMessage(connector.url, 'hjelp'), { 'content-type': 'application/json; charset=utf-8' });
    assert.equal(charset.status, 200);
    await connector.waitFor(1);
    assert.equal(connector.sent.length, 1, 'only the application/json request was processed');
    connector.clear();
  });

  it('answers a body over the size limit with 413', async () => {
    const res = await post(ctx.url, personalMessage(connector.url, 'x'.repeat(70_000)));
    assert.equal(res.status, 413);
    assert.deepEqual(res.body, { error: 'Forespørselen er for stor.' });
  });

  it('answers an unknown card verb with a Norwegian message and no change', async () => {
    const res = await post(ctx.url, cardAction(connector.url, 'measure.delete', { id: '1.1' }));
    assert.equal(res.status, 200);
    assert.match(JSON.stringify(res.body), /Denne handlingen kjenner jeg ikke/);
  });

  it('answers a card action without verb or data with a Norwegian message', async () => {
    const activity = { ...cardAction(connector.url, 'x', {}), value: 'garbage' };
    const res = await post(ctx.url, activity);
    assert.equal(res.status, 200);
    assert.match(JSON.stringify(res.body), /Denne handlingen kjenner jeg ikke/);
  });
});
