import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { botFrameworkAuthenticator } from '../../src/server/bot-auth';
import { BotTokenIssuer } from '../support/bot-tokens';

const APP = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

describe('botFrameworkAuthenticator', () => {
  const issuer = new BotTokenIssuer();
  let authenticate: ReturnType<typeof botFrameworkAuthenticator>;
  before(async () => {
    await issuer.start();
    authenticate = botFrameworkAuthenticator(APP, '11111111-2222-3333-4444-555555555555', issuer.cloud);
  });
  after(() => issuer.stop());

  const check = (token: string) => authenticate({ authorization: `Bearer ${token}` }, { serviceUrl: SERVICE_URL });

  it('accepts a token signed by the Bot Framework for this app, with an expiry', async () => {
    assert.equal(await check(issuer.sign(issuer.claims(APP, SERVICE_URL))), true);
  });

  it('refuses a validly signed token without exp, which would be good for ever', async () => {
    const { exp: _never, ...claims } = issuer.claims(APP, SERVICE_URL);
    assert.equal(await check(issuer.sign(claims)), false);
    assert.equal(await check(issuer.sign({ ...claims, exp: 'never' })), false);
  });

  it('refuses an expired token, another app\'s token and a token signed with another key', async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 7200;
    assert.equal(await check(issuer.sign(issuer.claims(APP, SERVICE_URL, hourAgo))), false);
    assert.equal(await check(issuer.sign(issuer.claims('another-app', SERVICE_URL))), false);
    const stranger = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    assert.equal(await check(issuer.sign(issuer.claims(APP, SERVICE_URL), stranger)), false);
    assert.equal(await authenticate({}, { serviceUrl: SERVICE_URL }), false);
  });
});
