import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import type { ILogger } from '@microsoft/teams.common';
import type { Clock } from '../common/clock';
import { RateLimitedWarning } from '../common/log-limiter';
import type { Authenticator } from './bot-auth';
import { readJsonBody } from './json-body';
import type { RawRouteHandler } from './restify-adapter';

/** Norwegian answers for activities the SDK would otherwise fail on with a 500. */
export const GUARD_MESSAGES = {
  notAnActivity: 'Forespørselen er ikke en gyldig aktivitet.',
  missingType: 'Aktiviteten mangler type.',
  missingConversation: 'Aktiviteten mangler samtale (conversation.id).',
  missingFrom: 'Aktiviteten mangler avsender (from.id).',
  missingServiceUrl: 'Aktiviteten mangler serviceUrl.',
  badField: (field: string) => `Feltet «${field}» i aktiviteten har feil form.`,
  unauthorized: 'Forespørselen mangler gyldig innlogging.',
  tenantMismatch: 'Aktiviteten oppgir to ulike tenanter (conversation.tenantId og channelData.tenant.id).',
};

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasId(v: unknown): boolean {
  return isObject(v) && typeof v.id === 'string' && v.id.length > 0;
}

const optional = (check: (v: unknown) => boolean) => (v: unknown) => v === undefined || v === null || check(v);
const isString = (v: unknown) => typeof v === 'string';
const isObjectList = (v: unknown) => Array.isArray(v) && v.every(isObject);
/** A mention as Teams sends it: the text it replaced and who was mentioned. */
const isMention = (v: Json) => v.type !== 'mention' || (optional(isString)(v.text) && hasId(v.mentioned) && optional(isString)((v.mentioned as Json).name));
const isEntityList = (v: unknown) => isObjectList(v) && (v as Json[]).every(isMention);
/** Teams' { id, name } objects in channelData (tenant, team, channel). */
const namedRef = (v: unknown) => isObject(v) && optional(isString)(v.id) && optional(isString)(v.name);

/**
 * Fields the SDK or our routes read before a handler could catch a problem (mention stripping,
 * routing, conversation references). Each must have this shape when present.
 */
const FIELD_SHAPES: Array<[string, (v: unknown) => boolean]> = [
  ['recipient', hasId],
  ['text', optional(isString)],
  ['name', optional(isString)],
  ['id', optional(isString)],
  ['replyToId', optional(isString)],
  ['channelId', optional(isString)],
  ['locale', optional(isString)],
  ['entities', optional(isEntityList)],
  ['attachments', optional(isObjectList)],
  ['membersAdded', optional(isObjectList)],
  ['membersRemoved', optional(isObjectList)],
  ['channelData', optional(isObject)],
];

/**
 * Invokes whose `value` the SDK's router reads while it picks a route (`value.actionName`,
 * `value.botMessagePreviewAction`, `value.action`), before any middleware could catch a throw.
 */
const INVOKES_ROUTED_BY_VALUE = new Set(['message/submitAction', 'composeExtension/submitAction', 'fileConsent/invoke']);

/** Returns why a body is not a usable activity, or null when it is. Never inspects text. */
export function activityProblem(body: unknown): string | null {
  if (!isObject(body)) return GUARD_MESSAGES.notAnActivity;
  if (typeof body.type !== 'string' || body.type === '') return GUARD_MESSAGES.missingType;
  if (!hasId(body.conversation)) return GUARD_MESSAGES.missingConversation;
  if (!hasId(body.from)) return GUARD_MESSAGES.missingFrom;
  if (typeof body.serviceUrl !== 'string' || !/^https?:\/\//.test(body.serviceUrl)) return GUARD_MESSAGES.missingServiceUrl;
  for (const [field, ok] of FIELD_SHAPES) if (!ok(body[field])) return GUARD_MESSAGES.badField(field);
  const from = body.from as Json;
  if (!optional(isString)(from.name) || !optional(isString)(from.aadObjectId)) return GUARD_MESSAGES.badField('from');
  const conversation = body.conversation as Json;
  if (!optional(isString)(conversation.conversationType) || !optional(isString)(conversation.tenantId)) return GUARD_MESSAGES.badField('conversation');
  const channelData = (body.channelData ?? {}) as Json;
  for (const part of ['tenant', 'team', 'channel'] as const) {
    if (!optional(namedRef)(channelData[part])) return GUARD_MESSAGES.badField(`channelData.${part}`);
  }
  if (!optional(isString)(channelData.eventType)) return GUARD_MESSAGES.badField('channelData.eventType');
  // The tenant allow-list reads one of the two; an activity naming two tenants must not pass it
  // on the allowed one while the SDK and our stores act on the other.
  const tenantIds = [conversation.tenantId, (channelData.tenant as Json | undefined)?.id].filter((t) => typeof t === 'string' && t !== '');
  if (new Set(tenantIds.map((t) => (t as string).toLowerCase())).size > 1) return GUARD_MESSAGES.tenantMismatch;
  if (body.type === 'invoke' && INVOKES_ROUTED_BY_VALUE.has(body.name as string) && !isObject(body.value)) return GUARD_MESSAGES.badField('value');
  return null;
}

/** An adapter that can also hand a route its body unread (RestifyAdapter does). */
export interface GuardableAdapter extends IHttpServerAdapter {
  registerRawRoute(path: string, handler: RawRouteHandler): void;
}

export interface GuardOptions {
  log: ILogger;
  clock: Clock;
  /** Tenant mode: the caller's token is checked first, before anything is read from the body. */
  authenticate?: Authenticator;
}

/**
 * Wraps an adapter so the messaging endpoint checks a request before the SDK sees it: in tenant
 * mode the token first (401), then Content-Type (415), JSON (400) and the activity's shape (400).
 * The SDK trusts the activity's shape and would answer a missing conversation with a 500; staff
 * and Teams deserve a clear 4xx instead, and strangers get nothing but a 401.
 */
export function withActivityGuard(inner: GuardableAdapter, messagingPath: string, options: GuardOptions): IHttpServerAdapter {
  const { log, authenticate } = options;
  const refused = new RateLimitedWarning(log, 'refused a request without a valid token (401)', options.clock);
  const guarded: IHttpServerAdapter = {
    registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler) {
      if (path !== messagingPath) return inner.registerRoute(method, path, handler);
      inner.registerRawRoute(path, async ({ raw, headers }) => {
        const read = readJsonBody(raw, headers);
        if (authenticate && !(await authenticate(headers, read.ok && isObject(read.body) ? read.body : {}))) {
          refused.hit();
          return { status: 401, body: { error: GUARD_MESSAGES.unauthorized } };
        }
        if (!read.ok) return { status: read.status, body: { error: read.error } };
        const problem = activityProblem(read.body);
        if (problem) {
          log.warn(`rejected malformed activity: ${problem}`);
          return { status: 400, body: { error: problem } };
        }
        return handler({ body: read.body, headers });
      });
    },
  };
  if (inner.serveStatic) guarded.serveStatic = inner.serveStatic.bind(inner);
  if (inner.start) guarded.start = inner.start.bind(inner);
  if (inner.stop) guarded.stop = inner.stop.bind(inner);
  return guarded;
}
