import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { Logger } from '../../src/common/logger';
import type { ConversationRef } from '../../src/storage/conversation-store';
import type { StateStores } from '../../src/storage/state';
import { DIGEST_MAX_QUESTIONS, weeklyDigest, type DueAnswer } from '../../src/unanswered/digest';
import { tabPageUrl } from '../../src/unanswered';
import { groupId } from '../../src/unanswered/redact';
import type { UnansweredEntry } from '../../src/unanswered/types';
import { digestDue, digestWindow } from '../../src/unanswered/week';
import { FakeSender } from '../reminders/dispatcher-support';
import { forEachBackend } from '../support/state-backends';

const KARI = { aadObjectId: '00000000-0000-0000-0000-000000000020', name: 'Kari Nordmann' };
const INGRID = { aadObjectId: '00000000-0000-0000-0000-000000000022', name: 'Ingrid Berg' };
const NOCHAT = { aadObjectId: '00000000-0000-0000-0000-000000000099', name: 'Uten chat' };
const chat = (aad: string): ConversationRef => ({ conversationId: `a:personal-${aad}`, serviceUrl: 'http://connector.invalid', kind: 'personal', userAadObjectId: aad });

/** Monday 23 November 2026, 09:00 in Oslo (CET). */
const DUE = new Date('2026-11-23T08:00:00Z');
const entry = (text: string, reason: UnansweredEntry['reason'] = 'refused'): UnansweredEntry => ({ id: groupId(text), text, reason, label: 'Ikke besvart', answerLine: '' });

function digestOn(state: StateStores, clock: ManualClock, pageUrl: () => string | undefined = () => 'http://127.0.0.1:3978/tab/#/uten-svar', due: DueAnswer[] = []) {
  const sender = new FakeSender(clock);
  const digest = weeklyDigest({
    store: state.unanswered, once: state.once, coordinators: () => [KARI, INGRID, NOCHAT],
    conversations: { personalChatOf: async (aad) => (aad === NOCHAT.aadObjectId ? undefined : chat(aad)) },
    sender, clock, log: new Logger('test', 'error', () => undefined), pageUrl, curatedDue: () => due,
  });
  return { digest, sender };
}

describe('when the weekly digest is due', () => {
  it('is Monday 09:00 Europe/Oslo, in winter and in summer time', () => {
    assert.equal(digestDue('2026-11-23')?.toISOString(), '2026-11-23T08:00:00.000Z');
    assert.equal(digestDue('2026-06-08')?.toISOString(), '2026-06-08T07:00:00.000Z');
  });

  it('moves to Tuesday when Monday is a public holiday (Easter Monday, Whit Monday)', () => {
    assert.equal(digestDue('2026-04-06')?.toISOString(), '2026-04-07T07:00:00.000Z');
    assert.equal(digestDue('2026-05-25')?.toISOString(), '2026-05-26T07:00:00.000Z');
  });

  it('covers what was first seen since the previous week\'s digest, whatever day of the week it is now', () => {
    const w = digestWindow(new Date('2026-04-09T12:00:00Z'));
    assert.deepEqual(w && { monday: w.monday, due: w.due.toISOString(), from: w.from.toISOString() }, {
      monday: '2026-04-06', due: '2026-04-07T07:00:00.000Z', from: '2026-03-30T07:00:00.000Z',
    });
  });
});

forEachBackend('the weekly digest of questions without a good answer', (backend) => {
  it('sends the new questions, masked, to every coordinator with a personal chat, once', async () => {
    const state = await backend().open();
    const clock = new ManualClock(new Date(DUE.getTime() - 60_000));
    await state.unanswered.record(entry('eldre spørsmål'), new Date('2026-11-16T07:59:00Z'));
    await state.unanswered.record(entry('Hvordan melder jeg bekymring for «navn»?', 'uncertain'), new Date('2026-11-17T10:00:00Z'));
    await state.unanswered.record(entry('Hvordan melder jeg bekymring for «navn»?', 'uncertain'), new Date('2026-11-18T10:00:00Z'));
    await state.unanswered.record(entry('hvordan bytter jeg passord'), new Date('2026-11-20T10:00:00Z'));
    const { digest, sender } = digestOn(state, clock);

    assert.equal(await digest.run(), 'not-due');
    clock.set(DUE);
    assert.deepEqual(await digest.run(), { sent: 2, questions: 2 });
    assert.deepEqual(sender.sent.map((s) => s.conversationId), [chat(KARI.aadObjectId).conversationId, chat(INGRID.aadObjectId).conversationId]);
    const card = JSON.stringify(sender.sent[0]!.activity);
    assert.match(card, /2 nye spørsmål siden 16\.11\.2026 fikk ikke et godt svar/);
    assert.match(card, /Hvordan melder jeg bekymring for «navn»\?/);
    assert.match(card, /Mulig svar · stilt 2 ganger/);
    assert.match(card, /hvordan bytter jeg passord/);
    assert.doesNotMatch(card, /eldre spørsmål/, 'first seen before last week\'s digest');
    assert.match(card, /"type":"Action.OpenUrl","title":"Åpne i fanen","url":"http:\/\/127\.0\.0\.1:3978\/tab\/#\/uten-svar"/);

    clock.set('2026-11-24T08:00:00Z');
    assert.equal(await digest.run(), 'done');
    assert.equal(sender.sent.length, 2);
  });

  it('sends nothing in a week without new questions', async () => {
    const state = await backend().open();
    const clock = new ManualClock(DUE);
    await state.unanswered.record(entry('gammelt'), new Date('2026-11-02T10:00:00Z'));
    await state.unanswered.record(entry('gammelt'), new Date('2026-11-20T10:00:00Z'));
    const { digest, sender } = digestOn(state, clock);
    assert.equal(await digest.run(), 'nothing-new');
    assert.equal(sender.calls, 0);
  });

  it('lists the curated answers past their review date, also in a week without new questions', async () => {
    const state = await backend().open();
    const clock = new ManualClock(DUE);
    const { digest, sender } = digestOn(state, clock, undefined, [{ question: 'Hvem ringer jeg hvis jeg er bekymret for en eldre?', reviewBy: '2026-10-01' }]);
    assert.deepEqual(await digest.run(), { sent: 2, questions: 0 });
    const card = JSON.stringify(sender.sent[0]);
    assert.match(card, /Kuraterte svar som skal gjennomgås/);
    assert.match(card, /Hvem ringer jeg hvis jeg er bekymret for en eldre\?/);
    assert.match(card, /Skulle vært gjennomgått 01\.10\.2026/);
    assert.match(card, /Ingen nye spørsmål uten godt svar/);
  });

  it('goes out once when three instances reach the minute at the same time', async () => {
    const stores = await Promise.all([1, 2, 3].map(() => backend().open('shared')));
    await stores[0]!.unanswered.record(entry('hvem følger opp voldsutøveren'), new Date('2026-11-19T12:00:00Z'));
    const clock = new ManualClock(DUE);
    const instances = stores.map((s) => digestOn(s, clock));
    const outcomes = await Promise.all(instances.map((i) => i.digest.run()));
    assert.equal(outcomes.filter((o) => o === 'claimed-elsewhere').length, 2, JSON.stringify(outcomes));
    assert.equal(instances.reduce((n, i) => n + i.sender.sent.length, 0), 2, 'one card per coordinator in all');
    // A restarted instance (no memory of the week) does not send it again.
    assert.equal(await digestOn(stores[1]!, clock).digest.run(), 'claimed-elsewhere');
  });

  it('lists at most ten questions and counts the rest', async () => {
    const state = await backend().open();
    for (let i = 0; i < DIGEST_MAX_QUESTIONS + 3; i++) await state.unanswered.record(entry(`spørsmål nummer ${i + 1}`), new Date('2026-11-19T12:00:00Z'));
    const { digest, sender } = digestOn(state, new ManualClock(DUE), () => undefined);
    await digest.run();
    const card = JSON.stringify(sender.sent[0]!.activity);
    assert.equal(card.match(/spørsmål nummer/g)?.length, DIGEST_MAX_QUESTIONS);
    assert.match(card, /… og 3 til\./);
    assert.match(card, /Se alle i fanen Handlingsplan, siden «Spørsmål uten godt svar»/, 'without a link the card names the page');
    assert.doesNotMatch(card, /Action.OpenUrl/);
  });
});

describe('the digest\'s link to the tab page', () => {
  it('is the tab on this server in local mode, and a Teams deep link to the personal tab in a tenant', () => {
    assert.equal(tabPageUrl({ mode: 'local', teamsAppId: undefined }, 'http://127.0.0.1:3978'), 'http://127.0.0.1:3978/tab/#/uten-svar');
    const deep = new URL(tabPageUrl({ mode: 'tenant', teamsAppId: '3f1c2a4e-8b7d-4c1e-9a2f-5d6e7f8a9b0c' }, 'https://x') ?? '');
    assert.equal(deep.origin + deep.pathname, 'https://teams.microsoft.com/l/entity/3f1c2a4e-8b7d-4c1e-9a2f-5d6e7f8a9b0c/handlingsplan');
    assert.deepEqual(JSON.parse(deep.searchParams.get('context') ?? ''), { subEntityId: 'uten-svar' });
    assert.equal(tabPageUrl({ mode: 'tenant', teamsAppId: undefined }, 'https://x'), undefined);
  });
});
