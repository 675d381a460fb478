import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../src/storage/database';
import { sqliteState, tablesState, type StateStores } from '../../src/storage/state';
import { TableStorage } from '../../src/storage/tables';
import { sharedAzurite, uniquePrefix } from './azurite';

/**
 * The two state backends the contract suites run against. `open(name)` twice with one name gives
 * two independent handles on one store: two connections to one SQLite file, or two clients of
 * one set of tables, as two processes or instances would have.
 */
export interface Backend {
  name: string;
  open(name?: string): Promise<StateStores>;
  /** Closes what `open` opened. */
  closeAll(): void;
}

export function sqliteBackend(): Backend {
  let dir: string | undefined;
  const dbs: Db[] = [];
  return {
    name: 'SQLite',
    async open(name) {
      dir ??= name ? fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-state-')) : undefined;
      const db = openDatabase(name && dir ? path.join(dir, `${name}.db`) : ':memory:');
      dbs.push(db);
      return sqliteState(db);
    },
    closeAll() {
      dbs.splice(0).forEach((db) => db.close());
    },
  };
}

export function tablesBackend(): Backend {
  const prefixes = new Map<string, string>();
  return {
    name: 'Azure Table Storage (Azurite)',
    async open(name) {
      const azurite = await sharedAzurite();
      let prefix = name ? prefixes.get(name) : undefined;
      if (!prefix) {
        prefix = uniquePrefix();
        if (name) prefixes.set(name, prefix);
      }
      return tablesState(new TableStorage({ connectionString: azurite.connectionString, prefix }));
    },
    closeAll() {
      prefixes.clear();
    },
  };
}

/** Runs `suite` once per backend, with a fresh backend per test. */
export function forEachBackend(title: string, suite: (b: () => Backend) => void): void {
  for (const make of [sqliteBackend, tablesBackend]) {
    describe(`${title} (${make().name})`, function () {
      this.timeout(20_000);
      let backend: Backend;
      beforeEach(() => {
        backend = make();
      });
      afterEach(() => backend.closeAll());
      suite(() => backend);
    });
  }
}
