import type { Reply } from './routes';

/** A person in the site's user information list: what a person column points at. */
export interface SiteUser {
  lookupId: number;
  name: string;
  email: string;
}

/** A user in the emulated Entra ID. */
export interface DirectoryUser {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
}

const err = (status: number, code: string, message: string): Reply => ({ status, body: { error: { code, message } } });

/**
 * The people side of the emulator: Entra users and groups (/users, /groups/{id}/transitiveMembers)
 * and each site's user information list, which person columns store lookup ids into.
 */
export class EmulatedDirectory {
  readonly users: DirectoryUser[] = [];
  /** Group id → member ids (users or other groups). */
  readonly groups = new Map<string, string[]>();
  private readonly siteUsers = new Map<string, SiteUser[]>();

  addUser(user: { id: string; displayName: string; mail: string; userPrincipalName?: string }): DirectoryUser {
    const u = { ...user, userPrincipalName: user.userPrincipalName ?? user.mail };
    this.users.push(u);
    return u;
  }

  /** Adds (or finds) the person in the site, as SharePoint's people picker does; returns the lookup id. */
  ensureSiteUser(siteId: string, person: { name: string; email: string }): number {
    let users = this.siteUsers.get(siteId);
    if (!users) this.siteUsers.set(siteId, (users = []));
    const found = users.find((u) => u.email.toLowerCase() === person.email.toLowerCase());
    if (found) return found.lookupId;
    const user = { lookupId: users.length + 7, name: person.name, email: person.email };
    users.push(user);
    return user.lookupId;
  }

  siteUser(siteId: string, lookupId: number): SiteUser | undefined {
    return this.siteUsers.get(siteId)?.find((u) => u.lookupId === lookupId);
  }

  /** /users/{id|upn}, /users?$filter=mail eq '…', /groups/{id}/transitiveMembers; undefined for other paths. */
  route(method: string, path: string, query: Record<string, string>, baseUrl: string, pageSize: number): Reply | undefined {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'users' && parts[0] !== 'groups') return undefined;
    if (method !== 'GET') return err(405, 'methodNotAllowed', `${method} not supported`);
    if (parts[0] === 'users' && parts.length === 2) {
      const key = parts[1]!.toLowerCase();
      const u = this.users.find((x) => x.id === parts[1] || x.userPrincipalName.toLowerCase() === key);
      return u ? { status: 200, body: { id: u.id, displayName: u.displayName } } : err(404, 'Request_ResourceNotFound', `Resource '${parts[1]}' does not exist.`);
    }
    if (parts[0] === 'users' && parts.length === 1) {
      const m = /^mail eq '((?:[^']|'')*)'$/.exec(query['$filter'] ?? '');
      if (!m) return err(400, 'Request_UnsupportedQuery', 'Only mail eq filters are emulated.');
      const mail = m[1]!.replace(/''/g, "'").toLowerCase();
      return { status: 200, body: { value: this.users.filter((u) => u.mail.toLowerCase() === mail).map((u) => ({ id: u.id, displayName: u.displayName })) } };
    }
    if (parts[0] === 'groups' && parts[2] === 'transitiveMembers' && parts.length === 3) {
      if (!this.groups.has(parts[1]!)) return err(404, 'Request_ResourceNotFound', `Resource '${parts[1]}' does not exist.`);
      const members = this.transitive(parts[1]!, new Set());
      const skip = Number(query['$skiptoken'] ?? 0) || 0;
      const page = members.slice(skip, skip + pageSize);
      const body: Record<string, unknown> = { value: page };
      if (skip + pageSize < members.length) body['@odata.nextLink'] = `${baseUrl}${path}?${new URLSearchParams({ ...query, $skiptoken: String(skip + pageSize) })}`;
      return { status: 200, body };
    }
    return err(404, 'Request_ResourceNotFound', 'Not found');
  }

  private transitive(groupId: string, seen: Set<string>): Array<Record<string, unknown>> {
    const out: Array<Record<string, unknown>> = [];
    for (const id of this.groups.get(groupId) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      const u = this.users.find((x) => x.id === id);
      if (u) out.push({ '@odata.type': '#microsoft.graph.user', id: u.id, displayName: u.displayName });
      else if (this.groups.has(id)) {
        out.push({ '@odata.type': '#microsoft.graph.group', id, displayName: id });
        out.push(...this.transitive(id, seen));
      }
    }
    return out;
  }
}
