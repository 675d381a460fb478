import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { readManifest, resolvePlaceholders } from '../../src/app-package/manifest';
import { TAB_SCOPE } from '../../src/tab/entra-token';

const ROOT = path.resolve(__dirname, '..', '..');
const devEnv = parseEnv(fs.readFileSync(path.join(ROOT, 'env', '.env.dev'), 'utf8'));

interface TeamsManifest {
  webApplicationInfo: { id: string; resource: string };
  staticTabs: Array<{ entityId: string; contentUrl?: string; scopes: string[] }>;
  configurableTabs: Array<{ configurationUrl: string; scopes: string[] }>;
  validDomains: string[];
}

interface EntraManifest {
  identifierUris: string[];
  oauth2Permissions: Array<{ id: string; value: string; type: string; isEnabled: boolean }>;
  preAuthorizedApplications: Array<{ appId: string; permissionIds: string[] }>;
  requiredResourceAccess: Array<{ resourceAppId: string; resourceAccess: Array<{ id: string; type: string }> }>;
}

const TEAMS_CLIENTS = ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'];

describe('the tab in the app package and the Entra app', () => {
  const teams = readManifest(devEnv) as unknown as TeamsManifest;
  const scopeId = '0b5d6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e';
  const aadText = fs.readFileSync(path.join(ROOT, 'aad.manifest.json'), 'utf8');
  const entra = JSON.parse(resolvePlaceholders(aadText, { ...devEnv, BOT_OBJECT_ID: 'object-id', AAD_APP_ACCESS_AS_USER_PERMISSION_ID: scopeId })) as EntraManifest;

  it('gives Teams the SSO resource api://<BOT_DOMAIN>/<BOT_ID>, the audience the server checks', () => {
    assert.deepEqual(teams.webApplicationInfo, { id: devEnv.BOT_ID, resource: `api://${devEnv.BOT_DOMAIN}/${devEnv.BOT_ID}` });
    assert.ok(teams.validDomains.includes(devEnv.BOT_DOMAIN!));
  });

  it('has a personal tab beside the bot chat, and a configurable tab for channels and group chats', () => {
    assert.deepEqual(teams.staticTabs.map((t) => t.entityId), ['conversations', 'handlingsplan']);
    assert.equal(teams.staticTabs[1]!.contentUrl, `https://${devEnv.BOT_DOMAIN}/tab/#/status`);
    assert.deepEqual(teams.configurableTabs.map((t) => [t.configurationUrl, t.scopes]), [[`https://${devEnv.BOT_DOMAIN}/tab/#/config`, ['team', 'groupChat']]]);
    // The routes the manifest opens exist in the client.
    const client = fs.readFileSync(path.join(ROOT, 'tab', 'src', 'pages.tsx'), 'utf8') + fs.readFileSync(path.join(ROOT, 'tab', 'src', 'App.tsx'), 'utf8');
    for (const route of ['/status', '/config']) assert.ok(client.includes(`'${route}'`), route);
  });

  it('exposes access_as_user at the same URI, pre-authorised for the Teams clients, and keeps the Graph permissions', () => {
    assert.deepEqual(entra.identifierUris, [teams.webApplicationInfo.resource]);
    assert.deepEqual(entra.oauth2Permissions.map((p) => [p.value, p.id, p.type, p.isEnabled]), [[TAB_SCOPE, scopeId, 'User', true]]);
    for (const client of TEAMS_CLIENTS) {
      assert.deepEqual(entra.preAuthorizedApplications.find((a) => a.appId === client)?.permissionIds, [scopeId], client);
    }
    assert.ok(entra.preAuthorizedApplications.every((a) => a.permissionIds.every((id) => id === scopeId)));
    assert.deepEqual(entra.requiredResourceAccess[0]!.resourceAccess.map((r) => r.id).sort(), ['GroupMember.Read.All', 'Sites.Selected', 'User.Read.All']);
  });

  it('uses in aad.manifest.json only what env/.env.dev, aadApp/create or the toolkit provides', () => {
    const provided = new Set([...Object.keys(devEnv), 'BOT_OBJECT_ID', 'AAD_APP_ACCESS_AS_USER_PERMISSION_ID']);
    for (const m of aadText.matchAll(/\$\{\{(\w+)\}\}/g)) assert.ok(provided.has(m[1]!), m[1]);
  });
});
