import assert from 'node:assert/strict';
import { GraphEmulator } from '../graph-emulator';
import { createGraphClient, graphOptionsFromEnv } from '../../src/sharepoint/graph-client';

describe('createGraphClient', () => {
  it('refuses a static token in production, saying what to set', () => {
    assert.throws(() => createGraphClient({ production: true, staticToken: 't' }), {
      name: 'GraphConfigError',
      message: 'GRAPH_STATIC_TOKEN is for development only and is refused in production. Set CLIENT_ID, CLIENT_SECRET and TENANT_ID.',
    });
  });

  it('names the missing credentials', () => {
    assert.throws(() => createGraphClient({ production: false, clientId: 'c' }), {
      name: 'GraphConfigError',
      message: 'Graph credentials missing: set CLIENT_SECRET, TENANT_ID (or GRAPH_STATIC_TOKEN outside production).',
    });
  });

  it('refuses plain http in production', () => {
    assert.throws(() => createGraphClient({ production: true, baseUrl: 'http://127.0.0.1:1/v1.0', clientId: 'a', clientSecret: 'b', tenantId: 'c' }), {
      name: 'GraphConfigError',
      message: 'GRAPH_BASE_URL must use https in production.',
    });
  });

  it('builds an MSAL client-credentials client without calling the network', () => {
    const g = createGraphClient({ production: true, clientId: 'a', clientSecret: 'b', tenantId: 'c' });
    assert.equal(g.baseUrl, 'https://graph.microsoft.com/v1.0');
  });

  it('reads env, leaving unset settings undefined', () => {
    assert.deepEqual(graphOptionsFromEnv({ GRAPH_BASE_URL: 'http://x/v1.0', CLIENT_ID: '' }, false), { production: false, baseUrl: 'http://x/v1.0' });
  });

  it('sends every request to GRAPH_BASE_URL with the Bearer token, and never follows a foreign link', async () => {
    const emulator = await GraphEmulator.start();
    try {
      const g = createGraphClient({ production: false, baseUrl: emulator.baseUrl + '/', staticToken: emulator.token });
      await g.client.api('/sites/s/lists').get();
      assert.deepEqual(emulator.requests.map((r) => [r.method, r.path, r.status]), [['GET', '/sites/s/lists', 200]]);
      assert.equal(g.relativePath(`${emulator.baseUrl}/sites/s/lists?$skiptoken=5`), '/sites/s/lists?$skiptoken=5');
      assert.throws(() => g.relativePath('https://evil.example/v1.0/sites'), { name: 'GraphConfigError' });
    } finally {
      await emulator.close();
    }
  });
});
