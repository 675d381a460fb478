import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import YAML from 'yaml';
import { outputs } from './bicep-lint';

const ROOT = path.resolve(__dirname, '..', '..');
const text = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const envKeys = (f: string) => Object.keys(parseEnv(text(f)));

interface Step {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
type Project = { version: string } & Record<string, Step[] | string>;

/** Actions of the Agents Toolkit's yml schema (v1.9) that these files may use. */
const ACTIONS = new Set([
  'teamsApp/create', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage',
  'teamsApp/update', 'teamsApp/publishAppPackage', 'aadApp/create', 'aadApp/update', 'botAadApp/create', 'botFramework/create',
  'arm/deploy', 'cli/runNpmCommand', 'azureAppService/zipDeploy', 'file/createOrUpdateEnvironmentFile',
]);
/** Set by the toolkit itself, or asked for interactively when empty. */
const BUILT_IN = new Set(['TEAMSFX_ENV', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'BOT_ENDPOINT']);

describe('Agents Toolkit project files', () => {
  for (const [file, envFile] of [['m365agents.yml', 'env/.env.dev'], ['m365agents.local.yml', 'env/.env.local'], ['m365agents.playground.yml', 'env/.env.playground']] as const) {
    describe(file, () => {
      const project = YAML.parse(text(file)) as Project;
      const steps = Object.entries(project).filter(([, v]) => Array.isArray(v)).flatMap(([, v]) => v as Step[]);

      it('declares a schema version and uses only known actions', () => {
        assert.match(project.version, /^v1\.\d+$/);
        assert.deepEqual(steps.map((s) => s.uses).filter((u) => !ACTIONS.has(u)), []);
      });

      it('refers only to files that exist', () => {
        const paths = steps.flatMap((s) => [s.with?.manifestPath, ...((s.with?.templates as Array<{ path: string; parameters: string }>) ?? []).flatMap((t) => [t.path, t.parameters])]);
        for (const p of paths.filter((x): x is string => typeof x === 'string')) assert.ok(fs.existsSync(path.join(ROOT, p)), p);
      });

      it('uses only variables that the env file, the .user sample, an earlier step or the toolkit provides', () => {
        const known = new Set([...BUILT_IN, ...envKeys(envFile), ...envKeys('env/.env.dev.user.sample')]);
        for (const step of steps) {
          for (const m of JSON.stringify(step.with ?? {}).matchAll(/\$\{\{(\w+)\}\}/g)) assert.ok(known.has(m[1]!), `${step.uses}: ${m[1]}`);
          for (const v of Object.values(step.writeToEnvironmentFile ?? {})) known.add(v);
          // arm/deploy writes the template's outputs into the env file.
          if (step.uses === 'arm/deploy') for (const o of outputs(text('infra/azure.bicep'))) known.add(o);
        }
      });
    });
  }

  it('provisions a single-tenant Entra app and deploys infra/azure.bicep with the app package validated', () => {
    const steps = (YAML.parse(text('m365agents.yml')) as { provision: Step[]; deploy: Step[] });
    const uses = steps.provision.map((s) => s.uses);
    assert.deepEqual(uses, ['teamsApp/create', 'aadApp/create', 'arm/deploy', 'aadApp/update', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update']);
    assert.equal(steps.provision[1]!.with!.signInAudience, 'AzureADMyOrg');
    assert.deepEqual(steps.deploy.map((s) => s.uses), ['cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
  });

  it('infra/azure.parameters.json only uses variables env/.env.dev, its .user sample or provisioning defines', () => {
    const known = new Set([...envKeys('env/.env.dev'), ...envKeys('env/.env.dev.user.sample'), 'BOT_ID', 'TENANT_ID', 'SECRET_BOT_PASSWORD', 'TEAMS_APP_ID']);
    for (const m of text('infra/azure.parameters.json').matchAll(/\$\{\{(\w+)\}\}/g)) assert.ok(known.has(m[1]!), m[1]);
  });
});
