import { randomUUID } from 'node:crypto';

/** A file or folder in the emulated document library. */
export interface DriveNode {
  id: string;
  name: string;
  parentId: string | null;
  kind: 'file' | 'folder';
  content?: Buffer;
  /** Bumped on every content change, like Graph's cTag. */
  version: number;
  /** The change sequence number of the last change; delta returns nodes changed after a token. */
  seq: number;
  deleted: boolean;
}

/**
 * The state behind the drive emulator: one drive per site, nodes by id, and a change sequence
 * that delta tokens point into. Tests change it directly (putFile, deleteFile) as a user would
 * in SharePoint.
 */
export class DriveStore {
  readonly driveId = 'b!emulated-drive';
  readonly rootId = 'root-0';
  private readonly nodes = new Map<string, DriveNode>();
  private seq = 0;
  /** Tokens older than this answer 410 resyncRequired, as an expired Graph delta token does. */
  oldestValidToken = 0;

  constructor(readonly webBase = 'https://eksempel.sharepoint.com/sites/vold/Delte%20dokumenter') {
    this.nodes.set(this.rootId, { id: this.rootId, name: 'root', parentId: null, kind: 'folder', version: 1, seq: 0, deleted: false });
  }

  get currentSeq(): number {
    return this.seq;
  }

  /** Creates the folders along `path` ("Kunnskap/Veiledere") if missing; returns the last one. */
  ensureFolder(path: string): DriveNode {
    let parent = this.node(this.rootId)!;
    for (const name of path.split('/').filter(Boolean)) {
      parent = this.child(parent.id, name) ?? this.add({ name, parentId: parent.id, kind: 'folder' });
    }
    return parent;
  }

  /** Adds or replaces a file's content, as an upload to SharePoint does. */
  putFile(folder: string, name: string, content: Buffer | string): DriveNode {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return this.putFileIn(this.ensureFolder(folder).id, name, data).node;
  }

  deleteFile(folder: string, name: string): void {
    const node = this.child(this.ensureFolder(folder).id, name);
    if (!node) throw new Error(`no file ${folder}/${name}`);
    node.deleted = true;
    node.seq = ++this.seq;
  }

  /** Makes every delta token handed out so far expire (the next delta call with one gets 410). */
  expireDeltaTokens(): void {
    this.oldestValidToken = this.seq + 1;
  }

  node(id: string): DriveNode | undefined {
    return this.nodes.get(id);
  }

  byPath(path: string): DriveNode | undefined {
    let node = this.node(this.rootId);
    for (const name of path.split('/').filter(Boolean)) node = node ? this.child(node.id, name) : undefined;
    return node;
  }

  /** Nodes below `folderId` (tombstones included), in creation order so parents come first. */
  descendants(folderId: string): DriveNode[] {
    const out: DriveNode[] = [];
    for (const n of this.nodes.values()) {
      for (let p = n.parentId; p; p = this.node(p)?.parentId ?? null) {
        if (p === folderId) {
          out.push(n);
          break;
        }
      }
    }
    return out;
  }

  webUrl(node: DriveNode): string {
    const parts: string[] = [];
    for (let n: DriveNode | undefined = node; n && n.parentId; n = this.node(n.parentId)) parts.unshift(encodeURIComponent(n.name));
    return `${this.webBase}/${parts.join('/')}`;
  }

  /** A live child of a folder by name, as Graph's path addressing finds it. */
  childOf(parentId: string, name: string): DriveNode | undefined {
    return this.child(parentId, name);
  }

  /** A new folder in `parentId`, as POST …/children with a folder facet makes one. */
  addFolder(parentId: string, name: string): DriveNode {
    return this.add({ name, parentId, kind: 'folder' });
  }

  /** Adds or replaces a file in a folder given by id, as PUT …/items/{parent}:/{name}:/content does. */
  putFileIn(parentId: string, name: string, content: Buffer): { node: DriveNode; created: boolean } {
    const existing = this.child(parentId, name);
    if (!existing) return { node: this.add({ name, parentId, kind: 'file', content }), created: true };
    existing.content = content;
    existing.version++;
    existing.seq = ++this.seq;
    return { node: existing, created: false };
  }

  private child(parentId: string, name: string): DriveNode | undefined {
    for (const n of this.nodes.values()) if (n.parentId === parentId && n.name === name && !n.deleted) return n;
    return undefined;
  }

  private add(init: Pick<DriveNode, 'name' | 'parentId' | 'kind'> & { content?: Buffer }): DriveNode {
    const node: DriveNode = { id: randomUUID(), version: 1, seq: ++this.seq, deleted: false, ...init };
    this.nodes.set(node.id, node);
    return node;
  }
}
