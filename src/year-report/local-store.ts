import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ILogger } from '@microsoft/teams.common';
import type { GetHandler } from '../server/restify-adapter';
import { DOCX_CONTENT_TYPE } from './build';
import type { ReportStore, StoreResult } from './store';

/** The route local mode serves reports on; the last segment is the report's unguessable id. */
export const LOCAL_REPORTS_ROUTE = '/api/reports';

/**
 * 16 random bytes as 32 hex digits, 128 bits; nothing else is ever served. Hex, because a link's
 * address is shown in markdown, where "_" and "-" would be escaped.
 */
const ID = /^[0-9a-f]{32}$/;

/** Reports kept; older ones are removed when a new one is saved. */
const KEEP = 50;

const NOT_FOUND = { status: 404, body: { error: 'Fant ikke rapporten. Lag en ny med «rapport».' } };

/** `attachment` with the name as ASCII and, for æøå and the dash, as UTF-8 (RFC 6266). */
function contentDisposition(name: string): string {
  const ascii = name.replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/[\u2013\u2014]/g, '-')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export interface LocalReportStoreOptions {
  /** DATA_DIR; reports go in its "reports" folder. */
  dataDir: string;
  /** The bot's own address (http://127.0.0.1:3978), known once the server listens. */
  baseUrl: () => string;
  log: ILogger;
}

/**
 * Local mode: each report in its own folder under DATA_DIR/reports, named by a random id, and
 * served by the bot at /api/reports/<id>. The id is the only input the route reads, checked
 * against its exact form, so no path from a request ever reaches the file system. Local mode
 * listens on loopback only, so the link works on this machine and nowhere else.
 */
export class LocalReportStore implements ReportStore {
  readonly where = 'hos assistenten på denne maskinen (lokal modus)';
  readonly dir: string;

  constructor(private readonly options: LocalReportStoreOptions) {
    this.dir = path.resolve(options.dataDir, 'reports');
  }

  async save(name: string, bytes: Buffer): Promise<StoreResult> {
    if (path.basename(name) !== name) throw new Error('a report name must be a plain file name');
    const id = randomBytes(16).toString('hex');
    const folder = path.join(this.dir, id);
    await fs.promises.mkdir(folder, { recursive: true });
    await fs.promises.writeFile(path.join(folder, name), bytes);
    await this.prune();
    this.options.log.info(`year report saved locally (${bytes.length} bytes)`);
    return { kind: 'saved', report: { url: `${this.options.baseUrl()}${LOCAL_REPORTS_ROUTE}/${id}`, name } };
  }

  /** GET /api/reports/:id – the report's bytes as a Word download, or 404. */
  handler(): GetHandler {
    return async ({ params }) => {
      const id = params?.['id'] ?? '';
      if (!ID.test(id)) return NOT_FOUND;
      const folder = path.join(this.dir, id);
      const name = (await fs.promises.readdir(folder).catch(() => [] as string[])).find((f) => f.endsWith('.docx'));
      if (!name) return NOT_FOUND;
      const bytes = await fs.promises.readFile(path.join(folder, name));
      return {
        status: 200,
        body: bytes,
        headers: {
          'content-type': DOCX_CONTENT_TYPE,
          'content-disposition': contentDisposition(name),
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        },
      };
    };
  }

  /** Keeps the newest KEEP reports, so a long-running local bot does not fill the disk. */
  private async prune(): Promise<void> {
    const entries = await fs.promises.readdir(this.dir, { withFileTypes: true });
    const folders = await Promise.all(
      entries.filter((e) => e.isDirectory() && ID.test(e.name)).map(async (e) => ({ name: e.name, at: (await fs.promises.stat(path.join(this.dir, e.name))).mtimeMs })),
    );
    const old = folders.sort((a, b) => b.at - a.at).slice(KEEP);
    await Promise.all(old.map((f) => fs.promises.rm(path.join(this.dir, f.name), { recursive: true, force: true })));
  }
}
