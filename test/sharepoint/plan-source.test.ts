import assert from 'node:assert/strict';
import { kari, ola, ingrid, per, testPlan } from '../measures/fixtures';
import type { PlanSnapshot } from '../../src/plan/source';
import type { Plan } from '../../src/plan/types';
import { planListsHarness, type PlanListsHarness } from './plan-lists-harness';

function samplePlan(): Plan {
  const plan = testPlan();
  plan.wheel = [
    { id: 'W1', title: 'Temadag', todo: 'Meld på enhetene.', measures: ['1.1'], audience: 'alle-ledere', timing: { kind: 'months', months: [2] } },
    { id: 'W2', title: 'Frist for avtalen', todo: 'Signer.', measures: ['2.1'], audience: 'helse', timing: { kind: 'deadline', deadline: '2026-06-30' } },
    { id: 'W3', title: 'Samarbeidsmøte', todo: 'Send saksliste.', measures: [], audience: 'tryggest', timing: { kind: 'months', months: [3], time: '10:00', day: 17 } },
  ];
  return plan;
}

const ids = (s: PlanSnapshot) => ({ goals: s.plan.goals.map((g) => g.id), measures: s.plan.measures.map((m) => m.id), wheel: s.plan.wheel.map((w) => w.id) });

describe('SharePointPlanSource (the lists as the plan, against the Graph emulator)', () => {
  let h: PlanListsHarness;
  beforeEach(async () => {
    h = await planListsHarness(samplePlan());
  });
  afterEach(async () => h.close());

  it('reads goals, measures, wheel entries, owners and the coordinators group from the lists', async () => {
    const s = (await h.source().read())!;
    assert.deepEqual(ids(s), { goals: ['1', '2'], measures: ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3'], wheel: ['W1', 'W2', 'W3'] });
    assert.deepEqual(s.problems, []);
    assert.deepEqual(s.plan.measures.find((m) => m.id === '1.1'), { ...testPlan().measures[0], deadline: '2026-01-31' });
    assert.deepEqual(s.plan.owners.map((o) => [o.measures, o.members]), [[['1.1'], [ola]], [['1.2'], [ola]], [['2.1'], [ingrid]]]);
    assert.deepEqual(s.plan.coordinators, [kari, per]);
    const w3 = s.plan.wheel.find((w) => w.id === 'W3')!;
    assert.deepEqual(w3.timing, { kind: 'text', text: 'Hvert år i mars', day: 17, time: '10:00' });
    assert.deepEqual(s.plan.wheel.find((w) => w.id === 'W2')!.timing, { kind: 'text', text: 'Frist: 30.6.2026' });
    assert.deepEqual(s.plan.audiences, ['alle-ledere', 'helse', 'tryggest']);
  });

  it('a second read with no change in the lists returns nothing, and fetches only the delta', async () => {
    const source = h.source();
    await source.read();
    const before = h.emulator.requests.length;
    assert.equal(await source.read(), undefined);
    const again = h.emulator.requests.slice(before);
    assert.ok(again.every((r) => !(r.path.endsWith('/items') && r.method === 'GET')), 'no full item reads');
    assert.equal(again.filter((r) => r.path.endsWith('/items/delta')).length, 3);
  });

  it('an edited, an added and a deleted item show up in the next read', async () => {
    const source = h.source();
    await source.read();
    h.edit('Wheel', 'W1', { Title: 'Temadag om vold', Timing: 'Hvert år i april' });
    h.add('Measures', { Title: 'Nytt tiltak', MeasureId: '2.4', Goal: '2', Responsible: 'SLT', Status: 'Ikke startet' });
    h.emulator.store.deleteItem(h.emulator.store.list('contoso.sharepoint.com,site-guid,web-guid', 'Goals')!, h.item('Goals', '2'));
    const s = (await source.read())!;
    assert.deepEqual(s.plan.wheel.find((w) => w.id === 'W1')!.title, 'Temadag om vold');
    assert.ok(s.plan.measures.some((m) => m.id === '2.4'));
    assert.deepEqual(s.plan.goals.map((g) => g.id), ['1']);
    assert.equal(s.problems.filter((p) => p.kind === 'goal').length, 4, 'measures of the deleted goal are reported');
  });

  it('reads everything again when the delta token has expired (410)', async () => {
    const source = h.source();
    await source.read();
    h.emulator.store.expireDeltaTokens(h.emulator.store.list('contoso.sharepoint.com,site-guid,web-guid', 'Measures')!);
    h.edit('Measures', '1.2', { Title: 'Endret' });
    const s = (await source.read())!;
    assert.equal(s.plan.measures.find((m) => m.id === '1.2')!.title, 'Endret');
    assert.equal(s.plan.measures.length, 7);
    assert.ok(h.emulator.requests.some((r) => r.status === 410));
  });

  it('reports each kind of bad row with its row and link, and keeps every other row', async () => {
    const source = h.source();
    h.edit('Wheel', 'W1', { Timing: 'ved behov' });
    h.edit('Wheel', 'W3', { Audience: 'ledere-oppvekts' });
    h.edit('Measures', '1.4', { Goal: '9' });
    h.add('Measures', { Title: 'Kopi', MeasureId: '1.1', Goal: '1', Responsible: 'x', Status: 'Ikke startet' });
    h.setOwners('2.2', [{ name: 'Slettet Person', email: 'slettet@eksempel.no' }]);
    const s = (await source.read())!;
    const byKind = Object.fromEntries(s.problems.map((p) => [p.kind, p]));
    assert.deepEqual(Object.keys(byKind).sort(), ['audience', 'duplicate', 'goal', 'owner', 'timing']);
    assert.match(byKind.timing!.message, /«ved behov» kan ikke plasseres/);
    assert.match(byKind.audience!.message, /«ledere-oppvekts» er ukjent/);
    assert.equal(byKind.goal!.message, 'delmål «9» finnes ikke');
    assert.match(byKind.duplicate!.message, /^ID 1\.1 er allerede brukt i element 1/);
    assert.match(byKind.owner!.message, /«Slettet Person» finnes ikke i Entra ID/);
    assert.equal(byKind.goal!.ref.itemId, h.item('Measures', '1.4').id);
    assert.match(byKind.goal!.ref.url!, /\/Lists\/Measures\/DispForm\.aspx\?ID=4$/);
    assert.deepEqual(ids(s), { goals: ['1', '2'], measures: ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3'], wheel: ['W1', 'W2', 'W3'] });
    assert.equal(s.plan.measures.find((m) => m.id === '1.1')!.title, 'Tiltak 1.1', 'the first row with an id wins');

    h.edit('Measures', '1.4', { Goal: '1' });
    const fixed = (await source.read())!;
    assert.ok(!fixed.problems.some((p) => p.kind === 'goal'), 'a fixed row drops off');
  });

  it('a list that cannot be read is an error the live plan can keep its plan through', async () => {
    const source = h.source();
    await source.read();
    await h.emulator.down('503');
    await assert.rejects(source.read(), { name: 'PlanListsUnavailableError', message: /^reading the plan lists: HTTP 503/ });
    await h.emulator.up();
  });
});
