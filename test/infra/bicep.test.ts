import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { TABLES } from '../../src/storage/tables';
import { balanced, modules, outputs, params, resources, uses } from './bicep-lint';

const ROOT = path.resolve(__dirname, '..', '..');
const INFRA = path.join(ROOT, 'infra');
const read = (f: string) => fs.readFileSync(path.join(INFRA, f), 'utf8');
const files = ['azure.bicep', ...fs.readdirSync(path.join(INFRA, 'modules')).filter((f) => f.endsWith('.bicep')).map((f) => `modules/${f}`)];
const main = read('azure.bicep');

/** The `properties: { … }` block of the appsettings resource, as KEY → raw value. */
function appSettings(): Map<string, string> {
  const block = /resource appSettings[\s\S]*?properties:\s*\{([\s\S]*?)\n {2}\}/.exec(main)?.[1] ?? '';
  return new Map([...block.matchAll(/^\s*(\w+):\s*(.+)$/gm)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('infra (Bicep, checked without a Bicep compiler)', () => {
  for (const file of files) {
    describe(file, () => {
      const src = read(file);
      it('uses every parameter it declares', () => {
        const unused = params(src).filter((p) => uses(src, p.name) < 1).map((p) => p.name);
        assert.deepEqual(unused, []);
      });
      it('pins an API version on every resource', () => {
        const list = resources(src);
        assert.ok(list.length > 0);
        for (const r of list) assert.match(r.apiVersion ?? '', /^\d{4}-\d{2}-\d{2}(-preview)?$/, `${r.symbol} (${r.type})`);
      });
      it('has balanced brackets', () => assert.ok(balanced(src)));
      it('marks every secret-looking parameter @secure()', () => {
        const plain = params(src).filter((p) => /secret|password|key$/i.test(p.name) && !p.secure).map((p) => p.name);
        assert.deepEqual(plain, []);
      });
      it('writes no secret value in plain text', () => {
        assert.doesNotMatch(src, /(secret|password)\w*\s*:\s*'[^'$@]{8,}'/i);
        assert.doesNotMatch(src, /[A-Za-z0-9_~.-]{3}8Q~[A-Za-z0-9_~.-]{30,}/, 'looks like an Entra client secret');
      });
    });
  }

  it('runs Node 24 LTS on Linux App Service with Always On, HTTPS only and /readyz as health check', () => {
    assert.match(main, /linuxFxVersion:\s*'NODE\|24-lts'/);
    assert.match(main, /healthCheckPath:\s*'\/readyz'/);
    assert.match(main, /alwaysOn:\s*true/);
    assert.match(main, /httpsOnly:\s*true/);
    assert.match(main, /identity:\s*\{\s*type:\s*'SystemAssigned'\s*\}/);
  });

  it('registers a single-tenant Azure Bot with the Teams channel', () => {
    assert.match(main, /msaAppType:\s*'SingleTenant'/);
    assert.match(main, /msaAppTenantId:\s*botTenantId/);
    assert.match(main, /channelName:\s*'MsTeamsChannel'/);
    assert.match(main, /endpoint:\s*'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/);
  });

  it('takes both secrets from Key Vault references, read by the app\'s identity as Key Vault Secrets User', () => {
    const settings = appSettings();
    assert.equal(settings.get('CLIENT_SECRET'), 'vault.outputs.clientSecretReference');
    assert.equal(settings.get('REMINDER_TRIGGER_SECRET'), 'vault.outputs.reminderTriggerSecretReference');
    const kv = read('modules/keyvault.bicep');
    assert.match(kv, /'@Microsoft\.KeyVault\(VaultName=\$\{vault\.name\};SecretName=client-secret\)'/);
    assert.match(kv, /'@Microsoft\.KeyVault\(VaultName=\$\{vault\.name\};SecretName=reminder-trigger-secret\)'/);
    assert.match(kv, /4633458b-17de-408a-b874-0445c86b69e6/, 'Key Vault Secrets User role id');
    assert.match(kv, /enableRbacAuthorization:\s*true/);
    assert.match(main, /readerPrincipalId:\s*webApp\.identity\.principalId/);
  });

  it('has an app setting for every variable in env/.env.dev, and the secrets it only mentions', () => {
    const env = Object.keys(parseEnv(fs.readFileSync(path.join(ROOT, 'env', '.env.dev'), 'utf8')));
    // Toolkit-only settings name Azure resources; they are not app settings.
    const toolkitOnly = new Set(['RESOURCE_SUFFIX']);
    const missing = [...env, 'CLIENT_SECRET', 'REMINDER_TRIGGER_SECRET'].filter((k) => !toolkitOnly.has(k) && !appSettings().has(k));
    assert.deepEqual(missing, []);
    assert.equal(appSettings().get('DATA_DIR'), 'dataDir');
    assert.equal(appSettings().get('NODE_ENV'), "'production'");
  });

  it('keeps no state on the /home share: DATA_DIR is a local per-instance cache', () => {
    assert.match(main, /var dataDir = '\/tmp\/planassistent'/);
    assert.doesNotMatch(main, /'\/home\/data'/);
  });

  it('runs two instances without sticky sessions, sharing their state in Table Storage', () => {
    assert.match(main, /param instanceCount int = 2/);
    assert.match(main, /sku:\s*\{\s*name:\s*webAppSku,\s*capacity:\s*instanceCount\s*\}/);
    assert.match(main, /clientAffinityEnabled:\s*false/);
    assert.doesNotMatch(main, /numberOfWorkers:\s*1/);
    assert.equal(appSettings().get('STATE_STORE'), "'azure-tables'");
    assert.equal(appSettings().get('AZURE_STORAGE_ACCOUNT_URL'), 'storage.properties.primaryEndpoints.table');
    assert.equal(appSettings().get('AZURE_STORAGE_TABLE_PREFIX'), 'stateTablePrefix');
  });

  it('creates every table the app uses, in a storage account that accepts no keys', () => {
    const declared = /var stateTables = \[([^\]]*)\]/.exec(main)?.[1]?.match(/'(\w+)'/g)?.map((t) => t.slice(1, -1));
    assert.deepEqual(declared, [...TABLES]);
    assert.match(main, /name:\s*'\$\{stateTablePrefix\}\$\{t\}'/);
    assert.match(main, /allowSharedKeyAccess:\s*false/);
    assert.match(main, /minimumTlsVersion:\s*'TLS1_2'/);
  });

  it('gives the app\'s managed identity Storage Table Data Contributor, and no storage key reaches the app', () => {
    assert.match(main, /var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'/);
    assert.match(main, /principalId:\s*webApp\.identity\.principalId/);
    assert.match(main, /principalType:\s*'ServicePrincipal'/);
    assert.match(main, /scope:\s*storage\b/);
    assert.doesNotMatch(main, /listKeys|AccountKey|AZURE_STORAGE_CONNECTION_STRING|SharedAccessSignature/);
  });

  it('passes every required module parameter, and only declared ones', () => {
    for (const m of modules(main)) {
      const declared = params(read(m.path));
      const required = declared.filter((p) => !p.hasDefault).map((p) => p.name);
      assert.deepEqual(required.filter((p) => !m.passed.includes(p)), [], `${m.path}: missing`);
      assert.deepEqual(m.passed.filter((p) => !declared.some((d) => d.name === p)), [], `${m.path}: unknown`);
    }
  });

  it('azure.parameters.json gives every required parameter and no unknown one', () => {
    const given = Object.keys(JSON.parse(read('azure.parameters.json')).parameters);
    const declared = params(main);
    assert.deepEqual(declared.filter((p) => !p.hasDefault && !given.includes(p.name)).map((p) => p.name), []);
    assert.deepEqual(given.filter((g) => !declared.some((d) => d.name === g)), []);
  });

  it('outputs what m365agents.yml deploys to', () => {
    const yml = fs.readFileSync(path.join(ROOT, 'm365agents.yml'), 'utf8');
    for (const ref of yml.matchAll(/\$\{\{(BOT_AZURE_\w+)\}\}/g)) assert.ok(outputs(main).includes(ref[1]!), ref[1]);
  });
});

describe('the Bicep checks themselves', () => {
  const bad = [
    "@description('x')",
    'param used string',
    'param unused string = \'a\'',
    'param clientSecret string',
    "resource a 'Microsoft.Web/sites' = {",
    "  name: used // a comment with { brace",
    '}',
    "resource b 'Microsoft.Web/serverfarms@2023-12-01' = {",
    '  name: \'x\'',
  ].join('\n');

  it('find an unused parameter, a missing API version, a plain secret parameter and an unclosed brace', () => {
    assert.deepEqual(params(bad).filter((p) => uses(bad, p.name) < 1).map((p) => p.name), ['unused', 'clientSecret']);
    assert.deepEqual(resources(bad).map((r) => [r.symbol, r.apiVersion]), [['a', undefined], ['b', '2023-12-01']]);
    assert.deepEqual(params(bad).filter((p) => !p.secure).map((p) => p.name), ['used', 'unused', 'clientSecret']);
    assert.equal(balanced(bad), false);
    assert.equal(balanced(bad + '\n}'), true);
  });
});
