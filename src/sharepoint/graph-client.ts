import { ConfidentialClientApplication } from '@azure/msal-node';
import { Client, HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** How to reach Graph. Credentials come from env through the composition root or a CLI. */
export interface GraphClientOptions {
  /** True under NODE_ENV=production: a static token is then refused. */
  production: boolean;
  /** GRAPH_BASE_URL; every request goes under it. Default https://graph.microsoft.com/v1.0. */
  baseUrl?: string;
  /** GRAPH_STATIC_TOKEN, for development and the emulator only. */
  staticToken?: string;
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
  /** Abort a request that has not answered after this long; it then counts as unavailable. Default 30 s. */
  requestTimeoutMs?: number;
  /** Makes the abort signal for a request's timeout; tests drive it from a clock. Default AbortSignal.timeout. */
  timeoutSignal?: (ms: number) => AbortSignal;
}

/** A Graph client bound to one base URL, with helpers that keep every request under it. */
export interface GraphConnection {
  client: Client;
  baseUrl: string;
  /** Turns an absolute @odata.nextLink into a path for `client.api()`, refusing foreign hosts. */
  relativePath(absoluteUrl: string): string;
}

/** Thrown at construction for missing or unsafe Graph settings; the message says what to set. */
export class GraphConfigError extends Error {
  override readonly name = 'GraphConfigError';
}

/**
 * Builds the Graph client with our own two-step middleware chain: a Bearer token for requests
 * under GRAPH_BASE_URL, then fetch. The SDK's RetryHandler is left out on purpose: retries,
 * Retry-After and parking belong to our adapter, driven by an injectable clock.
 */
export function createGraphClient(options: GraphClientOptions): GraphConnection {
  const baseUrl = (options.baseUrl || DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new GraphConfigError(`GRAPH_BASE_URL is not a valid URL: ${baseUrl}`);
  }
  if (options.production && parsed.protocol !== 'https:') {
    throw new GraphConfigError('GRAPH_BASE_URL must use https in production.');
  }
  const getToken = tokenSource(options);
  const cut = baseUrl.lastIndexOf('/');
  const timeout = options.timeoutSignal ?? ((ms: number) => AbortSignal.timeout(ms));
  const auth = new BearerMiddleware(getToken, baseUrl, () => timeout(options.requestTimeoutMs ?? 30_000));
  auth.setNext(new HTTPMessageHandler());
  const client = Client.initWithMiddleware({
    middleware: auth,
    baseUrl: baseUrl.slice(0, cut),
    defaultVersion: baseUrl.slice(cut + 1),
  });
  return {
    client,
    baseUrl,
    relativePath(absoluteUrl: string): string {
      if (!absoluteUrl.startsWith(baseUrl + '/')) {
        throw new GraphConfigError(`Refusing to follow a link outside GRAPH_BASE_URL: ${new URL(absoluteUrl).origin}`);
      }
      return absoluteUrl.slice(baseUrl.length);
    },
  };
}

function tokenSource(options: GraphClientOptions): () => Promise<string> {
  if (options.staticToken) {
    if (options.production) {
      throw new GraphConfigError(
        'GRAPH_STATIC_TOKEN is for development only and is refused in production. Set CLIENT_ID, CLIENT_SECRET and TENANT_ID.',
      );
    }
    const token = options.staticToken;
    return async () => token;
  }
  const { clientId, clientSecret, tenantId } = options;
  if (!clientId || !clientSecret || !tenantId) {
    const missing = ['CLIENT_ID', 'CLIENT_SECRET', 'TENANT_ID'].filter((_, i) => ![clientId, clientSecret, tenantId][i]);
    throw new GraphConfigError(`Graph credentials missing: set ${missing.join(', ')} (or GRAPH_STATIC_TOKEN outside production).`);
  }
  const msal = new ConfidentialClientApplication({
    auth: { clientId, clientSecret, authority: `https://login.microsoftonline.com/${tenantId}` },
  });
  // MSAL caches the app token and renews it shortly before expiry.
  return async () => {
    const result = await msal.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
    if (!result?.accessToken) throw new Error('MSAL returned no access token for Graph');
    return result.accessToken;
  };
}

/** Adds the Bearer token, and only for URLs under the configured base: a token never leaves it. */
class BearerMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly getToken: () => Promise<string>,
    private readonly baseUrl: string,
    private readonly timeoutSignal: () => AbortSignal,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (!url.startsWith(this.baseUrl + '/')) throw new GraphConfigError(`Refusing a Graph request outside GRAPH_BASE_URL: ${url}`);
    const token = await this.getToken();
    const options = (context.options ??= {});
    // A hung connection must not hold an approval forever; an abort is retried like a refused one.
    options.signal ??= this.timeoutSignal();
    const headers = options.headers;
    if (headers instanceof Headers) headers.set('Authorization', `Bearer ${token}`);
    else options.headers = { ...((headers as Record<string, string> | undefined) ?? {}), Authorization: `Bearer ${token}` };
    if (!this.next) throw new Error('BearerMiddleware has no next middleware');
    await this.next.execute(context);
  }
}

/** Reads Graph settings from env; unset stays undefined so the factory can say what is missing. */
export function graphOptionsFromEnv(env: NodeJS.ProcessEnv, production: boolean): GraphClientOptions {
  const pick = (k: string): string | undefined => (env[k] ? env[k] : undefined);
  return {
    production,
    ...(pick('GRAPH_BASE_URL') ? { baseUrl: pick('GRAPH_BASE_URL') } : {}),
    ...(pick('GRAPH_STATIC_TOKEN') ? { staticToken: pick('GRAPH_STATIC_TOKEN') } : {}),
    ...(pick('CLIENT_ID') ? { clientId: pick('CLIENT_ID') } : {}),
    ...(pick('CLIENT_SECRET') ? { clientSecret: pick('CLIENT_SECRET') } : {}),
    ...(pick('TENANT_ID') ? { tenantId: pick('TENANT_ID') } : {}),
  };
}
