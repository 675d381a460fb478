import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { route, type Reply } from './routes';
import { EmulatorStore } from './store';

/** One request the emulator saw, for assertions. */
export interface RecordedRequest {
  method: string;
  /** Path after the version segment, e.g. /sites/s1/lists/Measures/items/3/fields. */
  path: string;
  query: Record<string, string>;
  ifMatch?: string;
  body?: unknown;
  status: number;
}

/** A scripted fault: the next request matching method (and path fragment) gets this status. */
export interface Fault {
  method: string;
  status: number;
  retryAfter?: number;
  pathIncludes?: string;
}

/** A reply the emulator has computed (the write is done) but not sent yet. */
export interface HeldReply {
  /** Sends the reply now (late); ignored when the client has gone. */
  release(): void;
  /** Closes the connection without a reply, as a crash or a network cut would. */
  drop(): void;
}

/**
 * The app's role on the site, as Sites.Selected grants it: `read`; `write` (Contribute: items
 * in existing lists); `manage` (also lists and columns); `fullcontrol`.
 */
export type SitePermission = 'read' | 'write' | 'manage' | 'fullcontrol';

const RANK: Record<SitePermission, number> = { read: 0, write: 1, manage: 2, fullcontrol: 3 };

export interface EmulatorOptions {
  /** The app's role on every site. Default 'fullcontrol'; `setPermission` changes it while running. */
  permission?: SitePermission;
  /** The Bearer token every request must carry. Default 'emulator-token'. */
  token?: string;
  /** Page size when $top is absent; small so paging is always exercised. Default 5. */
  pageSize?: number;
}

/**
 * A local Microsoft Graph emulator for the SharePoint list endpoints we use, over real HTTP on
 * 127.0.0.1, so the real Graph client is exercised end to end: eTags, 412, paging, faults, outages.
 */
export class GraphEmulator {
  readonly store = new EmulatorStore();
  readonly requests: RecordedRequest[] = [];
  readonly token: string;
  private readonly pageSize: number;
  private readonly faults: Fault[] = [];
  private readonly holds: Array<{ method: string; pathIncludes?: string; resolve: (held: HeldReply) => void }> = [];
  private server: http.Server;
  private port = 0;
  private mode: 'up' | 'refuse' | '503' | 'hang' = 'up';
  private permission: SitePermission;
  /** Requests taken while hanging: never answered, cut when the emulator comes back up. */
  private hung: http.IncomingMessage[] = [];

  private constructor(options: EmulatorOptions) {
    this.token = options.token ?? 'emulator-token';
    this.pageSize = options.pageSize ?? 5;
    this.permission = options.permission ?? 'fullcontrol';
    this.server = this.createServer();
  }

  /** Grants another role on the site, at once, as an administrator's PATCH of the permission would. */
  setPermission(role: SitePermission): void {
    this.permission = role;
  }

  static async start(options: EmulatorOptions = {}): Promise<GraphEmulator> {
    const emulator = new GraphEmulator(options);
    await emulator.listen(0);
    return emulator;
  }

  /** GRAPH_BASE_URL for clients of this emulator. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/v1.0`;
  }

  failNext(method: string, status: number, options: { retryAfter?: number; pathIncludes?: string } = {}): void {
    this.faults.push({ method: method.toUpperCase(), status, ...options });
  }

  /**
   * The next matching request is carried out (a PATCH is applied) but its reply is held back
   * until the test releases or drops it: a reply lost on the way, deterministically.
   */
  holdNext(method: string, pathIncludes?: string): Promise<HeldReply> {
    return new Promise((resolve) => this.holds.push({ method: method.toUpperCase(), ...(pathIncludes ? { pathIncludes } : {}), resolve }));
  }

  /**
   * 'refuse' closes the port (connection refused); '503' answers every request with 503; 'hang'
   * takes every request and never answers (nothing is applied), as a Graph that does not answer.
   */
  async down(mode: 'refuse' | '503' | 'hang' = 'refuse'): Promise<void> {
    this.mode = mode;
    if (mode === 'refuse') await this.closeServer();
  }

  async up(): Promise<void> {
    if (this.mode === 'refuse') {
      this.server = this.createServer();
      await this.listen(this.port);
    }
    for (const req of this.hung.splice(0)) req.socket.destroy();
    this.mode = 'up';
  }

  requestsMatching(method: string, pathIncludes = ''): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method.toUpperCase() && r.path.includes(pathIncludes));
  }

  async close(): Promise<void> {
    if (this.mode !== 'refuse') await this.closeServer();
  }

  private createServer(): http.Server {
    return http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, Buffer.concat(chunks).toString('utf8'), res));
    });
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/v1\.0/, '');
    const query = Object.fromEntries(url.searchParams.entries());
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const ifMatch = typeof req.headers['if-match'] === 'string' ? req.headers['if-match'] : undefined;
    if (this.mode === 'hang') {
      this.requests.push({ method, path, query, ...(ifMatch ? { ifMatch } : {}), ...(body !== undefined ? { body } : {}), status: 0 });
      this.hung.push(req);
      return;
    }
    const reply = this.reply(method, path, query, body, ifMatch, req.headers.authorization);
    this.requests.push({ method, path, query, ...(ifMatch ? { ifMatch } : {}), ...(body !== undefined ? { body } : {}), status: reply.status });
    const send = () => {
      if (res.destroyed || res.writableEnded) return;
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    };
    const h = this.holds.findIndex((x) => x.method === method && (!x.pathIncludes || path.includes(x.pathIncludes)));
    if (h < 0) return send();
    this.holds.splice(h, 1)[0]!.resolve({ release: send, drop: () => req.socket.destroy() });
  }

  private reply(method: string, path: string, query: Record<string, string>, body: unknown, ifMatch: string | undefined, auth: string | undefined): Reply {
    if (this.mode === '503') return graphError(503, 'serviceNotAvailable', 'Service unavailable');
    if (auth !== `Bearer ${this.token}`) return graphError(401, 'InvalidAuthenticationToken', 'Access token is missing or invalid.');
    const i = this.faults.findIndex((f) => f.method === method && (!f.pathIncludes || path.includes(f.pathIncludes)));
    const fault = i >= 0 ? this.faults.splice(i, 1)[0] : undefined;
    if (fault) {
      const r = graphError(fault.status, fault.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable', 'Scripted fault');
      if (fault.retryAfter !== undefined) r.headers = { 'retry-after': String(fault.retryAfter) };
      return r;
    }
    const needed = requiredRole(method, path);
    if (RANK[this.permission] < RANK[needed]) return graphError(403, 'accessDenied', 'Access denied');
    return this.store.directory.route(method, path, query, this.baseUrl, this.pageSize)
      ?? route(this.store, { method, path, query, body, ifMatch, baseUrl: this.baseUrl, pageSize: this.pageSize });
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private closeServer(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/** What Sites.Selected needs for a request: creating lists or columns is ManageLists, which `write` (Contribute) lacks. */
function requiredRole(method: string, path: string): SitePermission {
  if (method === 'GET') return 'read';
  const parts = path.split('/').filter(Boolean);
  const structure = parts[0] === 'sites' && parts[2] === 'lists' && (parts.length === 3 || parts[4] === 'columns');
  return structure ? 'manage' : 'write';
}

export function graphError(status: number, code: string, message: string): Reply {
  return { status, body: { error: { code, message } } };
}
