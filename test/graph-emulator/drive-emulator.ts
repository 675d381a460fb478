import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { routeDrive, type DriveReply } from './drive-routes';
import { DriveStore } from './drive-store';

/** One request the drive emulator saw. */
export interface DriveRequestRecord {
  method: string;
  /** Path after /v1.0 (or /download/… for content), decoded query kept apart. */
  path: string;
  query: Record<string, string>;
  status: number;
}

export interface DriveEmulatorOptions {
  token?: string;
  /** Delta page size when $top is absent; small so @odata.nextLink is always exercised. Default 2. */
  pageSize?: number;
  webBase?: string;
}

/**
 * A local Graph emulator for the document-library (drive) endpoints, over real HTTP on 127.0.0.1.
 * It is separate from GraphEmulator (lists), whose server has no seam for binary downloads or
 * redirects; both can run side by side in one test.
 */
export class DriveEmulator {
  readonly store: DriveStore;
  readonly requests: DriveRequestRecord[] = [];
  readonly token: string;
  private readonly pageSize: number;
  private readonly faults: Array<{ status: number; pathIncludes: string; method?: string; retryAfter?: number }> = [];
  private readonly server: http.Server;
  private port = 0;

  private constructor(options: DriveEmulatorOptions) {
    this.token = options.token ?? 'emulator-token';
    this.pageSize = options.pageSize ?? 2;
    this.store = new DriveStore(options.webBase);
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)));
    });
  }

  static async start(options: DriveEmulatorOptions = {}): Promise<DriveEmulator> {
    const emulator = new DriveEmulator(options);
    await new Promise<void>((resolve, reject) => {
      emulator.server.once('error', reject);
      emulator.server.listen(0, '127.0.0.1', () => resolve());
    });
    emulator.port = (emulator.server.address() as AddressInfo).port;
    return emulator;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/v1.0`;
  }

  /**
   * The next request whose path contains `pathIncludes` (and of `method`, when given) answers
   * `status`, with a Retry-After header (seconds) when given.
   */
  failNext(status: number, pathIncludes = '', options: { method?: string; retryAfter?: number } = {}): void {
    this.faults.push({ status, pathIncludes, ...options });
  }

  requestsMatching(pathIncludes: string): DriveRequestRecord[] {
    return this.requests.filter((r) => r.path.includes(pathIncludes));
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const method = (req.method ?? 'GET').toUpperCase();
    const query = Object.fromEntries(url.searchParams.entries());
    const reply = this.reply(method, url.pathname, query, req.headers.authorization, body);
    this.requests.push({ method, path: url.pathname.replace(/^\/v1\.0/, ''), query, status: reply.status });
    if (reply.bytes) {
      res.writeHead(reply.status, { 'content-type': 'application/octet-stream', ...reply.headers });
      res.end(reply.bytes);
      return;
    }
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  }

  private reply(method: string, pathname: string, query: Record<string, string>, auth: string | undefined, body: Buffer): DriveReply {
    const fault = this.faults.findIndex((f) => pathname.includes(f.pathIncludes) && (!f.method || f.method.toUpperCase() === method));
    if (fault >= 0) {
      const { status, retryAfter } = this.faults.splice(fault, 1)[0]!;
      return {
        status,
        body: { error: { code: status === 429 ? 'TooManyRequests' : 'scriptedFault', message: 'Scripted fault' } },
        ...(retryAfter !== undefined ? { headers: { 'retry-after': String(retryAfter) } } : {}),
      };
    }
    // Pre-authenticated download URLs carry no token, as Graph's do.
    const download = /^\/download\/([^/]+)$/.exec(pathname);
    if (download) {
      const node = this.store.node(decodeURIComponent(download[1]!));
      if (!node?.content || node.deleted) return { status: 404, body: { error: { code: 'itemNotFound', message: 'gone' } } };
      return { status: 200, bytes: node.content };
    }
    if (auth !== `Bearer ${this.token}`) {
      return { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'Access token is missing or invalid.' } } };
    }
    if (!pathname.startsWith('/v1.0/')) return { status: 404, body: { error: { code: 'itemNotFound', message: 'Not found' } } };
    return routeDrive(this.store, { method, path: pathname.slice('/v1.0'.length), query, baseUrl: this.baseUrl, pageSize: this.pageSize, ...(body.length ? { body } : {}) });
  }
}
