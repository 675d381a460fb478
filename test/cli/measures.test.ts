import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { formatMeasure, runMeasuresCli } from '../../src/cli/measures';
import { SqliteMeasureRepository } from '../../src/measures/sqlite-repository';
import { openDatabase } from '../../src/storage/database';
import { testPlan } from '../measures/fixtures';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe('measures CLI', () => {
  const repo = () => {
    const r = new SqliteMeasureRepository(openDatabase(':memory:'));
    r.seedFromPlan(testPlan());
    return r;
  };

  it('list --json prints an array of Measure objects', async () => {
    const o = io();
    assert.equal(await runMeasuresCli(['list', '--json'], repo, o.io), 0);
    const printed = JSON.parse(o.out.join('\n'));
    assert.deepEqual(printed, testPlan().measures);
  });

  it('list prints id, title, status and who updated and approved, in Oslo time', async () => {
    const o = io();
    await runMeasuresCli(['list'], repo, o.io);
    assert.equal(o.out.length, 7);
    assert.equal(o.out[0], '1.1\tTiltak 1.1\tIkke startet\tikke oppdatert\tikke godkjent');
    const line = formatMeasure({ ...testPlan().measures[0]!, status: 'Pågår', updatedBy: 'Ola Hansen', updatedAt: '2026-03-01T09:00:00Z', approvedBy: 'Kari Nordmann', approvedAt: '2026-07-01T22:30:00Z' });
    assert.equal(line, '1.1\tTiltak 1.1\tPågår\toppdatert 01.03.2026, 10:00 av Ola Hansen\tgodkjent 02.07.2026, 00:30 av Kari Nordmann');
  });

  it('unknown arguments give the usage in Norwegian and exit code 2', async () => {
    const o = io();
    assert.equal(await runMeasuresCli(['lsit'], repo, o.io), 2);
    assert.deepEqual(o.err, ['Bruk: measures list [--json]']);
  });

  it('run as a command, it seeds DATA_DIR from PLAN_FILE on first run', async function () {
    this.timeout(30_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'measures-cli-'));
    const env = { ...process.env, DATA_DIR: dataDir, SHAREPOINT_SITE_ID: '', NODE_ENV: 'development' };
    const cli = path.resolve(__dirname, '../../src/cli/measures.ts');
    const tsx = path.resolve(__dirname, '../../node_modules/.bin/tsx');
    const { stdout } = await promisify(execFile)(tsx, [cli, 'list', '--json'], { env });
    const measures = JSON.parse(stdout) as Array<{ id: string; status: string }>;
    assert.ok(measures.length > 0);
    assert.ok(measures.every((m) => typeof m.id === 'string' && typeof m.status === 'string'));
    assert.ok(fs.existsSync(path.join(dataDir, 'assistant.db')));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
