import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response, type Server } from 'restify';
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import type { ILogger } from '@microsoft/teams.common';
import { readJsonBody } from './json-body';


/** A POST handler that reads the raw body itself; see RestifyAdapter.registerRawRoute. */
export type RawRouteHandler = (request: { raw: Buffer | undefined; headers: Record<string, string | string[]> }) =>
  Promise<{ status: number; body?: unknown }>;

/**
 * A GET handler in the same pure shape as the SDK's route handlers. `params` holds the route's
 * named segments (`/api/reports/:id`); a Buffer body is sent as is, with the handler's headers.
 */
export type GetHandler = (request: { query: Record<string, string>; headers: Record<string, string | string[]>; params?: Record<string, string> }) =>
  Promise<{ status: number; body?: unknown; headers?: Record<string, string> }>;

/** How serveStatic answers beyond the files themselves. */
export interface StaticOptions {
  /** Also serve the path without a trailing slash (its index.html). */
  bare?: boolean;
  /** Extra response headers for a file (its absolute path). */
  headers?: (file: string) => Record<string, string>;
}

export interface RestifyAdapterOptions {
  host: string;
  /** Largest accepted request body; larger ones get 413. */
  maxBodyBytes: number;
  logger: ILogger;
}

const MESSAGES = {
  tooLarge: 'Forespørselen er for stor.',
  notFound: 'Fant ikke adressen.',
  internal: 'Noe gikk galt hos oss. Prøv igjen om litt.',
};

/**
 * The only file that knows restify. It implements the Teams SDK's IHttpServerAdapter seam
 * (pure `({ body, headers }) => { status, body }` handlers) and adds GET routes, static
 * files, a body size limit and a graceful stop that lets in-flight requests finish.
 */
export class RestifyAdapter implements IHttpServerAdapter {
  readonly server: Server;
  private inFlight = 0;
  private drained: Array<() => void> = [];

  constructor(private readonly options: RestifyAdapterOptions) {
    this.server = restify.createServer({ name: 'vinr-assistant', handleUncaughtExceptions: false });
    this.server.pre((req, res, next) => {
      this.inFlight++;
      res.once('close', () => this.finished());
      return next();
    });
    this.server.use(restify.plugins.bodyReader({ maxBodySize: options.maxBodyBytes }));
    // Restify's own error bodies are English; answer in Norwegian and never leak a stack.
    this.server.on('restifyError', (req, res, err, callback) => {
      const status = err.statusCode ?? 500;
      const message = status === 413 ? MESSAGES.tooLarge : status === 404 ? MESSAGES.notFound : status >= 500 ? MESSAGES.internal : err.message;
      err.toJSON = () => ({ error: message });
      if (status >= 500) options.logger.error(`http ${req.method} ${req.getPath()} failed`, err);
      return callback();
    });
  }

  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    if (method !== 'POST') throw new Error(`Unsupported HTTP method: ${method}`);
    this.registerRawRoute(path, async ({ raw, headers }) => {
      const read = readJsonBody(raw, headers);
      if (!read.ok) return { status: read.status, body: { error: read.error } };
      return handler({ body: read.body, headers });
    });
  }

  /**
   * A POST route that gets the body unread, for a route that must check something (such as the
   * caller's token) before it judges the body. Throws and rejections become a generic 500.
   */
  registerRawRoute(path: string, handler: RawRouteHandler): void {
    this.server.post(path, async (req: Request, res: Response) => {
      try {
        const response = await handler({ raw: req.body as Buffer | undefined, headers: req.headers as Record<string, string | string[]> });
        res.send(response.status, response.body);
      } catch (err) {
        this.options.logger.error(`http POST ${path} failed`, err);
        res.send(500, { error: MESSAGES.internal });
      }
    });
  }

  /** GET routes for health and other plain endpoints. */
  registerGet(path: string, handler: GetHandler): void {
    // Only GET routes read a query string; message turns skip the parser.
    this.server.get(path, restify.plugins.queryParser({ mapParams: false }), async (req: Request, res: Response) => {
      try {
        const response = await handler({ query: (req.query ?? {}) as Record<string, string>, headers: req.headers as Record<string, string | string[]>, params: (req.params ?? {}) as Record<string, string> });
        if (Buffer.isBuffer(response.body)) res.sendRaw(response.status, response.body, response.headers);
        else res.send(response.status, response.body, response.headers);
      } catch (err) {
        this.options.logger.error(`http GET ${path} failed`, err);
        res.send(500, { error: MESSAGES.internal });
      }
    });
  }

  /**
   * Static files under `path`. `bare` also answers the path without its slash (a single-page
   * app's address), with its index.html; `headers` adds response headers per file.
   */
  serveStatic(path: string, directory: string, options: StaticOptions = {}): void {
    const prefix = path.replace(/\/+$/, '');
    const headers = options.headers;
    const serve = restify.plugins.serveStaticFiles(directory, headers ? {
      setHeaders: (res: Response, file: string) => {
        for (const [name, value] of Object.entries(headers(file))) res.setHeader(name, value);
      },
    } : {});
    this.server.get(`${prefix}/*`, serve);
    if (options.bare) this.server.get(prefix, serve);
  }

  async start(port: number | string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(Number(port), this.options.host, () => {
        this.server.removeListener('error', reject);
        resolve();
      });
    });
  }

  /** The bound port; useful when started on port 0. */
  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Stops accepting connections, then waits (bounded) for in-flight requests to finish. */
  async stop(graceMs = 10_000): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.server.closeIdleConnections?.();
    const drained = this.inFlight === 0 ? Promise.resolve() : new Promise<void>((r) => this.drained.push(r));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((r) => (timer = setTimeout(r, graceMs)));
    await Promise.race([Promise.all([closed, drained]), timeout]);
    clearTimeout(timer);
    this.server.server.closeAllConnections?.();
  }

  private finished(): void {
    this.inFlight--;
    if (this.inFlight === 0) this.drained.splice(0).forEach((r) => r());
  }
}
