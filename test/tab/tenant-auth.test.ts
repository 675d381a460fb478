import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ManualClock } from '../../src/common/clock';
import { startTestService, type TestService } from '../support/service';
import { APP_ID_URI, CLIENT_ID, DOMAIN, LocalEntra, OTHER_TENANT, TENANT } from './entra-keys';

const KARI = '00000000-0000-0000-0000-000000000020'; // the sample plan's coordinator
const OLA = '00000000-0000-0000-0000-000000000021'; // owns measures, not a coordinator

/** A valid body for each POST route, so that a coordinator's call can succeed. */
const BODIES: Record<string, unknown> = {
  '/curated': { question: 'Hva er latent vold?', answer: 'Frykten for ny vold.', source: 'Handlingsveileder, «Former for vold»' },
};

async function call(ctx: TestService, method: string, path: string, token?: string, extra: Record<string, string> = {}) {
  const res = await fetch(`${ctx.url}/api/tab${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...extra },
    ...(method === 'POST' ? { body: JSON.stringify(BODIES[path] ?? {}) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('tab API in tenant mode', () => {
  const entra = new LocalEntra();
  let jwks: string;
  let ctx: TestService;
  before(async () => {
    jwks = await entra.start();
  });
  after(() => entra.stop());
  let dataDir: string;
  beforeEach(async () => {
    // A proposed curated answer is saved under DATA_DIR when the plan is not in SharePoint.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tab-auth-'));
    ctx = await startTestService({ CLIENT_ID, CLIENT_SECRET: 's', TENANT_ID: TENANT, HOST: '127.0.0.1', BOT_DOMAIN: DOMAIN, TAB_JWKS_URL: jwks, DATA_DIR: dataDir });
  });
  afterEach(async () => {
    await ctx.service.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Every route the tab registers, so a route added later is held to the same rules. */
  const routes = () => ctx.service.features.tab!.routes;
  const now = () => ctx.clock.now();

  it('answers every call with 200 for a coordinator\'s token signed by the tenant\'s key', async () => {
    const token = await entra.token(now());
    // A tenant without a SharePoint site has nowhere to save a report: the handler ran and said so.
    const expected: Record<string, number> = { 'POST /report': 503 };
    for (const r of routes()) {
      const res = await call(ctx, r.method, r.path, token);
      assert.equal(res.status, expected[`${r.method} ${r.path}`] ?? 200, `${r.method} ${r.path}: ${JSON.stringify(res.body)}`);
    }
    const me = await call(ctx, 'GET', '/me', token);
    assert.deepEqual(me.body, { name: 'Kari Nordmann', coordinator: true, municipality: 'Eksempel kommune', title: 'Handlingsplan mot vold i nære relasjoner', mode: 'tenant' });
  });

  it('accepts a v2 token, whose audience is the client id and whose issuer is the v2 endpoint', async () => {
    const token = await entra.token(now(), { aud: CLIENT_ID, iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, ver: '2.0' });
    assert.equal((await call(ctx, 'GET', '/status', token)).status, 200);
  });

  const bad: Array<[string, () => Promise<string | undefined>]> = [
    ['no token', async () => undefined],
    ['not a JWT', async () => 'not-a-jwt'],
    ['forged (signed by a key the tenant does not publish)', () => entra.token(now(), {}, { forged: true })],
    ['expired an hour ago', () => entra.token(new Date(now().getTime() - 2 * 3600_000))],
    ['without exp', () => entra.token(now(), {}, { noExp: true })],
    ['for another audience', () => entra.token(now(), { aud: `api://${DOMAIN}/00000000-0000-0000-0000-00000000dead` })],
    ['for the Graph audience', () => entra.token(now(), { aud: 'https://graph.microsoft.com' })],
    ['from a non-Entra issuer', () => entra.token(now(), { iss: 'https://evil.example.com/' })],
    ['with an issuer of another tenant', () => entra.token(now(), { iss: `https://sts.windows.net/${OTHER_TENANT}/` })],
    ['from a tenant that is not allowed', () => entra.token(now(), { tid: OTHER_TENANT, iss: `https://sts.windows.net/${OTHER_TENANT}/` })],
    ['without the access_as_user scope', () => entra.token(now(), { scp: 'User.Read' })],
    ['without a user (app-only)', () => entra.token(now(), { oid: undefined, scp: undefined, roles: ['x'] })],
  ];
  for (const [what, make] of bad) {
    it(`answers every call with 401 and a Norwegian message for a token ${what}`, async () => {
      const token = await make();
      for (const r of routes()) {
        // The local-mode header must not stand in for a token.
        const res = await call(ctx, r.method, r.path, token, { 'x-local-user': KARI });
        assert.equal(res.status, 401, `${r.method} ${r.path}`);
        assert.equal(res.body.error, 'Du er ikke logget inn. Åpne Handlingsplan i Teams på nytt.');
      }
    });
  }

  it('gives a valid non-coordinator 200 from the pages everyone sees and 403 from the coordinators\' calls', async () => {
    const token = await entra.token(now(), { oid: OLA, name: 'Ola Hansen' });
    const coordinatorOnly = routes().filter((r) => r.coordinatorOnly);
    assert.ok(coordinatorOnly.some((r) => r.path === '/decisions'), 'the decision log is coordinator-only');
    assert.ok(coordinatorOnly.some((r) => r.path === '/unanswered'), 'the questions without a good answer are coordinator-only');
    for (const r of routes()) {
      const res = await call(ctx, r.method, r.path, token);
      assert.equal(res.status, r.coordinatorOnly ? 403 : 200, `${r.method} ${r.path}`);
      if (r.coordinatorOnly) assert.equal(res.body.error, 'Bare koordinatorer har tilgang til dette.');
    }
    assert.equal((await call(ctx, 'GET', '/me', token)).body.coordinator, false);
  });

  it('answers 503, not 401, when the signing keys cannot be fetched, and logs no token', async () => {
    await ctx.service.stop();
    ctx = await startTestService({ CLIENT_ID, CLIENT_SECRET: 's', TENANT_ID: TENANT, HOST: '127.0.0.1', BOT_DOMAIN: DOMAIN, TAB_JWKS_URL: 'http://127.0.0.1:9/keys' });
    const token = await entra.token(now());
    const res = await call(ctx, 'GET', '/status', token);
    assert.equal(res.status, 503);
    assert.equal(res.body.error, 'Innloggingen kan ikke sjekkes akkurat nå. Prøv igjen om litt.');
    assert.ok(!ctx.lines.some((l) => l.includes(token.slice(-20))));
  });

  it('logs refused tokens as one rate-limited warning without the token', async () => {
    const before = ctx.lines.length;
    const tokens = await Promise.all([1, 2, 3].map(() => entra.token(now(), {}, { forged: true })));
    for (const t of tokens) assert.equal((await call(ctx, 'GET', '/me', t)).status, 401);
    const warnings = ctx.lines.slice(before).filter((l) => / WARN /.test(l));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /tab request refused: no valid token/);
    for (const t of tokens) assert.ok(!ctx.lines.some((l) => l.includes(t.split('.')[2]!)));
    (ctx.clock as ManualClock).advance(61_000);
  });

  it('reads the audience from BOT_DOMAIN: api://<domain>/<client id>', () => {
    assert.equal(APP_ID_URI, `api://${ctx.config.botDomain}/${ctx.config.clientId}`);
  });
});
