import assert from 'node:assert/strict';
import { ConfigError, describeConfig, loadConfig } from '../src/config';

const KARI = '00000000-0000-0000-0000-000000000020';
const OLA = '00000000-0000-0000-0000-000000000021';
const AZURITE = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;TableEndpoint=http://127.0.0.1:10012/devstoreaccount1';

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
    const c = loadConfig({ ALLOWED_TENANTS: 'a, b c', COORDINATORS: `${KARI};${OLA}` });
    assert.deepEqual(c.allowedTenants, ['a', 'b', 'c']);
    assert.deepEqual(c.coordinators, [KARI, OLA]);
  });

  it('honours PORT and refuses anything but a decimal port from 1 to 65535', () => {
    assert.equal(loadConfig({ PORT: '4000' }).port, 4000);
    assert.equal(loadConfig({ PORT: '65535' }).port, 65535);
    for (const bad of ['abc', '0x10a0', '0', '65536', '1e3', '-1', '80.5', '0b1']) {
      assert.throws(() => loadConfig({ PORT: bad }), { name: 'ConfigError', message: `PORT må være et portnummer fra 1 til 65535, skrevet med sifre, men er "${bad}".` });
    }
  });

  it('refuses a MAX_BODY_BYTES that is not a whole number of bytes, instead of turning the limit off', () => {
    assert.equal(loadConfig({ MAX_BODY_BYTES: '65536' }).maxBodyBytes, 65536);
    for (const bad of ['abc', '-1', '0', '1.5', '12kb', '1e400']) {
      assert.throws(() => loadConfig({ MAX_BODY_BYTES: bad }), {
        name: 'ConfigError',
        message: `MAX_BODY_BYTES må være et helt antall byte fra 1024 til 52428800, skrevet med sifre, men er "${bad}".`,
      });
    }
  });

  it('refuses a non-loopback HOST in local mode, where requests are unauthenticated', () => {
    for (const ok of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) assert.equal(loadConfig({ HOST: ok }).host, ok);
    for (const bad of ['0.0.0.0', '::', '10.0.0.5', 'example.org']) {
      assert.throws(() => loadConfig({ HOST: bad }), (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.match(err.message, new RegExp(`^HOST=${bad.replace(/[.]/g, '\\.')} avvises i lokal modus`));
        assert.match(err.message, /CLIENT_ID/);
        return true;
      });
    }
    assert.equal(loadConfig({ HOST: '0.0.0.0', CLIENT_ID: 'app', CLIENT_SECRET: 's', TENANT_ID: 't' }).host, '0.0.0.0');
  });

  it('refuses to start in production without credentials, saying what to set', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /CLIENT_ID, TENANT_ID og CLIENT_SECRET/);
      return true;
    });
  });

  it('refuses a static Graph token in production', () => {
    const env = { NODE_ENV: 'production', CLIENT_ID: 'a', CLIENT_SECRET: 'b', TENANT_ID: 't', GRAPH_STATIC_TOKEN: 'x' };
    assert.throws(() => loadConfig(env), { name: 'ConfigError', message: 'GRAPH_STATIC_TOKEN er bare for utvikling; fjern den i produksjon.' });
  });

  it('reads knowledge from the local folder unless told to use SharePoint', () => {
    assert.equal(loadConfig({}).knowledgeSource, 'local');
    assert.throws(() => loadConfig({ KNOWLEDGE_SOURCE: 'sharepoint' }), { name: 'ConfigError', message: 'KNOWLEDGE_SOURCE=sharepoint krever SHAREPOINT_SITE_ID (og SHAREPOINT_KNOWLEDGE_FOLDER).' });
    assert.throws(() => loadConfig({ KNOWLEDGE_SOURCE: 'ftp' }), { name: 'ConfigError', message: 'KNOWLEDGE_SOURCE må være "local" eller "sharepoint", men er "ftp".' });
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
    assert.throws(() => loadConfig({ STATE_STORE: 'redis' }), { name: 'ConfigError', message: 'STATE_STORE må være "sqlite" eller "azure-tables", men er "redis".' });
    assert.throws(() => loadConfig({ STATE_STORE: 'azure-tables' }), { name: 'ConfigError', message: /krever enten AZURE_STORAGE_ACCOUNT_URL/ });
    assert.throws(() => loadConfig({ STATE_STORE: 'azure-tables', AZURE_STORAGE_ACCOUNT_URL: 'http://x', AZURE_STORAGE_CONNECTION_STRING: 'y' }), { name: 'ConfigError', message: /ikke begge/ });
    assert.throws(() => loadConfig({ STATE_STORE: 'azure-tables', AZURE_STORAGE_ACCOUNT_URL: 'http://acct.table.core.windows.net' }), { name: 'ConfigError', message: /må se ut som https:/ });
    assert.throws(() => loadConfig({ STATE_STORE: 'azure-tables', AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', AZURE_STORAGE_TABLE_PREFIX: 'plan-assist' }), { name: 'ConfigError', message: /bokstaver og sifre/ });
  });

  it('refuses a storage connection string (a key) in production: managed identity only', () => {
    const base = { NODE_ENV: 'production', CLIENT_ID: 'a', CLIENT_SECRET: 'b', TENANT_ID: 't', STATE_STORE: 'azure-tables' };
    assert.throws(() => loadConfig({ ...base, AZURE_STORAGE_CONNECTION_STRING: 'AccountKey=abc' }), { name: 'ConfigError', message: /for utvikling \(Azurite\)/ });
    const prod = loadConfig({ ...base, AZURE_STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net' });
    assert.equal(prod.azureStorageAccountUrl, 'https://acct.table.core.windows.net');
    assert.equal(describeConfig(prod).azureStorage, 'https://acct.table.core.windows.net');
    assert.doesNotMatch(JSON.stringify(describeConfig(loadConfig({ STATE_STORE: 'azure-tables', AZURE_STORAGE_CONNECTION_STRING: `${AZURITE};AccountKey=aGVtbWVsaWc=` }))), /aGVtbWVsaWc/);
  });
  describe('settings that were accepted without complaint', () => {
    const TENANT = { CLIENT_ID: 'app', CLIENT_SECRET: 's', TENANT_ID: 't' };
    const refused = (env: Record<string, string>, message: RegExp) =>
      assert.throws(() => loadConfig(env), (err: unknown) => {
        assert.ok(err instanceof ConfigError, String(err));
        assert.match(err.message, message);
        return true;
      });

    it('reads NODE_ENV case-insensitively: Production is production', () => {
      for (const value of ['Production', 'PRODUCTION', ' production ']) {
        refused({ NODE_ENV: value }, /^NODE_ENV=production krever legitimasjon/);
        assert.equal(loadConfig({ ...TENANT, NODE_ENV: value }).production, true);
      }
      assert.equal(loadConfig({ NODE_ENV: 'development' }).production, false);
    });

    it('refuses CLIENT_ID and CLIENT_SECRET without TENANT_ID, instead of running unauthenticated', () => {
      refused({ CLIENT_ID: 'app', CLIENT_SECRET: 's' }, /^CLIENT_ID og CLIENT_SECRET er satt, men ikke TENANT_ID\./);
      refused({ CLIENT_SECRET: 's' }, /^CLIENT_SECRET er satt, men ikke CLIENT_ID og TENANT_ID\./);
      refused({ TENANT_ID: 't' }, /^TENANT_ID er satt, men ikke CLIENT_ID\./);
      assert.equal(loadConfig(TENANT).mode, 'tenant');
    });

    it('refuses a reminder trigger secret under 16 characters in production, without showing it', () => {
      const prod = { ...TENANT, NODE_ENV: 'production' };
      refused({ ...prod, REMINDER_TRIGGER_SECRET: 'a' }, /^REMINDER_TRIGGER_SECRET må ha minst 16 tegn i produksjon, men har 1\./);
      assert.throws(() => loadConfig({ ...prod, REMINDER_TRIGGER_SECRET: 'hemmelig-kort' }), (err: Error) => !err.message.includes('hemmelig-kort'));
      assert.equal(loadConfig({ ...prod, REMINDER_TRIGGER_SECRET: 'x'.repeat(16) }).reminderTriggerSecret, 'x'.repeat(16));
      assert.equal(loadConfig({ REMINDER_TRIGGER_SECRET: 'lokal' }).reminderTriggerSecret, 'lokal', 'short is fine on a laptop');
    });

    it('refuses an unknown LOG_LEVEL instead of quietly logging at info', () => {
      refused({ LOG_LEVEL: 'verbose' }, /^LOG_LEVEL må være error, warn, info, debug eller trace, men er "verbose"\.$/);
      assert.equal(loadConfig({ LOG_LEVEL: 'DEBUG' }).logLevel, 'debug');
    });

    it('refuses ALLOWED_TENANTS=*, which is not "every tenant"', () => {
      refused({ ...TENANT, ALLOWED_TENANTS: '*' }, /^ALLOWED_TENANTS tar ikke jokertegn/);
      refused({ ...TENANT, ALLOWED_TENANTS: 't, *' }, /^ALLOWED_TENANTS tar ikke jokertegn/);
    });

    it('refuses a coordinator that is not an Entra object id, without showing the value', () => {
      refused({ COORDINATORS: 'kari' }, /^COORDINATORS må være Entra-objekt-ID-er \(GUID.*verdi nr\. 1 av 1 er ikke det/);
      refused({ COORDINATORS: `${KARI}, kari@eksempel.no` }, /verdi nr\. 2 av 2/);
      assert.throws(() => loadConfig({ COORDINATORS: 'kari@eksempel.no' }), (err: Error) => !err.message.includes('kari@'));
      assert.deepEqual(loadConfig({ COORDINATORS: KARI.toUpperCase() }).coordinators, [KARI.toUpperCase()]);
    });

    it('refuses a storage connection string it cannot read, with a clear message and without showing it', () => {
      const tables = { STATE_STORE: 'azure-tables' };
      refused({ ...tables, AZURE_STORAGE_CONNECTION_STRING: 'garbage' }, /^AZURE_STORAGE_CONNECTION_STRING kan ikke leses: den har ikke formen navn=verdi;navn=verdi\. For Azurite på standardporten/);
      refused({ ...tables, AZURE_STORAGE_CONNECTION_STRING: 'AccountName=x;AccountKey=aGVtbWVsaWc=' }, /^AZURE_STORAGE_CONNECTION_STRING kan ikke leses: TableEndpoint mangler eller er ugyldig\./);
      assert.throws(() => loadConfig({ ...tables, AZURE_STORAGE_CONNECTION_STRING: 'AccountName=x;AccountKey=aGVtbWVsaWc=' }), (err: Error) => !err.message.includes('aGVtbWVsaWc'));
      for (const ok of ['UseDevelopmentStorage=true', `${AZURITE};AccountKey=aGVtbWVsaWc=`]) {
        assert.equal(loadConfig({ ...tables, AZURE_STORAGE_CONNECTION_STRING: ok }).azureStorageConnectionString, ok);
      }
    });

    it('refuses a PLAN_POLL_SECONDS that is not whole seconds from 1 to 300', () => {
      assert.equal(loadConfig({ PLAN_POLL_SECONDS: '2' }).planPollSeconds, 2);
      for (const bad of ['0x10', '301', '0', 'often']) refused({ PLAN_POLL_SECONDS: bad }, /^PLAN_POLL_SECONDS må være et antall sekunder fra 1 til 300/);
    });

    it('shows a refused value with its line breaks escaped', () => {
      refused({ LOG_LEVEL: 'info\nFORGED' }, /men er "info\\nFORGED"\.$/);
    });
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
