import assert from 'node:assert/strict';
import { isFigureRow, isUrlOnly } from '../../src/knowledge/section-view';

describe('section view', () => {
  it('reads a row or header of a flattened statistics table as figures, not as a line to show', () => {
    for (const row of [
      'Slått med flat hånd 310 5 220 4 530 9',
      'En gang Flere ganger Totalt n % n % N %',
      // "kl" inside a word ("kløpet") is no clock time.
      'Lugget eller kløpet deg 610 7 500 6 1110 13',
    ]) assert.equal(isFigureRow(row), true, row);
  });

  it('shows a sentence or a phone line that holds numbers', () => {
    for (const line of [
      'I 2021 ga teamet råd i 700 saker, og 44 % gjaldt barn under 18 år.',
      '• Telefon: 400 00 000 (mandag–fredag kl. 9–15)',
      'Frist: 31.12.2024',
      'Tlf 22 40 00 40 / 22 40 00 41',
      'Barnevernvakten 22 40 00 40',
    ]) assert.equal(isFigureRow(line), false, line);
  });

  it('reads a pointer to a web page ("Se: https://…") as the address alone: where to read, not what it says', () => {
    assert.equal(isUrlOnly('Se: https://www.example.no/foreldre/'), true);
    assert.equal(isUrlOnly('https://www.example.no/a https://www.example.no/b'), true);
    assert.equal(isUrlOnly('Se Foreldrehverdag på https://www.example.no/ for brosjyrer på mange språk.'), false);
  });
});
