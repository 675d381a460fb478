import assert from 'node:assert/strict';
import { planDecision } from '../../src/measures/decision';
import type { Proposal } from '../../src/measures';
import type { DecisionsDto, MeDto, StatusDto, WheelDto } from '../../src/tab/api-types';
import { startTestService, type TestService } from '../support/service';
import { kari, ola } from '../measures/fixtures';

async function get<T>(ctx: TestService, path: string, as?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${ctx.url}/api/tab${path}`, { headers: as ? { 'x-local-user': as } : {} });
  return { status: res.status, body: (await res.json()) as T };
}

/** Records one decision in the service's own ledger, as an approval card click would. */
async function decide(ctx: TestService, id: string, measureId: string, approve: boolean, at: string, comments: { owner?: string; coordinator?: string } = {}) {
  const proposal: Proposal = {
    id, measureId, fromStatus: 'Pågår', toStatus: 'Fullført', proposer: ola, createdAt: at, baseVersion: '1', state: 'pending',
    ...(comments.owner ? { comment: comments.owner } : {}),
  };
  const ledger = ctx.service.state.decisions;
  await ledger.addProposal(proposal);
  const { decision, payload } = planDecision(proposal, { approve, decider: kari, ...(comments.coordinator ? { comment: comments.coordinator } : {}) }, new Date(at), `d-${id}`);
  assert.ok(await ledger.decide(decision, payload, at));
}

describe('tab API in local mode', () => {
  let ctx: TestService;
  beforeEach(async () => {
    ctx = await startTestService();
  });
  afterEach(() => ctx.service.stop());

  it('treats the caller as the sample coordinator, and ?as=<object id> as another sample user', async () => {
    const me = await get<MeDto>(ctx, '/me');
    assert.deepEqual(me.body, { name: 'Kari Nordmann', coordinator: true, municipality: 'Eksempel kommune', title: 'Handlingsplan mot vold i nære relasjoner', mode: 'local' });
    const asOla = await get<MeDto>(ctx, '/me', ola.aadObjectId);
    assert.equal(asOla.body.name, 'Ola Hansen');
    assert.equal(asOla.body.coordinator, false);
    assert.equal((await get(ctx, '/decisions', ola.aadObjectId)).status, 403);
    assert.equal((await get(ctx, '/decisions')).status, 200);
  });

  it('refuses an ?as= that is not an object id with a Norwegian 400', async () => {
    const res = await get<{ error: string }>(ctx, '/me', 'kari');
    assert.equal(res.status, 400);
    assert.match(res.body.error, /Ugyldig bruker-id/);
  });

  it('gives the status per goal, the overdue measures and the filters of the sample plan', async () => {
    const { status, body } = await get<StatusDto>(ctx, '/status');
    assert.equal(status, 200);
    assert.equal(body.today, '2026-11-23');
    assert.deepEqual(body.goals.map((g) => g.id), ['G1', 'G2', 'G3', 'G4']);
    assert.deepEqual(body.goals[0]!.counts, { 'Ikke startet': 1, 'Pågår': 3, 'Fullført': 0, 'Forsinket': 0, 'Avbrutt': 0 });
    assert.equal(body.goals[3]!.total, 3);
    assert.deepEqual(body.overdue, ['2.2', '3.2']);
    assert.equal(body.measures.length, 15);
    assert.deepEqual(body.measures.find((m) => m.id === '1.3')?.owners, ['Ola Hansen']);
    assert.equal(body.source, 'local');
    assert.ok(body.measures.every((m) => m.link === undefined), 'no SharePoint links in local mode');
    assert.ok(body.filters.owners.some((o) => o.label === 'Ingrid Berg'));
    assert.ok(body.filters.responsible.some((o) => o.value === 'r:SLT-koordinator'));
  });

  it('filters by goal and by owner (a person or the responsible role) on the server, counts included', async () => {
    const g2 = (await get<StatusDto>(ctx, '/status?goal=G2')).body;
    assert.deepEqual(g2.goals.map((g) => g.id), ['G2']);
    assert.deepEqual(g2.measures.map((m) => m.id), ['2.1', '2.2', '2.3', '2.4']);
    assert.deepEqual(g2.applied, { goal: 'G2' });
    const olas = (await get<StatusDto>(ctx, `/status?owner=p:${ola.aadObjectId}`)).body;
    assert.deepEqual(olas.measures.map((m) => m.id), ['1.3', '2.1']);
    assert.equal(olas.goals.find((g) => g.id === 'G2')!.total, 1);
    const slt = (await get<StatusDto>(ctx, `/status?owner=${encodeURIComponent('r:SLT-koordinator')}&goal=G4`)).body;
    assert.deepEqual(slt.measures.map((m) => m.id), ['4.2']);
  });

  it('refuses a filter that names nothing in the plan with a Norwegian 400', async () => {
    const goal = await get<{ error: string }>(ctx, '/status?goal=G9');
    assert.equal(goal.status, 400);
    assert.equal(goal.body.error, 'Fant ikke delmålet i filteret. Velg et annet.');
    assert.equal((await get(ctx, '/status?owner=p:nobody')).status, 400);
  });

  it('shows each measure\'s last decision with who and when to everyone, and the comments only in the coordinators\' log', async () => {
    await decide(ctx, 'p1', '1.1', false, '2026-10-01T10:00:00.000Z', { coordinator: 'Ikke ennå' });
    await decide(ctx, 'p2', '1.1', true, '2026-11-02T10:00:00.000Z', { owner: 'Holdt 3. november', coordinator: 'Bra' });
    const asOla = (await get<StatusDto>(ctx, '/status', ola.aadObjectId)).body;
    assert.deepEqual(asOla.measures.find((m) => m.id === '1.1')?.lastDecision, {
      outcome: 'approved', fromStatus: 'Pågår', toStatus: 'Fullført', by: 'Kari Nordmann', at: '2026-11-02T10:00:00.000Z',
    });
    assert.doesNotMatch(JSON.stringify(asOla), /Bra|Holdt 3\. november|Ikke ennå/);
    const log = (await get<DecisionsDto>(ctx, '/decisions')).body;
    assert.deepEqual(log.decisions.map((d) => [d.id, d.comment, d.proposalComment, d.proposedBy]), [
      ['d-p2', 'Bra', 'Holdt 3. november', 'Ola Hansen'],
      ['d-p1', 'Ikke ennå', undefined, 'Ola Hansen'],
    ]);
  });

  it('gives the wheel of the twelve months from this one, with the chat\'s picture and every entry', async () => {
    const { body } = await get<WheelDto>(ctx, '/wheel');
    assert.equal(body.months.length, 12);
    assert.equal(body.months[0]!.name, 'November 2026');
    assert.equal(body.months[11]!.month, '2027-10');
    assert.match(body.svg, /^<svg [^>]*viewBox="0 0 320 320"/);
    assert.match(body.alt, /^Årshjulet fra november 2026 til oktober 2027/);
    const count = body.months.reduce((n, m) => n + m.entries.length, 0);
    assert.ok(count > 0);
    // The picture counts what the list shows: November's number is in the SVG.
    assert.ok(body.svg.includes(`>${body.months[0]!.entries.length}</text>`));
  });

  it('sends no-store on every answer: the data is per user', async () => {
    const res = await fetch(`${ctx.url}/api/tab/status`);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });
});
