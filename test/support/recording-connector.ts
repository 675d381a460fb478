import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One activity the bot posted, as Teams' connector received it. */
export interface Recorded {
  conversationId: string;
  /** Set when the bot replied to a specific activity (POST …/activities/{replyToId}), or updated it (PUT). */
  replyToId?: string;
  /** PUT when the bot updated an activity it had posted. */
  method?: string;
  /** Set when the bot updated an activity it posted earlier (PUT …/activities/{id}). */
  updatedId?: string;
  /** The id the connector gave a new activity (unset for updates). */
  id?: string;
  activity: Record<string, unknown> & { type?: string; text?: string; attachments?: Array<{ contentType: string; content: any }> };
  at: number;
}

type Scripted = { status: number; headers?: Record<string, string> };

/**
 * A local stand-in for the Bot Framework connector (what `serviceUrl` points to). It records
 * every activity the bot sends, and every update of one, and answers like Teams: 201 with an id.
 * Faults can be scripted per request, and waiters resolve when a given number has arrived.
 */
export class RecordingConnector {
  readonly sent: Recorded[] = [];
  private readonly faults: Scripted[] = [];
  private waiters: Array<{ count: number; resolve: () => void }> = [];
  private server = http.createServer((req, res) => this.handle(req, res));
  private nextId = 1;
  /** Called for every recorded activity; benchmarks use it to time turns. */
  onRecorded?: (rec: Recorded) => void;
  channels: Array<{ id: string; name?: string }> = [{ id: '19:general@thread.tacv2' }, { id: '19:tryggest@thread.tacv2', name: 'TryggEst' }];

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** The next sends answer with these statuses, in order (e.g. 429 with Retry-After). */
  failNext(...faults: Scripted[]): void {
    this.faults.push(...faults);
  }

  /** Resolves once at least `count` activities have been recorded in total. */
  waitFor(count: number, timeoutMs = 5000): Promise<void> {
    if (this.sent.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} activities, got ${this.sent.length}`)), timeoutMs);
      this.waiters.push({ count, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  clear(): void {
    this.sent.length = 0;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = decodeURIComponent(req.url ?? '');
      const teamMatch = /^\/v3\/teams\/([^/]+)\/conversations$/.exec(url);
      if (req.method === 'GET' && teamMatch) {
        return this.json(res, 200, { conversations: this.channels });
      }
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url);
      const update = req.method === 'PUT' && m?.[2] !== undefined;
      if ((req.method !== 'POST' && !update) || !m) return this.json(res, 404, { error: { code: 'NotFound' } });
      const fault = this.faults.shift();
      if (fault) {
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        return res.end(JSON.stringify({ error: { code: String(fault.status) } }));
      }
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const rec: Recorded = { conversationId: m[1] ?? '', activity, at: Date.now() };
      if (m[2]) rec.replyToId = m[2];
      if (update) {
        rec.method = 'PUT';
        rec.updatedId = m[2];
      } else {
        rec.id = `activity-${this.nextId++}`;
      }
      this.sent.push(rec);
      this.onRecorded?.(rec);
      this.json(res, update ? 200 : 201, { id: rec.id ?? m[2] });
      this.waiters = this.waiters.filter((w) => (this.sent.length >= w.count ? (w.resolve(), false) : true));
    });
  }

  private json(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}
