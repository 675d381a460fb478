import type { DriveNode, DriveStore } from './drive-store';
import { routeDriveWrite } from './drive-writes';

/** What a drive route answers: JSON, bytes, or a redirect to the bytes. */
export interface DriveReply {
  status: number;
  body?: unknown;
  bytes?: Buffer;
  headers?: Record<string, string>;
}

export interface DriveRequest {
  method: string;
  /** The request body, for writes. */
  body?: Buffer;
  /** Path after /v1.0, undecoded. */
  path: string;
  query: Record<string, string>;
  /** http://127.0.0.1:port/v1.0 */
  baseUrl: string;
  pageSize: number;
}

const err = (status: number, code: string, message: string): DriveReply => ({ status, body: { error: { code, message } } });

/** A driveItem as Graph returns it in delta: tombstones carry only id, parent and the deleted facet. */
export function itemResource(store: DriveStore, n: DriveNode): Record<string, unknown> {
  const parentReference = { driveId: store.driveId, driveType: 'documentLibrary', ...(n.parentId ? { id: n.parentId } : {}) };
  if (n.deleted) return { id: n.id, parentReference, deleted: { state: 'deleted' } };
  const base = {
    id: n.id,
    name: n.name,
    eTag: `"{${n.id}},${n.version}"`,
    cTag: `"c:{${n.id}},${n.version}"`,
    webUrl: store.webUrl(n),
    parentReference,
  };
  if (n.kind === 'folder') return { ...base, folder: { childCount: 0 }, ...(n.parentId ? {} : { root: {} }) };
  return { ...base, size: n.content?.length ?? 0, file: { mimeType: 'application/octet-stream' } };
}

/**
 * The drive subset of Graph that knowledge sync uses: a site's default drive, items by path,
 * delta (paged, with tokens that can expire) and content download through a 302, like Graph;
 * and the writes report saving uses (drive-writes.ts).
 */
export function routeDrive(store: DriveStore, req: DriveRequest): DriveReply {
  if (!['GET', 'POST', 'PUT'].includes(req.method)) return err(405, 'methodNotAllowed', `${req.method} not supported`);
  const path = req.path;
  let m = /^\/sites\/([^/]+)\/drive$/.exec(path);
  if (m && req.method === 'GET') return { status: 200, body: { id: store.driveId, driveType: 'documentLibrary', name: 'Dokumenter' } };
  m = /^\/drives\/([^/]+)\/(.*)$/.exec(path);
  if (!m) return err(404, 'itemNotFound', 'Not found');
  if (decodeURIComponent(m[1]!) !== store.driveId) return err(404, 'itemNotFound', 'The drive does not exist.');
  const rest = m[2]!;
  if (req.method !== 'GET') return routeDriveWrite(store, req, rest);
  let target: DriveNode | undefined;
  let action = '';
  if ((m = /^root:\/(.*?):?(\/delta)?$/.exec(rest))) {
    target = store.byPath(decodeURIComponent(m[1]!));
    action = m[2] ? 'delta' : '';
  } else if ((m = /^root(\/delta)?$/.exec(rest))) {
    target = store.node(store.rootId);
    action = m[1] ? 'delta' : '';
  } else if ((m = /^items\/([^/]+)(\/delta|\/content)?$/.exec(rest))) {
    target = store.node(decodeURIComponent(m[1]!));
    action = (m[2] ?? '').slice(1);
  } else return err(404, 'itemNotFound', 'Not found');
  if (!target || target.deleted) return err(404, 'itemNotFound', 'The resource could not be found.');
  if (action === '') return { status: 200, body: itemResource(store, target) };
  if (action === 'content') {
    if (target.kind !== 'file') return err(400, 'invalidRequest', 'Not a file');
    // Graph redirects to a short-lived pre-authenticated URL; the emulator's needs no token either.
    const location = `${req.baseUrl.replace(/\/v1\.0$/, '')}/download/${encodeURIComponent(target.id)}?v=${target.version}`;
    return { status: 302, headers: { location } };
  }
  return delta(store, target, req);
}

function delta(store: DriveStore, folder: DriveNode, req: DriveRequest): DriveReply {
  // token = last seen change; page = "since.offset.snapshot" while enumerating.
  const [sinceRaw, offsetRaw, snapRaw] = (req.query['page'] ?? '').split('.');
  const token = req.query['token'];
  const since = req.query['page'] ? Number(sinceRaw) : token !== undefined ? Number(token) : -1;
  if (Number.isNaN(since)) return err(400, 'invalidRequest', 'Bad token');
  if (since >= 0 && since < store.oldestValidToken) {
    return err(410, 'resyncRequired', 'Resync required. Replace any local items with the server\'s version.');
  }
  const offset = Number(offsetRaw ?? 0) || 0;
  const snapshot = req.query['page'] ? Number(snapRaw) : store.currentSeq;
  const changed = [folder, ...store.descendants(folder.id)]
    .filter((n) => (since < 0 ? !n.deleted : n.seq > since) && n.seq <= snapshot)
    .sort((a, b) => a.seq - b.seq);
  const top = Math.max(1, Number(req.query['$top'] ?? req.pageSize) || req.pageSize);
  const page = changed.slice(offset, offset + top);
  const body: Record<string, unknown> = { value: page.map((n) => itemResource(store, n)) };
  const self = `${req.baseUrl}${req.path}`;
  if (offset + top < changed.length) body['@odata.nextLink'] = `${self}?page=${since}.${offset + top}.${snapshot}`;
  else body['@odata.deltaLink'] = `${self}?token=${snapshot}`;
  return { status: 200, body };
}
