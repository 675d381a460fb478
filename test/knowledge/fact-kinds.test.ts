import assert from 'node:assert/strict';
import { fitsIntent } from '../../src/knowledge/answer-types';
import { TIME_FACT } from '../../src/knowledge/fact-kinds';

describe('the time a "when" question is answered with', () => {
  it('takes a recurrence told in words and a period to do it in', () => {
    for (const t of ['Rutinen gjennomgås én gang i året i avdelingen', 'Møtet holdes to ganger per år', 'På alle skolene i løpet av en toårsperiode', 'Tidsrom: Årlig']) {
      assert.ok(TIME_FACT.test(t), t);
    }
  });

  it('takes a time told by a stage of the help: at the end, after a while, along the way', () => {
    for (const t of ['3. Måle hvor fornøyde brukerne er ved avslutning og etter noe tid.', 'Samtalen tas ved oppstart av tilbudet', 'Planen justeres underveis']) {
      assert.ok(TIME_FACT.test(t), t);
      assert.ok(fitsIntent('when', { text: t, kind: 'sentence' }), t);
    }
  });

  it('takes no loose word for a time ("hver kommune", "en gang til")', () => {
    for (const t of ['Hver kommune lager en plan', 'Vi prøver en gang til', 'Ansvar: Rektor']) assert.ok(!TIME_FACT.test(t), t);
  });

  it('reads "Årlig" as a time wherever it stands, also as a unit that can answer "when"', () => {
    assert.ok(fitsIntent('when', { text: 'Årlig', kind: 'sentence' }));
    assert.ok(TIME_FACT.test('Årlig, på slutten av året'));
  });
});
