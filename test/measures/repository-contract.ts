import assert from 'node:assert/strict';
import type { Measure, MeasureStatus } from '../../src/plan/types';
import type { MeasureRepository, StatusChange, StatusLogEntry } from '../../src/measures/types';
import { kari, ola, testPlan } from './fixtures';

/** What each adapter's test provides: a repository seeded with `measures`, and a way to edit behind its back. */
export interface RepositoryHarness {
  repo: MeasureRepository;
  /** Someone else changes the status directly in the store (e.g. in the SharePoint UI). */
  editStatus(measureId: string, status: MeasureStatus): Promise<void>;
  close(): Promise<void>;
}

export type HarnessFactory = (measures: Measure[]) => Promise<RepositoryHarness>;

const change = (over: Partial<StatusChange> = {}): StatusChange => ({
  decisionId: 'd-1', fromStatus: 'Ikke startet', toStatus: 'Pågår', comment: 'Kurs holdt i mars',
  updatedBy: ola.name, updatedAt: '2026-03-01T10:00:00.000Z', approvedBy: kari.name, approvedAt: '2026-03-02T09:00:00.000Z',
  ...over,
});

export const logEntry = (decisionId: string): StatusLogEntry => ({
  decisionId, proposalId: `p-${decisionId}`, measureId: '1.1', fromStatus: 'Ikke startet', toStatus: 'Pågår',
  outcome: 'approved', comment: 'ok', proposedBy: ola, decidedBy: kari, decidedAt: '2026-03-02T09:00:00.000Z',
});

/** The MeasureRepository contract: every adapter must pass the same suite. */
export function measureRepositoryContract(name: string, factory: HarnessFactory): void {
  describe(`MeasureRepository contract: ${name}`, () => {
    let h: RepositoryHarness;
    beforeEach(async () => {
      h = await factory(testPlan().measures);
    });
    afterEach(async () => h.close());

    it('lists every measure in plan order, across pages', async () => {
      const all = await h.repo.list();
      assert.deepEqual(all.map((m) => m.id), ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3']);
      assert.equal(all[0]!.deadline, '2026-01-31');
      assert.equal(all[1]!.status, 'Pågår');
    });

    it('gets one measure with a version, and nothing for an unknown id', async () => {
      const got = await h.repo.get('2.1');
      assert.equal(got?.measure.title, 'Tiltak 2.1');
      assert.equal(typeof got?.version, 'string');
      assert.equal(await h.repo.get('9.9'), undefined);
    });

    it('writing at the current version changes status and version', async () => {
      const before = (await h.repo.get('1.1'))!;
      const result = await h.repo.applyStatus('1.1', change(), before.version);
      assert.equal(result.kind, 'written');
      const after = (await h.repo.get('1.1'))!;
      assert.equal(after.measure.status, 'Pågår');
      assert.equal(after.measure.approvedBy, kari.name);
      assert.equal(after.measure.statusComment, 'Kurs holdt i mars');
      assert.notEqual(after.version, before.version);
    });

    it('a write over a status changed elsewhere is a conflict carrying the current measure', async () => {
      const before = (await h.repo.get('1.1'))!;
      await h.editStatus('1.1', 'Avbrutt');
      const result = await h.repo.applyStatus('1.1', change(), before.version);
      assert.equal(result.kind, 'conflict');
      assert.equal(result.kind === 'conflict' && result.current.status, 'Avbrutt');
      assert.equal((await h.repo.get('1.1'))!.measure.status, 'Avbrutt');
    });

    it('replaying a write that already landed counts as written and changes nothing', async () => {
      const before = (await h.repo.get('1.1'))!;
      assert.equal((await h.repo.applyStatus('1.1', change(), before.version)).kind, 'written');
      const landed = (await h.repo.get('1.1'))!;
      assert.equal((await h.repo.applyStatus('1.1', change(), before.version)).kind, 'written');
      assert.equal((await h.repo.get('1.1'))!.version, landed.version);
    });

    it('a write by another decision is not taken for ours, even with the same status and times', async () => {
      const before = (await h.repo.get('1.1'))!;
      assert.equal((await h.repo.applyStatus('1.1', change(), before.version)).kind, 'written');
      const other = await h.repo.applyStatus('1.1', change({ decisionId: 'd-2' }), before.version);
      assert.equal(other.kind, 'conflict');
      assert.equal((await h.repo.get('1.1'))!.measure.decisionId, 'd-1');
    });

    it('writing to an unknown measure fails for good', async () => {
      const result = await h.repo.applyStatus('9.9', change(), '1');
      assert.deepEqual(result.kind === 'failed' && result.transient, false);
    });

    it('appending the same decision twice keeps one status log row', async () => {
      assert.deepEqual(await h.repo.appendStatusLog(logEntry('d1')), { kind: 'appended' });
      assert.deepEqual(await h.repo.appendStatusLog(logEntry('d1')), { kind: 'duplicate' });
      assert.deepEqual(await h.repo.appendStatusLog(logEntry('d2')), { kind: 'appended' });
      const log = await h.repo.listStatusLog();
      assert.deepEqual(log.map((e) => e.decisionId), ['d1', 'd2']);
      assert.deepEqual(log[0], logEntry('d1'));
    });

    it('two racing appends of one decision keep one row', async () => {
      const results = await Promise.all([h.repo.appendStatusLog(logEntry('d1')), h.repo.appendStatusLog(logEntry('d1'))]);
      assert.deepEqual(results.map((r) => r.kind).sort(), ['appended', 'duplicate']);
      assert.equal((await h.repo.listStatusLog()).length, 1);
    });
  });
}
