import assert from 'node:assert/strict';
import { leadingLines, repeatsLine } from '../../src/knowledge/second-place';

describe('what "Se også" shows of a long next answer', () => {
  const steps = [
    'Frivillige som er bekymret for et barn, gjør dette:',
    '• Skriv ned hva barnet sa, med dato.',
    '• Snakk med lederen i laget samme dag.',
    '• Ring familieteamet og drøft saken uten navn.',
  ].join('\n');

  it('shows the whole answer when it fits', () => {
    assert.equal(leadingLines(steps, 40), steps);
  });

  it('shows the leading whole lines that fit, and a list cut short ends on "…"', () => {
    assert.equal(leadingLines(steps, 25), 'Frivillige som er bekymret for et barn, gjør dette:\n• Skriv ned hva barnet sa, med dato.\n• Snakk med lederen i laget samme dag.\n…');
  });

  it('never shows a lead-in without anything after it', () => {
    assert.equal(leadingLines(steps, 12), '');
  });

  it('never shows a cell that says only who or when', () => {
    const measure = 'Ansvar: Rektor\nTidsrom: Høsten 2025\nTiltak: Alle elever får undervisning om kropp og grenser i 5. klasse.';
    assert.equal(leadingLines(measure, 5), '');
    assert.equal(leadingLines(measure, 30), measure);
  });

  it('shows a who cell that also says what is done', () => {
    const cell = 'Ansvar: Enhetsleder må bistå med å sette av tid slik at ansatte får tatt kurset.';
    assert.equal(leadingLines(cell, 20), cell);
  });

  it('shows nothing when not even the first line fits', () => {
    assert.equal(leadingLines('Kommunen samarbeider med frivillige lag om aktiviteter for familier.', 5), '');
  });
});

describe('whether "Se også" only repeats the answer', () => {
  const answer = 'Styrke tilbudet til eldre som utsettes for vold\nEldreteamet får en fast kontaktperson i hver sone.';

  it('takes the same measure from a summary table, with its period, number or label added, as a repeat', () => {
    assert.equal(repeatsLine(answer, 'Styrke tilbudet til eldre som utsettes for vold (2024-2026)'), true);
    assert.equal(repeatsLine(answer, '4. Styrke tilbudet til eldre som utsettes for vold.'), true);
    assert.equal(repeatsLine(answer, 'Tiltak: Styrke tilbudet til eldre som utsettes for vold'), true);
  });

  it('keeps a line that says something else: another measure, or a count of its own', () => {
    assert.equal(repeatsLine(answer, 'Styrke samarbeidet med fastlegene om eldre som utsettes for vold'), false);
    const counted = 'I fjor var det 412 anmeldelser for vold mot eldre i distriktet.';
    assert.equal(repeatsLine(counted, 'I fjor var det 3545 anmeldelser for vold mot eldre i landet.'), false);
  });
});
