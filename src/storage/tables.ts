import { RestError, TableClient, TableServiceClient, type TableEntityResult } from '@azure/data-tables';
import { ManagedIdentityCredential } from '@azure/identity';

/** How to reach Azure Table Storage: a connection string (Azurite, development) or an account URL and managed identity. */
export interface TablesConnection {
  connectionString?: string;
  accountUrl?: string;
  /** A user-assigned managed identity; unset means the app's system-assigned identity. */
  managedIdentityClientId?: string;
  /** Prefix of every table name, so several deployments (or tests) can share one account. */
  prefix: string;
}

/** Every table the product uses, without the prefix. Infra (Bicep) creates the same names. */
export const TABLES = [
  'Conversations', 'Subscriptions', 'ReminderDeliveries', 'ReminderDone', 'Instances',
  'Decisions', 'ApprovalMessages', 'Feedback', 'Measures', 'ProblemCards', 'Once',
  'Unanswered',
] as const;
export type TableName = (typeof TABLES)[number];

/** An entity as read back, with the eTag a conditional write must match. */
export type Row = TableEntityResult<Record<string, unknown>>;

/**
 * One Table Storage account: a client per table, created once. Keys are escaped with `tableKey`
 * because PartitionKey and RowKey may not hold '/', '\', '#', '?' or control characters.
 */
export class TableStorage {
  private readonly clients = new Map<string, TableClient>();

  constructor(private readonly conn: TablesConnection) {
    if (!conn.connectionString === !conn.accountUrl) throw new Error('TableStorage needs a connection string or an account URL');
    if (!/^[A-Za-z][A-Za-z0-9]{0,40}$/.test(conn.prefix)) throw new Error(`table prefix must be letters and digits, starting with a letter: ${conn.prefix}`);
  }

  tableName(name: TableName): string {
    return `${this.conn.prefix}${name}`;
  }

  table(name: TableName): TableClient {
    let client = this.clients.get(name);
    if (!client) {
      const full = this.tableName(name);
      if (this.conn.connectionString) {
        client = TableClient.fromConnectionString(this.conn.connectionString, full, { allowInsecureConnection: insecure(this.conn.connectionString) });
      } else {
        client = new TableClient(this.conn.accountUrl as string, full, this.credential());
      }
      this.clients.set(name, client);
    }
    return client;
  }

  /** Creates the tables that are missing. In Azure they exist already (Bicep); 409 and 403 are fine. */
  async ensureTables(): Promise<void> {
    const service = this.conn.connectionString
      ? TableServiceClient.fromConnectionString(this.conn.connectionString, { allowInsecureConnection: insecure(this.conn.connectionString) })
      : new TableServiceClient(this.conn.accountUrl as string, this.credential());
    for (const name of TABLES) {
      try {
        await service.createTable(this.tableName(name));
      } catch (err) {
        if (!isStatus(err, 409) && !isStatus(err, 403)) throw err;
      }
    }
  }

  /** Readiness: one cheap read that needs the network, the credential and the table. */
  async ping(): Promise<boolean> {
    await this.table('Instances').getEntity('ping', 'ping').catch((err) => {
      if (!isStatus(err, 404)) throw err;
    });
    return true;
  }

  private credentialCache: ManagedIdentityCredential | undefined;
  private credential(): ManagedIdentityCredential {
    const id = this.conn.managedIdentityClientId;
    this.credentialCache ??= id ? new ManagedIdentityCredential({ clientId: id }) : new ManagedIdentityCredential();
    return this.credentialCache;
  }
}

/** Azurite speaks plain HTTP on loopback; the SDK refuses that unless told. */
function insecure(connectionString: string): boolean {
  return /DefaultEndpointsProtocol=http;|TableEndpoint=http:/i.test(connectionString);
}

/** True when a Table Storage call failed with this HTTP status (409 exists, 412 eTag changed, 404 missing). */
export function isStatus(err: unknown, status: number): boolean {
  return err instanceof RestError ? err.statusCode === status : (err as { statusCode?: number })?.statusCode === status;
}

/** Escapes a value for PartitionKey/RowKey; reversible, and order-preserving for plain text. */
export function tableKey(value: string): string {
  return value.replace(/[%/\\#?\u0000-\u001f\u007f-\u009f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

export function fromTableKey(key: string): string {
  return key.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** OData string literal: quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** All entities matching an OData filter, every page. */
export async function query(client: TableClient, filter: string): Promise<Row[]> {
  const out: Row[] = [];
  for await (const e of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) out.push(e as Row);
  return out;
}

/** Reads one entity, or undefined when it does not exist. */
export async function getRow(client: TableClient, partitionKey: string, rowKey: string): Promise<Row | undefined> {
  try {
    return (await client.getEntity<Record<string, unknown>>(partitionKey, rowKey)) as Row;
  } catch (err) {
    if (isStatus(err, 404)) return undefined;
    throw err;
  }
}

/** Inserts an entity; false when one with the same keys exists (the conditional insert). */
export async function insertOnce(client: TableClient, entity: Record<string, unknown> & { partitionKey: string; rowKey: string }): Promise<string | false> {
  try {
    return (await client.createEntity(entity)).etag ?? '';
  } catch (err) {
    if (isStatus(err, 409)) return false;
    throw err;
  }
}

/** Merges `changes` only if the entity still has `etag`; the new eTag, or false when someone else changed it. */
export async function updateIf(
  client: TableClient,
  entity: Record<string, unknown> & { partitionKey: string; rowKey: string },
  etag: string,
): Promise<string | false> {
  try {
    return (await client.updateEntity(entity, 'Merge', { etag })).etag ?? '';
  } catch (err) {
    if (isStatus(err, 412) || isStatus(err, 404)) return false;
    throw err;
  }
}

/** Optional string property: '' and absent both mean unset. */
export function str(row: Row, name: string): string | undefined {
  const v = row[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}
