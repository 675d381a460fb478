import assert from 'node:assert/strict';
import type { UnansweredDto } from '../../src/unanswered/dto';
import { groupId } from '../../src/unanswered/redact';
import type { UnansweredEntry } from '../../src/unanswered/types';
import { startTestService, type TestService } from '../support/service';

const OLA = '00000000-0000-0000-0000-000000000021'; // owns measures, not a coordinator
const entry = (text: string, reason: UnansweredEntry['reason']): UnansweredEntry => ({ id: groupId(text), text, reason, label: reason === 'uncertain' ? 'Mulig svar' : 'Ikke besvart', answerLine: '' });

describe('GET /api/tab/unanswered (local mode)', () => {
  let ctx: TestService;
  beforeEach(async () => {
    ctx = await startTestService({ UNANSWERED_RETENTION_DAYS: '30' });
  });
  afterEach(() => ctx.service.stop());

  async function get(as?: string) {
    const res = await fetch(`${ctx.url}/api/tab/unanswered`, { headers: as ? { 'x-local-user': as } : {} });
    return { status: res.status, cache: res.headers.get('cache-control'), body: (await res.json()) as UnansweredDto & { error?: string } };
  }

  it('gives coordinators the groups of the retention period, most asked first, and refuses others with 403', async () => {
    const store = ctx.service.state.unanswered;
    const now = ctx.clock.now().getTime();
    const day = 86_400_000;
    await store.record(entry('utgått spørsmål', 'refused'), new Date(now - 31 * day));
    await store.record(entry('en gang', 'uncertain'), new Date(now - 2 * day));
    for (const d of [3, 1]) await store.record(entry('hvordan bytter jeg passord', 'refused'), new Date(now - d * day));

    const kari = await get();
    assert.equal(kari.status, 200);
    assert.equal(kari.cache, 'no-store');
    assert.equal(kari.body.enabled, true);
    assert.equal(kari.body.retentionDays, 30);
    assert.deepEqual(kari.body.questions.map((q) => [q.text, q.count, q.reason]), [['hvordan bytter jeg passord', 2, 'refused'], ['en gang', 1, 'uncertain']]);

    const ola = await get(OLA);
    assert.equal(ola.status, 403);
    assert.equal(ola.body.error, 'Bare koordinatorer har tilgang til dette.');
  });
});
