import type { Person } from '../plan/types';
import type { GraphConnection } from './graph-client';
import { withRetry, type Attempt, type RetryPolicy } from './retry';

interface UserResource {
  id: string;
  displayName?: string;
  '@odata.type'?: string;
}

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

const enc = encodeURIComponent;

/**
 * Entra ID look-ups the plan needs: a person field's e-mail to the user's object id (the id
 * Teams puts on every activity), and the members of the coordinators' group. Found users are
 * cached for the process: object ids never change. Needs User.Read.All and GroupMember.Read.All.
 */
export class Directory {
  private readonly found = new Map<string, Person>();

  constructor(private readonly graph: GraphConnection, private readonly retry: RetryPolicy) {}

  /** The user with this e-mail or user principal name; undefined when there is none. */
  async userByEmail(email: string): Promise<Attempt<Person | undefined>> {
    const key = email.trim().toLowerCase();
    const cached = this.found.get(key);
    if (cached) return { ok: true, value: cached };
    const direct = await withRetry(this.retry, () => this.graph.client.api(`/users/${enc(key)}`).select('id,displayName').get() as Promise<UserResource>);
    let user: UserResource | undefined;
    if (direct.ok) user = direct.value;
    else if (direct.failure.status !== 404) return direct;
    else {
      // An e-mail that is not the UPN: look it up by mail.
      const filter = enc(`mail eq '${key.replace(/'/g, "''")}'`);
      const byMail = await withRetry(this.retry, () => this.graph.client.api(`/users?$filter=${filter}&$select=id,displayName`).get() as Promise<Page<UserResource>>);
      if (!byMail.ok) return byMail;
      user = byMail.value.value[0];
    }
    if (!user) return { ok: true, value: undefined };
    const person = { aadObjectId: user.id, name: user.displayName ?? key };
    this.found.set(key, person);
    return { ok: true, value: person };
  }

  /** Users in the group, directly or through nested groups. */
  async groupMembers(groupId: string): Promise<Attempt<Person[]>> {
    const out: Person[] = [];
    let path: string | undefined = `/groups/${enc(groupId)}/transitiveMembers?$select=id,displayName`;
    while (path) {
      const current: string = path;
      const r = await withRetry(this.retry, () => this.graph.client.api(current).get() as Promise<Page<UserResource>>);
      if (!r.ok) return r;
      for (const m of r.value.value) {
        if (m['@odata.type'] && m['@odata.type'] !== '#microsoft.graph.user') continue;
        out.push({ aadObjectId: m.id, name: m.displayName ?? 'Koordinator' });
      }
      const next = r.value['@odata.nextLink'];
      path = next ? this.graph.relativePath(next) : undefined;
    }
    return { ok: true, value: out };
  }
}
