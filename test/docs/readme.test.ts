import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

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
});
