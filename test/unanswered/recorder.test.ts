import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/clock';
import { Logger } from '../../src/common/logger';
import { openDatabase } from '../../src/storage/database';
import { unansweredRecorder } from '../../src/unanswered/recorder';
import { SqliteUnansweredStore } from '../../src/unanswered/sqlite-store';
import type { UnansweredStore } from '../../src/unanswered/types';
import { loadWordList } from '../../src/unanswered/word-list';
import { loadConfig } from '../../src/config';

const refused = { answered: false, confident: false, emergency: false, answer: '' };
const confident = { answered: true, confident: true, emergency: false, answer: 'Ring barnevernet.' };

function rig(store: UnansweredStore = new SqliteUnansweredStore(openDatabase(':memory:'))) {
  const clock = new ManualClock('2026-11-23T08:00:00Z');
  const lines: string[] = [];
  const recorder = unansweredRecorder({ store, words: { knows: () => false, common: new Set() }, clock, log: new Logger('test', 'debug', (l) => lines.push(l)) });
  return { recorder, store, clock, lines };
}

describe('the recorder of questions without a good answer', () => {
  it('never records a question that raised the emergency block', async () => {
    const { recorder, store } = rig();
    await recorder.answered({ conversationId: 'c', text: 'Faren truer Ola med kniv nå', questionHash: 'h', result: { ...refused, emergency: true } });
    await recorder.downvoted('c', 'h');
    assert.deepEqual(await store.list(new Date(0)), []);
  });

  it('records a 👎 only within 30 minutes of the answer, as "mer" remembers it', async () => {
    const { recorder, store, clock } = rig();
    await recorder.answered({ conversationId: 'c', text: 'hva er meldeplikt', questionHash: 'h', result: confident });
    clock.advance(30 * 60_000);
    await recorder.downvoted('c', 'h');
    assert.deepEqual(await store.list(new Date(0)), []);
  });

  it('lets the answer go out when the store fails, and logs the failure without the text', async () => {
    const failing: UnansweredStore = {
      record: async () => { throw Object.assign(new Error('Ola Nordmann 478 09 050'), { name: 'RestError' }); },
      list: async () => [], firstSeenBetween: async () => [], purge: async () => 0,
    };
    const { recorder, lines } = rig(failing);
    await recorder.answered({ conversationId: 'c', text: 'Hvordan hjelper jeg Ola Nordmann?', questionHash: 'h', result: refused });
    assert.ok(lines.some((l) => / WARN .*could not record a question without a good answer \(refused\): RestError/.test(l)), lines.join('\n'));
    assert.ok(!lines.some((l) => /Ola|Nordmann|478/.test(l)));
  });

  it('keeps a message of personal data only as its masks, and records nothing for one without a word', async () => {
    const { recorder, store } = rig();
    await recorder.answered({ conversationId: 'c', text: '01019010046 ???', questionHash: 'h', result: refused });
    // The mask itself is words: "[fødselsnummer fjernet]" tells coordinators what staff typed.
    assert.equal((await store.list(new Date(0)))[0]?.text, '[fødselsnummer fjernet] ???');
    await recorder.answered({ conversationId: 'c', text: '?? 112 !!', questionHash: 'h2', result: refused });
    assert.equal((await store.list(new Date(0))).length, 1);
  });

  it('ships a word list that loads: the sample data\'s ikke-navn.yaml', () => {
    const list = loadWordList(loadConfig({}).unansweredWordsFile);
    assert.ok(list.ok, list.ok ? '' : list.problem);
    assert.ok(list.words.has('nav') && list.words.has('politiet') && list.words.has('mandag'));
  });
});
