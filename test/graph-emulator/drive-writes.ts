import type { DriveReply, DriveRequest } from './drive-routes';
import { itemResource } from './drive-routes';
import type { DriveNode, DriveStore } from './drive-store';

const err = (status: number, code: string, message: string): DriveReply => ({ status, body: { error: { code, message } } });

/** Characters SharePoint refuses in a file or folder name. */
const BAD_NAME = /["*:<>?/\\|]/;

/** The folder a write addresses: root, root:/path:, or items/{id}. */
function folderOf(store: DriveStore, ref: string): DriveNode | undefined {
  if (ref === 'root') return store.node(store.rootId);
  const byPath = /^root:\/(.+):$/.exec(ref);
  if (byPath) return store.byPath(decodeURIComponent(byPath[1]!));
  const byId = /^items\/([^/:]+)$/.exec(ref);
  return byId ? store.node(decodeURIComponent(byId[1]!)) : undefined;
}

/**
 * The drive writes report saving uses, as Graph answers them: POST …/children with a folder
 * facet (409 nameAlreadyExists under conflictBehavior "fail"), and the simple upload
 * PUT …/{parent}:/{name}:/content (201 when created, 200 when it replaced a file). Unlike Graph's
 * path upload, the parent must exist here: our client makes it first, and the tests check that.
 */
export function routeDriveWrite(store: DriveStore, req: DriveRequest, rest: string): DriveReply {
  let m = /^(root|root:\/.+:|items\/[^/:]+)\/children$/.exec(rest);
  if (m && req.method === 'POST') {
    const parent = folderOf(store, m[1]!);
    if (!parent || parent.deleted || parent.kind !== 'folder') return err(404, 'itemNotFound', 'The parent folder does not exist.');
    let body: { name?: unknown; folder?: unknown; '@microsoft.graph.conflictBehavior'?: unknown };
    try {
      body = JSON.parse(req.body?.toString('utf8') ?? '');
    } catch {
      return err(400, 'invalidRequest', 'The request body is not JSON.');
    }
    if (typeof body.name !== 'string' || !body.name || BAD_NAME.test(body.name) || !body.folder) return err(400, 'invalidRequest', 'A folder needs a valid name and a folder facet.');
    const existing = store.childOf(parent.id, body.name);
    if (existing && body['@microsoft.graph.conflictBehavior'] !== 'replace') return err(409, 'nameAlreadyExists', 'The specified item name already exists.');
    return { status: 201, body: itemResource(store, existing ?? store.addFolder(parent.id, body.name)) };
  }
  m = /^(root|items\/[^/:]+):\/([^/]+):\/content$/.exec(rest);
  if (m && req.method === 'PUT') {
    const parent = folderOf(store, m[1]!);
    const name = decodeURIComponent(m[2]!);
    if (!parent || parent.deleted || parent.kind !== 'folder') return err(404, 'itemNotFound', 'The parent folder does not exist.');
    if (BAD_NAME.test(name) || name.trim() !== name || name.endsWith('.')) return err(400, 'invalidRequest', 'The file name is not allowed.');
    const { node, created } = store.putFileIn(parent.id, name, req.body ?? Buffer.alloc(0));
    return { status: created ? 201 : 200, body: itemResource(store, node) };
  }
  return err(405, 'methodNotAllowed', `${req.method} not supported here`);
}
