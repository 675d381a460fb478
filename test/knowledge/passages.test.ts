import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectHeading } from '../../src/knowledge/headings';
import { segment } from '../../src/knowledge/passages';
import { MAX_CHUNK_CHARS, type LoadedDocument } from '../../src/knowledge/types';

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', 'plans', name), 'utf8');
const WINDOW = { words: 120, stride: 0.5 };

function doc(text: string, pages?: string[]): LoadedDocument {
  return {
    id: 'd.txt',
    title: 'D',
    source: 'd.txt',
    pages: pages ? pages.map((t, k) => ({ page: k + 1, text: t })) : [{ page: null, text }],
  };
}

describe('passages', () => {
  describe('headings', () => {
    it('recognises numbered, keyword and markdown headings', () => {
      assert.equal(detectHeading('3.2.1 Tiltak: Informasjon til foreldre', 'Tekst')?.level, 3);
      assert.equal(detectHeading('Delmål 2: Bedre samarbeid', undefined)?.level, 1);
      assert.equal(detectHeading('Satsingsområde 3: Kompetanse', undefined)?.level, 1);
      assert.equal(detectHeading('Innsatsområde 1', undefined)?.level, 1);
      assert.equal(detectHeading('Tiltak 4: Fagdag', undefined)?.level, 3);
      assert.equal(detectHeading('## Meldeplikt', undefined)?.title, 'Meldeplikt');
      assert.equal(detectHeading('1. Oversikt over tiltak', 'Nr Tiltak')?.level, 1);
    });

    it('does not take numbers, counts or list items that run on for headings', () => {
      assert.equal(detectHeading('22 prosent av kvinnene oppgir', undefined), null);
      assert.equal(detectHeading('11 % av kvinner har opplevd', undefined), null);
      assert.equal(detectHeading('2. Det utarbeides kompetanseplaner som bidrar til', 'systematisk opplæring'), null);
      assert.equal(detectHeading('2. Snakk med lederen din samme dag.', '3. Ring'), null);
    });
  });

  it('keeps every window within 1000 characters, even a very long line', () => {
    const long = 'Dette er en lang setning om vold i nære relasjoner som går og går. '.repeat(60);
    const { windows } = segment([doc(`Delmål 1: Lang\n${long}\n${'kort linje\n'.repeat(300)}`)], WINDOW);
    assert.ok(windows.length > 3);
    for (const w of windows) assert.ok(w.text.length <= MAX_CHUNK_CHARS, `${w.text.length}`);
  });

  it('gives each window of a flattened table its heading trail', () => {
    const { windows } = segment([doc(fixture('nordby-tiltaksplan.txt'))], WINDOW);
    assert.equal(windows.find((w) => w.text.includes('Oppvekstsjefen'))?.trail, 'Delmål 1: Ansatte kjenner tegnene på vold');
    assert.match(windows.find((w) => w.text.includes('Frist: 30.6.2027'))?.trail ?? '', /3\.2 Tiltak: Hjelp til voldsutsatte eldre/);
  });

  it('keeps the document\'s own words in a window, a sentence broken over lines on one line', () => {
    const { windows } = segment([doc(fixture('nordby-tiltaksplan.txt'))], WINDOW);
    assert.ok(windows.some((w) => w.text.includes('Bruke Konsultasjons- teamet ved tvil.')));
  });

  it('overlaps windows so that every line is whole in a window that starts before it', () => {
    const lines = Array.from({ length: 60 }, (_, k) => `Linje nummer ${k} handler om tiltak og ansvar.`);
    const { windows } = segment([doc(`Delmål 1: Mange linjer\n${lines.join('\n')}`)], WINDOW);
    assert.ok(windows.length >= 3);
    for (let k = 1; k < windows.length; k++) assert.ok(windows[k]!.first <= windows[k - 1]!.last, 'windows overlap');
    for (const line of lines) assert.ok(windows.some((w) => w.text.includes(line)), line);
  });

  it('records the page of each window', () => {
    const { windows } = segment([doc('', ['Delmål 1: Første\nTekst på side en.', 'Tekst på side to.'])], WINDOW);
    assert.deepEqual(
      windows.map((w) => [w.page, w.trail]),
      [[1, 'Delmål 1: Første']],
    );
    assert.match(windows[0]!.text, /side en\.\nTekst på side to/);
  });

  it('places each unit in the windows that hold all of it', () => {
    const lines = Array.from({ length: 60 }, (_, k) => `Setning ${k} om tiltak.`);
    const { windows, units } = segment([doc(`Delmål 1: Mange\n${lines.join('\n')}`)], WINDOW);
    for (const u of units) {
      assert.ok(u.windows.length > 0, u.text);
      for (const w of u.windows) assert.ok(windows[w]!.text.includes(u.text), u.text);
    }
  });

  it('renders markdown tables and lists as readable lines without markup', () => {
    const md = '# Veileder\n\n## Hvem ringer du?\n\n| Hvem | Telefon |\n| --- | --- |\n| **Barnevernvakten** | 400 00 004 |\n\nSlik gjør du:\n\n1. Ta det på alvor.\n2. Snakk med\n   lederen din.\n';
    const { windows } = segment([{ ...doc(''), pages: [{ page: null, text: md }] }], WINDOW);
    const text = windows.map((w) => w.text).join('\n');
    assert.match(text, /Barnevernvakten – Telefon: 400 00 004/);
    assert.match(text, /1\. Ta det på alvor\.\n2\. Snakk med lederen din\./);
    assert.doesNotMatch(text, /\||\*\*|^#/m);
  });
});
