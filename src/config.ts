import path from 'node:path';
import type { LogLevel } from '@microsoft/teams.common';
import {
  ConfigError, checkStorageConnectionString, credentials, isProduction, logLevel, objectIds, shown, tenantList, text,
  triggerSecret, wholeNumber, type Env,
} from './config-values';

/** Local: no credentials, 127.0.0.1, unauthenticated. Tenant: JWT-validated, allowed tenants only. */
export type Mode = 'local' | 'tenant';

/**
 * Everything the process reads from its environment, parsed once.
 * Unset settings stay `undefined`; defaults are applied here and nowhere else.
 */
export interface Config {
  mode: Mode;
  production: boolean;
  host: string;
  port: number;
  logLevel: LogLevel | undefined;
  knowledgeDir: string;
  planFile: string;
  dataDir: string;
  clientId: string | undefined;
  clientSecret: string | undefined;
  tenantId: string | undefined;
  allowedTenants: string[];
  /** aadObjectIds that may approve, in addition to the plan file's coordinators. */
  coordinators: string[];
  graphBaseUrl: string;
  graphStaticToken: string | undefined;
  sharepointSiteId: string | undefined;
  sharepointMeasuresList: string | undefined;
  reminderTriggerSecret: string | undefined;
  /** Where documents come from: the KNOWLEDGE_DIR folder, or a SharePoint library. */
  knowledgeSource: 'local' | 'sharepoint';
  sharepointDriveId: string | undefined;
  sharepointKnowledgeFolder: string | undefined;
  /** Cron expression (Europe/Oslo) for re-reading a SharePoint library. */
  knowledgeSyncCron: string;
  /** Largest request body accepted on /api/messages, in bytes. */
  maxBodyBytes: number;
  /** Where the plan lives: PLAN_FILE, or the SharePoint lists (the default in tenant mode with a site). */
  planSource: 'file' | 'sharepoint';
  /** How often the plan is re-read while the bot runs, in seconds (PLAN_POLL_SECONDS). */
  planPollSeconds: number;
  /** Entra group whose members are coordinators, with the lists as the plan. */
  coordinatorsGroupId: string | undefined;
  sharepointGoalsList: string | undefined;
  sharepointWheelList: string | undefined;
  /** Where state lives: the one SQLite file (embedded default), or Azure Table Storage shared by instances. */
  stateStore: 'sqlite' | 'azure-tables';
  /** Development (Azurite) only: refused with NODE_ENV=production, which uses the account URL and managed identity. */
  azureStorageConnectionString: string | undefined;
  /** e.g. https://<account>.table.core.windows.net, reached with the app's managed identity. */
  azureStorageAccountUrl: string | undefined;
  /** A user-assigned managed identity's client id; unset means the system-assigned identity. */
  managedIdentityClientId: string | undefined;
  /** Prefix of every table name. */
  azureStorageTablePrefix: string;
  /** The app's public host name (BOT_DOMAIN); the tab's token audience is api://<domain>/<client id>. */
  botDomain: string | undefined;
  /** Where the tab reads Entra's token signing keys (TAB_JWKS_URL); tests serve their own. */
  tabJwksUrl: string;
  /** Questions without a good answer are recorded (masked, without the asker) unless UNANSWERED_LOG=off. */
  unansweredLog: boolean;
  /** Days after a question group was last seen before it is deleted (UNANSWERED_RETENTION_DAYS). */
  unansweredRetentionDays: number;
  /** Capitalised words that are not names (UNANSWERED_WORDS_FILE). */
  unansweredWordsFile: string;
  /** The Teams app's id (TEAMS_APP_ID), for deep links to the tab from cards. */
  teamsAppId: string | undefined;
}

export { ConfigError, isProduction } from './config-values';

const DEFAULT_SAMPLE_DIR = path.resolve(__dirname, '..', 'data', 'eksempel-kommune');

const MIN_BODY_BYTES = 1024;
const MAX_BODY_BYTES = 50 * 1024 * 1024;

/** Loopback only: 127.0.0.0/8, ::1 or localhost. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The address to bind. Local mode accepts unauthenticated requests, so it must never listen
 * beyond this machine; tenant mode validates every request and may bind anywhere.
 */
function host(env: Env, mode: Mode): string {
  const raw = text(env, 'HOST');
  if (raw === undefined) return mode === 'local' ? '127.0.0.1' : '0.0.0.0';
  if (mode === 'local' && !isLoopback(raw)) {
    throw new ConfigError(
      `HOST=${raw} avvises i lokal modus: uten CLIENT_ID og TENANT_ID blir forespørsler ikke autentisert, ` +
        'så boten lytter bare på loopback (127.0.0.1, ::1 eller localhost). Sett CLIENT_ID, CLIENT_SECRET og TENANT_ID for tenant-modus, eller fjern HOST.',
    );
  }
  return raw;
}

/** Parses the environment into a Config, or throws ConfigError with what to fix. */
export function loadConfig(env: Env = process.env): Config {
  const { clientId, clientSecret, tenantId } = credentials(env);
  const production = isProduction(env);
  const mode: Mode = clientId && tenantId ? 'tenant' : 'local';

  if (production && mode === 'local') {
    throw new ConfigError(
      'NODE_ENV=production krever legitimasjon: sett CLIENT_ID, TENANT_ID og CLIENT_SECRET ' +
        '(eller MANAGED_IDENTITY_CLIENT_ID), og ALLOWED_TENANTS. Starter ikke uten dem.',
    );
  }
  const graphStaticToken = text(env, 'GRAPH_STATIC_TOKEN');
  if (production && graphStaticToken) {
    throw new ConfigError('GRAPH_STATIC_TOKEN er bare for utvikling; fjern den i produksjon.');
  }
  const knowledgeSource = oneOf(env, 'KNOWLEDGE_SOURCE', ['local', 'sharepoint'], 'local');
  if (knowledgeSource === 'sharepoint' && !text(env, 'SHAREPOINT_SITE_ID')) {
    throw new ConfigError('KNOWLEDGE_SOURCE=sharepoint krever SHAREPOINT_SITE_ID (og SHAREPOINT_KNOWLEDGE_FOLDER).');
  }
  const allowedTenants = tenantList(env);
  if (mode === 'tenant' && allowedTenants.length === 0 && tenantId) allowedTenants.push(tenantId);

  const planSource = oneOf(env, 'PLAN_SOURCE', ['file', 'sharepoint'], mode === 'tenant' && text(env, 'SHAREPOINT_SITE_ID') ? 'sharepoint' : 'file');
  if (planSource === 'sharepoint' && !text(env, 'SHAREPOINT_SITE_ID')) throw new ConfigError('PLAN_SOURCE=sharepoint krever SHAREPOINT_SITE_ID.');
  // The plan must show a change within 5 minutes; a faster poll is fine, a slower one is not.
  const poll = wholeNumber(env, 'PLAN_POLL_SECONDS', 1, 300, 'et antall sekunder') ?? 120;
  const state = stateStore(env, production);

  const dataDir = path.resolve(text(env, 'DATA_DIR') ?? path.join(DEFAULT_SAMPLE_DIR, '..', 'runtime'));
  return {
    mode,
    production,
    host: host(env, mode),
    port: wholeNumber(env, 'PORT', 1, 65535, 'et portnummer') ?? 3978,
    logLevel: logLevel(env),
    knowledgeDir: path.resolve(text(env, 'KNOWLEDGE_DIR') ?? DEFAULT_SAMPLE_DIR),
    planFile: path.resolve(text(env, 'PLAN_FILE') ?? path.join(DEFAULT_SAMPLE_DIR, 'plan.yaml')),
    dataDir,
    clientId,
    clientSecret,
    tenantId,
    allowedTenants,
    coordinators: objectIds(env, 'COORDINATORS'),
    graphBaseUrl: (text(env, 'GRAPH_BASE_URL') ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, ''),
    graphStaticToken,
    sharepointSiteId: text(env, 'SHAREPOINT_SITE_ID'),
    sharepointMeasuresList: text(env, 'SHAREPOINT_MEASURES_LIST'),
    reminderTriggerSecret: triggerSecret(env, production),
    knowledgeSource,
    sharepointDriveId: text(env, 'SHAREPOINT_DRIVE_ID'),
    sharepointKnowledgeFolder: text(env, 'SHAREPOINT_KNOWLEDGE_FOLDER'),
    knowledgeSyncCron: text(env, 'KNOWLEDGE_SYNC_CRON') ?? '0 */2 * * *',
    // A typo must never turn the body limit off.
    maxBodyBytes: wholeNumber(env, 'MAX_BODY_BYTES', MIN_BODY_BYTES, MAX_BODY_BYTES, 'et helt antall byte') ?? 256 * 1024,
    planSource,
    planPollSeconds: poll,
    coordinatorsGroupId: text(env, 'COORDINATORS_GROUP_ID'),
    sharepointGoalsList: text(env, 'SHAREPOINT_GOALS_LIST'),
    sharepointWheelList: text(env, 'SHAREPOINT_WHEEL_LIST'),
    ...state,
    ...tabConfig(env, production),
    ...unansweredConfig(env),
    teamsAppId: text(env, 'TEAMS_APP_ID'),
  };
}

/** UNANSWERED_LOG, UNANSWERED_RETENTION_DAYS and UNANSWERED_WORDS_FILE (docs/operations.md). */
function unansweredConfig(env: Env): Pick<Config, 'unansweredLog' | 'unansweredRetentionDays' | 'unansweredWordsFile'> {
  const log = text(env, 'UNANSWERED_LOG') ?? 'on';
  if (log !== 'on' && log !== 'off') throw new ConfigError(`UNANSWERED_LOG must be "on" or "off", got "${log}".`);
  const raw = text(env, 'UNANSWERED_RETENTION_DAYS') ?? '90';
  const days = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(days >= 1 && days <= 365)) throw new ConfigError(`UNANSWERED_RETENTION_DAYS must be a whole number of days from 1 to 365, got "${raw}".`);
  const words = text(env, 'UNANSWERED_WORDS_FILE') ?? path.join(DEFAULT_SAMPLE_DIR, 'ikke-navn.yaml');
  return { unansweredLog: log === 'on', unansweredRetentionDays: days, unansweredWordsFile: path.resolve(words) };
}

/** BOT_DOMAIN and TAB_JWKS_URL: what the tab needs to check a Teams SSO token. */
function tabConfig(env: Env, production: boolean): Pick<Config, 'botDomain' | 'tabJwksUrl'> {
  const domain = text(env, 'BOT_DOMAIN');
  if (domain && !/^[a-z0-9.-]+(:\d+)?$/i.test(domain)) throw new ConfigError(`BOT_DOMAIN må være et vertsnavn uten https://, men er ${shown(domain)}.`);
  const jwks = text(env, 'TAB_JWKS_URL') ?? 'https://login.microsoftonline.com/common/discovery/v2.0/keys';
  let url: URL | undefined;
  try {
    url = new URL(jwks);
  } catch {
    url = undefined;
  }
  // Keys over plain http could be swapped on the way; only a test's own loopback server may use it.
  const loopback = url !== undefined && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname);
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback && !production))) {
    throw new ConfigError(`TAB_JWKS_URL må være en https://-adresse (http:// bare til loopback utenfor produksjon), men er ${shown(jwks)}.`);
  }
  return { botDomain: domain, tabJwksUrl: jwks };
}

/** A setting with a fixed set of values. */
function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = text(env, name) ?? fallback;
  if (!(values as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} må være ${values.map((v) => `"${v}"`).join(' eller ')}, men er ${shown(raw)}.`);
  }
  return raw as T;
}

type StateConfig = Pick<Config, 'stateStore' | 'azureStorageConnectionString' | 'azureStorageAccountUrl' | 'managedIdentityClientId' | 'azureStorageTablePrefix'>;

/** STATE_STORE and its Azure Table Storage settings. */
function stateStore(env: Env, production: boolean): StateConfig {
  const kind = oneOf(env, 'STATE_STORE', ['sqlite', 'azure-tables'], 'sqlite');
  const connectionString = text(env, 'AZURE_STORAGE_CONNECTION_STRING');
  const accountUrl = text(env, 'AZURE_STORAGE_ACCOUNT_URL');
  const prefix = text(env, 'AZURE_STORAGE_TABLE_PREFIX') ?? 'planassistent';
  if (kind === 'azure-tables') {
    if (!connectionString === !accountUrl) {
      throw new ConfigError('STATE_STORE=azure-tables krever enten AZURE_STORAGE_ACCOUNT_URL (i Azure, med administrert identitet) eller AZURE_STORAGE_CONNECTION_STRING (Azurite), ikke begge.');
    }
    if (production && connectionString) {
      throw new ConfigError('AZURE_STORAGE_CONNECTION_STRING er for utvikling (Azurite); i produksjon setter du AZURE_STORAGE_ACCOUNT_URL og gir appens administrerte identitet rollen Storage Table Data Contributor.');
    }
    if (connectionString) checkStorageConnectionString(connectionString);
    if (accountUrl && !/^https:\/\/[^/]+\/?$/.test(accountUrl)) {
      throw new ConfigError(`AZURE_STORAGE_ACCOUNT_URL må se ut som https://<konto>.table.core.windows.net, men er ${shown(accountUrl)}.`);
    }
    if (!/^[A-Za-z][A-Za-z0-9]{0,40}$/.test(prefix)) throw new ConfigError(`AZURE_STORAGE_TABLE_PREFIX må være bokstaver og sifre og begynne med en bokstav, men er ${shown(prefix)}.`);
  }
  return {
    stateStore: kind,
    azureStorageConnectionString: connectionString,
    azureStorageAccountUrl: accountUrl,
    managedIdentityClientId: text(env, 'MANAGED_IDENTITY_CLIENT_ID'),
    azureStorageTablePrefix: prefix,
  };
}

/** Where each setting came from, with secrets redacted; logged once at start. */
export function describeConfig(config: Config): Record<string, string> {
  const secret = (v: string | undefined) => (v ? '(set)' : '(unset)');
  return {
    mode: config.mode,
    listen: `${config.host}:${config.port}`,
    knowledgeDir: config.knowledgeDir,
    planFile: config.planFile,
    dataDir: config.dataDir,
    clientId: config.clientId ?? '(unset)',
    clientSecret: secret(config.clientSecret),
    tenantId: config.tenantId ?? '(unset)',
    allowedTenants: config.allowedTenants.join(',') || '(none)',
    coordinators: String(config.coordinators.length),
    graphBaseUrl: config.graphBaseUrl,
    graphStaticToken: secret(config.graphStaticToken),
    sharepoint: config.sharepointSiteId ? 'configured' : '(unset)',
    reminderTriggerSecret: secret(config.reminderTriggerSecret),
    knowledgeSource: config.knowledgeSource,
    planSource: config.planSource,
    coordinatorsGroup: config.coordinatorsGroupId ? '(set)' : '(unset)',
    botDomain: config.botDomain ?? '(unset)',
    tabJwksUrl: config.tabJwksUrl,
    stateStore: config.stateStore,
    unansweredLog: config.unansweredLog ? `on, ${config.unansweredRetentionDays} days` : 'off',
    azureStorage: config.azureStorageAccountUrl ?? (config.azureStorageConnectionString ? 'connection string (set)' : '(unset)'),
  };
}
