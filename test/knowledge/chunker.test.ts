import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkDocument } from '../../src/knowledge/chunker';
import { detectHeading } from '../../src/knowledge/headings';
import { MAX_CHUNK_CHARS, type LoadedDocument } from '../../src/knowledge/types';

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', 'plans', name), 'utf8');

function doc(text: string, pages?: string[]): LoadedDocument {
  return {
    id: 'd.txt',
    title: 'D',
    source: 'd.txt',
    pages: pages ? pages.map((t, k) => ({ page: k + 1, text: t })) : [{ page: null, text }],
  };
}

describe('chunker', () => {
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

  it('keeps every passage within 1000 characters, even a very long line', () => {
    const long = 'Dette er en lang setning om vold i nære relasjoner som går og går. '.repeat(60);
    const chunks = chunkDocument(doc(`Delmål 1: Lang\n${long}\n${'kort linje\n'.repeat(300)}`), 0);
    assert.ok(chunks.length > 3);
    for (const c of chunks) assert.ok(c.text.length <= MAX_CHUNK_CHARS, `${c.text.length}`);
  });

  it('gives each passage of a flattened table its section heading', () => {
    const chunks = chunkDocument(doc(fixture('nordby-tiltaksplan.txt')), 0);
    const ansvar = chunks.find((c) => c.text.includes('Oppvekstsjefen'));
    assert.equal(ansvar?.section, 'Delmål 1: Ansatte kjenner tegnene på vold');
    const frist = chunks.find((c) => c.text.includes('Frist: 30.6.2027'));
    assert.match(frist?.section ?? '', /3\.2 Tiltak: Hjelp til voldsutsatte eldre/);
  });

  it('keeps the text verbatim, line breaks included', () => {
    const chunks = chunkDocument(doc(fixture('nordby-tiltaksplan.txt')), 0);
    assert.ok(chunks.some((c) => c.text.includes('Bruke Konsultasjons-\nteamet ved tvil.')));
  });

  it('does not leave a heading alone when another heading follows at once', () => {
    const chunks = chunkDocument(doc('Satsingsområde 1: Hjelp\nBakgrunn\nTekst om hjelp.'), 0);
    assert.equal(chunks.length, 1);
    assert.match(chunks[0]!.text, /^Satsingsområde 1: Hjelp\nBakgrunn\nTekst/);
  });

  it('overlaps windows inside a long section so a sentence is whole in at least one', () => {
    const lines = Array.from({ length: 40 }, (_, k) => `Linje nummer ${k} handler om tiltak og ansvar.`);
    const chunks = chunkDocument(doc(`Delmål 1: Mange linjer\n${lines.join('\n')}`), 0);
    assert.ok(chunks.length >= 3);
    for (let k = 1; k < chunks.length; k++) assert.ok(chunks[k]!.start < chunks[k - 1]!.end, 'windows overlap');
  });

  it('records the page of each passage', () => {
    const chunks = chunkDocument(doc('', ['Delmål 1: Første\nTekst på side en.', 'Tekst på side to.']), 0);
    assert.deepEqual(
      chunks.map((c) => [c.page, c.section]),
      [
        [1, 'Delmål 1: Første'],
        [2, 'Delmål 1: Første'],
      ],
    );
  });
});
