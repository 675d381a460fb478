import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config';

const TENANT = { CLIENT_ID: 'app', TENANT_ID: 'tenant', CLIENT_SECRET: 's' };

describe('tab configuration (BOT_DOMAIN, TAB_JWKS_URL)', () => {
  it('reads Entra\'s common key set by default, and BOT_DOMAIN as the audience\'s host', () => {
    const c = loadConfig({ ...TENANT, BOT_DOMAIN: 'planassistent.example.no' });
    assert.equal(c.tabJwksUrl, 'https://login.microsoftonline.com/common/discovery/v2.0/keys');
    assert.equal(c.botDomain, 'planassistent.example.no');
  });

  it('lets tests serve the keys over http on loopback, outside production only', () => {
    assert.equal(loadConfig({ TAB_JWKS_URL: 'http://127.0.0.1:4000/keys' }).tabJwksUrl, 'http://127.0.0.1:4000/keys');
    assert.throws(() => loadConfig({ ...TENANT, NODE_ENV: 'production', TAB_JWKS_URL: 'http://127.0.0.1:4000/keys' }), { name: 'ConfigError', message: /TAB_JWKS_URL må være en https:\/\/-adresse/ });
  });

  it('refuses keys over plain http from another host, and an address that is not a URL', () => {
    assert.throws(() => loadConfig({ TAB_JWKS_URL: 'http://keys.example.com/keys' }), { name: 'ConfigError', message: /TAB_JWKS_URL/ });
    assert.throws(() => loadConfig({ TAB_JWKS_URL: 'nøkler' }), { name: 'ConfigError', message: /TAB_JWKS_URL/ });
  });

  it('refuses a BOT_DOMAIN written as a URL: the audience would never match', () => {
    assert.throws(() => loadConfig({ ...TENANT, BOT_DOMAIN: 'https://planassistent.example.no/' }), { name: 'ConfigError', message: /^BOT_DOMAIN må være et vertsnavn uten https:\/\/, men er .*planassistent\.example\.no/ });
  });
});
