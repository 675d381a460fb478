import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sharedAzurite, uniquePrefix } from '../support/azurite';
import { startTestService } from '../support/service';

const ROOT = path.resolve(__dirname, '..', '..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => fs.readFileSync(path.join(ROOT, dir, f), 'utf8'));
}

describe('README', () => {
  it('documents every environment variable the bot and npm start read', () => {
    const code = [...sources('src'), ...sources('scripts')].join('\n');
    const names = new Set<string>();
    for (const m of code.matchAll(/\benv(?:\.|, '|\[')([A-Z][A-Z0-9_]+)/g)) names.add(m[1]!);
    for (const m of code.matchAll(/\bpick\('([A-Z][A-Z0-9_]+)'\)/g)) names.add(m[1]!);
    names.delete('NODE_ENV');
    assert.ok(names.has('PLAYGROUND_PORT') && names.has('MAX_BODY_BYTES'), 'the scan finds what it should');
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const missing = [...names].filter((n) => !readme.includes(`\`${n}\``)).sort();
    assert.deepEqual(missing, []);
  });
  it('shows a connection string for Azurite on another port than 10002, and it works', async function () {
    this.timeout(20_000);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const shown = /AZURE_STORAGE_CONNECTION_STRING='([^']*TableEndpoint=http:\/\/127\.0\.0\.1:(\d+)\/[^']*)'/.exec(readme);
    assert.ok(shown, 'the README shows a whole connection string with a TableEndpoint');
    assert.notEqual(shown[2], '10002', 'for a port other than the default');
    // The shared Azurite listens on a free port, as a user's second Azurite would.
    const azurite = await sharedAzurite();
    const connectionString = shown[1]!.replace(`:${shown[2]}/`, `:${azurite.port}/`);
    const ctx = await startTestService({ STATE_STORE: 'azure-tables', AZURE_STORAGE_CONNECTION_STRING: connectionString, AZURE_STORAGE_TABLE_PREFIX: uniquePrefix() });
    try {
      const ready = (await (await fetch(`${ctx.url}/readyz`)).json()) as { checks: Record<string, boolean> };
      assert.equal(ready.checks.state, true);
    } finally {
      await ctx.service.stop();
    }
  });
});
