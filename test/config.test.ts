import assert from 'node:assert/strict';
import { ConfigError, describeConfig, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('runs in local mode on 127.0.0.1:3978 without credentials', () => {
    const c = loadConfig({});
    assert.equal(c.mode, 'local');
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.port, 3978);
  });

  it('leaves unset settings undefined, not false or empty', () => {
    const c = loadConfig({ CLIENT_ID: '  ' });
    assert.equal(c.clientId, undefined);
    assert.equal(c.clientSecret, undefined);
    assert.equal(c.sharepointSiteId, undefined);
    assert.equal(c.reminderTriggerSecret, undefined);
    assert.equal(c.logLevel, undefined);
  });

  it('switches to tenant mode with credentials and serves its own tenant by default', () => {
    const c = loadConfig({ CLIENT_ID: 'app', CLIENT_SECRET: 's', TENANT_ID: 't1' });
    assert.equal(c.mode, 'tenant');
    assert.equal(c.host, '0.0.0.0');
    assert.deepEqual(c.allowedTenants, ['t1']);
  });

  it('parses lists separated by commas or spaces', () => {
    const c = loadConfig({ ALLOWED_TENANTS: 'a, b c', COORDINATORS: 'x;y' });
    assert.deepEqual(c.allowedTenants, ['a', 'b', 'c']);
    assert.deepEqual(c.coordinators, ['x', 'y']);
  });

  it('honours PORT and refuses a non-number', () => {
    assert.equal(loadConfig({ PORT: '4000' }).port, 4000);
    assert.throws(() => loadConfig({ PORT: 'abc' }), { name: 'ConfigError', message: 'PORT must be a port number, got "abc".' });
  });

  it('refuses a MAX_BODY_BYTES that is not a whole number of bytes, instead of turning the limit off', () => {
    assert.equal(loadConfig({ MAX_BODY_BYTES: '65536' }).maxBodyBytes, 65536);
    for (const bad of ['abc', '-1', '0', '1.5', '12kb', '1e400']) {
      assert.throws(() => loadConfig({ MAX_BODY_BYTES: bad }), {
        name: 'ConfigError',
        message: `MAX_BODY_BYTES must be a whole number of bytes from 1024 to 52428800, got "${bad}".`,
      });
    }
  });

  it('refuses a non-loopback HOST in local mode, where requests are unauthenticated', () => {
    for (const ok of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) assert.equal(loadConfig({ HOST: ok }).host, ok);
    for (const bad of ['0.0.0.0', '::', '10.0.0.5', 'example.org']) {
      assert.throws(() => loadConfig({ HOST: bad }), (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.match(err.message, new RegExp(`^HOST=${bad.replace(/[.]/g, '\\.')} is refused in local mode`));
        assert.match(err.message, /CLIENT_ID/);
        return true;
      });
    }
    assert.equal(loadConfig({ HOST: '0.0.0.0', CLIENT_ID: 'app', CLIENT_SECRET: 's', TENANT_ID: 't' }).host, '0.0.0.0');
  });

  it('refuses to start in production without credentials, saying what to set', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /CLIENT_ID, TENANT_ID and CLIENT_SECRET/);
      return true;
    });
  });

  it('refuses a static Graph token in production', () => {
    const env = { NODE_ENV: 'production', CLIENT_ID: 'a', CLIENT_SECRET: 'b', TENANT_ID: 't', GRAPH_STATIC_TOKEN: 'x' };
    assert.throws(() => loadConfig(env), { name: 'ConfigError', message: 'GRAPH_STATIC_TOKEN is for development only; unset it in production.' });
  });

  it('reads knowledge from the local folder unless told to use SharePoint', () => {
    assert.equal(loadConfig({}).knowledgeSource, 'local');
    assert.throws(() => loadConfig({ KNOWLEDGE_SOURCE: 'sharepoint' }), { name: 'ConfigError', message: 'KNOWLEDGE_SOURCE=sharepoint needs SHAREPOINT_SITE_ID (and SHAREPOINT_KNOWLEDGE_FOLDER).' });
    assert.throws(() => loadConfig({ KNOWLEDGE_SOURCE: 'ftp' }), { name: 'ConfigError', message: 'KNOWLEDGE_SOURCE must be "local" or "sharepoint", got "ftp".' });
  });

  it('describes the config without revealing secrets', () => {
    const described = JSON.stringify(describeConfig(loadConfig({ CLIENT_ID: 'a', CLIENT_SECRET: 'hemmelig', TENANT_ID: 't' })));
    assert.doesNotMatch(described, /hemmelig/);
    assert.match(described, /"clientSecret":"\(set\)"/);
  });

  it('keeps state in SQLite unless told to use Azure Table Storage', () => {
    assert.equal(loadConfig({}).stateStore, 'sqlite');
    const dev = loadConfig({ STATE_STORE: 'azure-tables', AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' });
    assert.deepEqual([dev.stateStore, dev.azureStorageTablePrefix], ['azure-tables', 'planassistent']);
    assert.throws(() => loadConfig({ STATE_STORE: 'redis' }), { name: 'ConfigError', message: 'STATE_STORE must be "sqlite" or "azure-tables", got "redis".' });
    assert.throws(() => loadConfig({ STATE_STORE: 'azure-tables' }), { name: 'ConfigError', message: /needs AZURE_STORAGE_ACCOUNT_URL/ });
    assert.throws(() => loadConfig({ STATE_STORE: 'azure-tables', AZURE_STORAGE_ACCOUNT_URL: 'http://x', AZURE_STORAGE_CONNECTION_STRING: 'y' }), { name: 'ConfigError', message: /not both/ });
    assert.throws(() => loadConfig({ STATE_STORE: 'azure-tables', AZURE_STORAGE_ACCOUNT_URL: 'http://acct.table.core.windows.net' }), { name: 'ConfigError', message: /must look like https:/ });
    assert.throws(() => loadConfig({ STATE_STORE: 'azure-tables', AZURE_STORAGE_CONNECTION_STRING: 'x', AZURE_STORAGE_TABLE_PREFIX: 'plan-assist' }), { name: 'ConfigError', message: /letters and digits/ });
  });

  it('refuses a storage connection string (a key) in production: managed identity only', () => {
    const base = { NODE_ENV: 'production', CLIENT_ID: 'a', CLIENT_SECRET: 'b', TENANT_ID: 't', STATE_STORE: 'azure-tables' };
    assert.throws(() => loadConfig({ ...base, AZURE_STORAGE_CONNECTION_STRING: 'AccountKey=abc' }), { name: 'ConfigError', message: /for development \(Azurite\)/ });
    const prod = loadConfig({ ...base, AZURE_STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net' });
    assert.equal(prod.azureStorageAccountUrl, 'https://acct.table.core.windows.net');
    assert.equal(describeConfig(prod).azureStorage, 'https://acct.table.core.windows.net');
    assert.doesNotMatch(JSON.stringify(describeConfig(loadConfig({ STATE_STORE: 'azure-tables', AZURE_STORAGE_CONNECTION_STRING: 'AccountKey=hemmelig' }))), /hemmelig/);
  });

  it('records questions without a good answer for 90 days unless told otherwise, and refuses a typo', () => {
    const c = loadConfig({});
    assert.equal(c.unansweredLog, true);
    assert.equal(c.unansweredRetentionDays, 90);
    assert.match(c.unansweredWordsFile, /data\/eksempel-kommune\/ikke-navn\.yaml$/);
    assert.equal(loadConfig({ UNANSWERED_LOG: 'off', UNANSWERED_RETENTION_DAYS: '30' }).unansweredLog, false);
    assert.equal(loadConfig({ UNANSWERED_RETENTION_DAYS: '30' }).unansweredRetentionDays, 30);
    assert.throws(() => loadConfig({ UNANSWERED_LOG: 'false' }), { name: 'ConfigError', message: 'UNANSWERED_LOG must be "on" or "off", got "false".' });
    for (const bad of ['0', '366', '90d', '-1', '1.5']) {
      assert.throws(() => loadConfig({ UNANSWERED_RETENTION_DAYS: bad }), { name: 'ConfigError', message: new RegExp(`from 1 to 365, got "${bad.replace('.', '\\.')}"`) });
    }
  });
});
