import type { LogLevel } from '@microsoft/teams.common';
import { parseLogLevel } from './common/logger';

/** Raised when the environment cannot give a safe configuration; the message says what to set. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The process environment, or a test's stand-in for it. */
export type Env = Record<string, string | undefined>;

/** A setting's value, trimmed; unset and blank are both `undefined`. */
export function text(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/** A list separated by commas, semicolons or spaces. */
export function list(env: Env, name: string): string[] {
  return (text(env, name) ?? '')
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A value as it may be shown in a message: quoted, with line breaks escaped. */
export function shown(raw: string): string {
  return JSON.stringify(raw);
}

/** `NODE_ENV=production`, read as App Service and people write it (`Production`, ` production`). */
export function isProduction(env: Env): boolean {
  return text(env, 'NODE_ENV')?.toLowerCase() === 'production';
}

/**
 * A whole number in decimal digits within [min, max], or a ConfigError naming the setting.
 * `Number()` alone would take `0x10a0`, `1e3` or ` 12 ` and quietly mean something else.
 */
export function wholeNumber(env: Env, name: string, min: number, max: number, what: string): number | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  const n = /^\d{1,16}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw new ConfigError(`${name} må være ${what} fra ${min} til ${max}, skrevet med sifre, men er ${shown(raw)}.`);
  return n;
}

/** LOG_LEVEL: a known level or unset; a typo such as `verbose` must not silently mean `info`. */
export function logLevel(env: Env): LogLevel | undefined {
  const raw = text(env, 'LOG_LEVEL');
  const level = parseLogLevel(raw);
  if (raw !== undefined && level === undefined) {
    throw new ConfigError(`LOG_LEVEL må være error, warn, info, debug eller trace, men er ${shown(raw)}.`);
  }
  return level;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * COORDINATORS: Entra object ids, compared with the verified sender's aadObjectId. A name or an
 * e-mail address would never match anyone, so the bot would start with no coordinator. The
 * message gives positions, not values: a wrong value may well be someone's e-mail address.
 */
export function objectIds(env: Env, name: string): string[] {
  const ids = list(env, name);
  const wrong = ids.flatMap((id, i) => (GUID.test(id) ? [] : [i + 1]));
  if (wrong.length > 0) {
    throw new ConfigError(
      `${name} må være Entra-objekt-ID-er (GUID, som 00000000-0000-0000-0000-000000000020), skilt med komma; ` +
        `verdi nr. ${wrong.join(', ')} av ${ids.length} er ikke det. Objekt-ID-en står på brukeren i Entra admin center.`,
    );
  }
  return ids;
}

/** ALLOWED_TENANTS: tenant ids only; `*` is not "every tenant", it is refused. */
export function tenantList(env: Env): string[] {
  const tenants = list(env, 'ALLOWED_TENANTS');
  if (tenants.some((t) => /[*?]/.test(t))) {
    throw new ConfigError('ALLOWED_TENANTS tar ikke jokertegn («*»): skriv ID-ene til tenantene boten skal betjene, skilt med komma.');
  }
  return tenants;
}

const MIN_TRIGGER_SECRET = 16;

/** REMINDER_TRIGGER_SECRET: in production long enough that guessing it is hopeless. Never shown. */
export function triggerSecret(env: Env, production: boolean): string | undefined {
  const secret = text(env, 'REMINDER_TRIGGER_SECRET');
  if (production && secret !== undefined && secret.length < MIN_TRIGGER_SECRET) {
    throw new ConfigError(
      `REMINDER_TRIGGER_SECRET må ha minst ${MIN_TRIGGER_SECRET} tegn i produksjon, men har ${secret.length}. ` +
        'Lag en ny med node -e "console.log(require(\'crypto\').randomBytes(32).toString(\'base64url\'))".',
    );
  }
  return secret;
}

/**
 * CLIENT_ID, CLIENT_SECRET and TENANT_ID belong together. Some of them without the rest would
 * quietly mean local mode (no token check), which is never what whoever set them wanted.
 */
export function credentials(env: Env): { clientId?: string; clientSecret?: string; tenantId?: string } {
  const clientId = text(env, 'CLIENT_ID');
  const clientSecret = text(env, 'CLIENT_SECRET');
  const tenantId = text(env, 'TENANT_ID');
  const given = { CLIENT_ID: clientId, CLIENT_SECRET: clientSecret, TENANT_ID: tenantId };
  const set = Object.keys(given).filter((k) => given[k as keyof typeof given] !== undefined);
  const needed = ['CLIENT_ID', 'TENANT_ID'].filter((k) => !set.includes(k));
  if (set.length > 0 && needed.length > 0) {
    throw new ConfigError(
      `${set.join(' og ')} er satt, men ikke ${needed.join(' og ')}. Tenant-modus trenger CLIENT_ID og TENANT_ID ` +
        '(Application (client) ID og Directory (tenant) ID fra appregistreringen) med CLIENT_SECRET; for lokal modus, fjern alle tre.',
    );
  }
  return { clientId, clientSecret, tenantId };
}

const AZURITE_HINT =
  'For Azurite på standardporten (10002): UseDevelopmentStorage=true. På en annen port skriver du hele: ' +
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=<Azurite-nøkkelen>;TableEndpoint=http://127.0.0.1:<port>/devstoreaccount1;';

/**
 * AZURE_STORAGE_CONNECTION_STRING, read by the Table Storage SDK's own parser now rather than at
 * the first table call, where a malformed one fails with "Cannot read properties of undefined".
 * The value holds an account key, so it is never shown.
 */
export function checkStorageConnectionString(connectionString: string): void {
  const parts = connectionString.split(';').filter((p) => p.trim() !== '');
  let why: string | undefined;
  if (parts.length === 0 || parts.some((p) => !/^\s*[A-Za-z]+\s*=/.test(p))) {
    why = 'den har ikke formen navn=verdi;navn=verdi';
  } else {
    try {
      // Loaded here so that the CLIs, which never use Table Storage, do not pay for it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { TableServiceClient } = require('@azure/data-tables') as typeof import('@azure/data-tables');
      TableServiceClient.fromConnectionString(connectionString, { allowInsecureConnection: true });
    } catch (err) {
      // Only the field's name is taken from the SDK's message: the rest might quote the key.
      const field = /^Invalid (\w+)/.exec(err instanceof Error ? err.message : '')?.[1];
      why = field ? `${field} mangler eller er ugyldig` : 'den mangler TableEndpoint eller AccountName og AccountKey';
    }
  }
  if (why) throw new ConfigError(`AZURE_STORAGE_CONNECTION_STRING kan ikke leses: ${why}. ${AZURITE_HINT}`);
}
