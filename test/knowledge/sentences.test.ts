import assert from 'node:assert/strict';
import { readable, splitSentences } from '../../src/knowledge/sentences';

describe('sentences', () => {
  it('splits at a full stop before a capital, never after an abbreviation, an initial or in a date', () => {
    assert.deepEqual(splitSentences('Ansvar: Rektor. Tidsrom: Hvert år i mai. Bl.a. skolen deltar, jf. planen. Den 16. juni kom P. Hansen. Ferdig'), [
      'Ansvar: Rektor.',
      'Tidsrom: Hvert år i mai.',
      'Bl.a. skolen deltar, jf. planen.',
      'Den 16. juni kom P. Hansen.',
      'Ferdig',
    ]);
  });

  it('keeps a source after a quote with the quote', () => {
    assert.deepEqual(splitSentences('Første setning. «Vold er alt som skader». Per Hansen (2001)'), ['Første setning.', '«Vold er alt som skader». Per Hansen (2001)']);
    assert.deepEqual(splitSentences('Lovene gir ansvar. (4) Neste setning.'), ['Lovene gir ansvar. (4)', 'Neste setning.']);
  });

  it('shows a word broken at a line end whole with its hyphen, "barne- og" as written, and no footnote marks', () => {
    assert.equal(
      readable('Bruk Konsultasjons- teamet og SLT- koordinator for barne- og ungdomsarbeid (4). Det er viktig (2, 10) .'),
      'Bruk Konsultasjons-teamet og SLT-koordinator for barne- og ungdomsarbeid. Det er viktig.',
    );
    assert.equal(readable('Definisjonen (P. Isdal, 2000) står.'), 'Definisjonen (P. Isdal, 2000) står.');
  });
});
