import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../src/common/clock';
import { docxToText } from '../../src/knowledge/docx';
import { createMeasures, RepositoryUnavailableError } from '../../src/measures';
import { SqliteMeasureRepository } from '../../src/measures/sqlite-repository';
import { loadPlan } from '../../src/plan/load';
import { SqliteReminderLedger } from '../../src/reminders/sqlite-ledger';
import { openDatabase, type Db } from '../../src/storage/database';
import { LocalReportStore } from '../../src/year-report/local-store';
import { saveYearReport, type YearReportServiceDeps } from '../../src/year-report/service';
import { kari, recordingLogger, sqliteMeasureStores } from '../measures/fixtures';

const PLAN = loadPlan(path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml'));
const sofie = { aadObjectId: '00000000-0000-0000-0000-000000000024', name: 'Sofie Larsen' };

describe('saveYearReport from the live stores (SQLite), saved locally', () => {
  let db: Db;
  let dir: string;
  let deps: YearReportServiceDeps;
  let store: LocalReportStore;
  let service: ReturnType<typeof createMeasures>['service'];
  const clock = new ManualClock('2026-11-20T09:00:00Z');

  beforeEach(() => {
    db = openDatabase(':memory:');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-report-'));
    const repo = new SqliteMeasureRepository(db);
    repo.seedFromPlan(PLAN);
    const { log } = recordingLogger();
    const stores = sqliteMeasureStores(db);
    const measures = createMeasures({ ...stores, repo, plan: PLAN, clock, log });
    store = new LocalReportStore({ dataDir: dir, baseUrl: () => 'http://127.0.0.1:3978', log });
    service = measures.service;
    deps = { plan: PLAN, repo, ledger: measures.ledger, reminders: new SqliteReminderLedger(db), clock, store, log };
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function approve(measureId: string, status: string, comment: string, decisionComment: string) {
    const p = await service.propose({ measureId, status, comment, proposer: sofie }, clock.now());
    assert.equal(p.kind, 'proposed');
    const d = await service.decide({ proposalId: (p as { proposal: { id: string } }).proposal.id, approve: true, comment: decisionComment, decider: kari }, clock.now());
    assert.equal(d.kind, 'approved');
  }

  async function download(url: string): Promise<{ status: number; body?: unknown; headers?: Record<string, string> }> {
    const id = url.split('/').at(-1)!;
    return store.handler()({ query: {}, headers: {}, params: { id } });
  }

  it('holds an approved status, the owner\'s comment masked as stored, and a wheel activity marked done', async () => {
    await approve('1.2', 'Pågår', 'Planlegging i gang, ring meg på 478 09 050', 'Fint');
    await new SqliteReminderLedger(db).recordDone('W02', '2026-02-02', kari, new Date('2026-02-03T09:00:00Z'));

    const r = await saveYearReport(deps, 2026);
    assert.equal(r.kind, 'saved');
    if (r.kind !== 'saved') return;
    assert.equal(r.name, 'Statusrapport 2026 – Handlingsplan mot vold i nære relasjoner.docx');
    assert.match(r.url, /^http:\/\/127\.0\.0\.1:3978\/api\/reports\/[0-9a-f]{32}$/);
    assert.deepEqual(r.facts, { measures: 15, overdue: 2, decisions: 1, wheelDone: 1, wheelTotal: 15 });

    const res = await download(r.url);
    assert.equal(res.status, 200);
    assert.equal(res.headers?.['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.match(res.headers?.['content-disposition'] ?? '', /^attachment; filename="Statusrapport 2026 - Handlingsplan mot vold i naere relasjoner.docx"; filename\*=UTF-8''Statusrapport%202026%20%E2%80%93%20/);
    const text = await docxToText(res.body as Buffer);
    assert.match(text, /\| 1\.2 En uke mot vold \| Pågår \|/);
    assert.match(text, /Sofie Larsen: «Planlegging i gang, ring meg på \[telefonnummer fjernet\]» Koordinator: «Fint»/);
    assert.doesNotMatch(text, /478 09 050/);
    assert.match(text, /\| 02\.02\.2026 \| Temadag om vold i nære relasjoner \| .* \| Gjort Kari Nordmann 03\.02\.2026 \|/);
  });

  it('when the measures cannot be read, says so in Norwegian and saves nothing', async () => {
    deps.repo = { list: async () => { throw new RepositoryUnavailableError('down'); } };
    const r = await saveYearReport(deps, 2026);
    assert.deepEqual(r, { kind: 'failed', message: 'Tiltakslisten svarer ikke akkurat nå, så rapporten ble ikke laget. Prøv igjen om litt.' });
    assert.equal(fs.existsSync(store.dir), false);
  });

  it('serves only a saved report by its exact id: malformed, traversing and unknown ids get 404', async () => {
    const r = await saveYearReport(deps, 2026);
    assert.equal(r.kind, 'saved');
    fs.writeFileSync(path.join(dir, 'secret.docx'), 'not a report');
    const handler = store.handler();
    for (const id of ['..', '../secret.docx', '..%2Fsecret.docx', 'A'.repeat(23), 'A'.repeat(24), `${'A'.repeat(22)}/.`, '']) {
      const res = await handler({ query: {}, headers: {}, params: { id } });
      assert.equal(res.status, 404, `id ${JSON.stringify(id)}`);
      assert.ok(!Buffer.isBuffer(res.body));
    }
  });
});
