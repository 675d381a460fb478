import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reflow, type FlowBlock } from '../../src/knowledge/reflow';

const shape = (name: string): string => readFileSync(join(__dirname, 'fixtures', 'shapes', `${name}.txt`), 'utf8');
const blocks = (text: string): FlowBlock[] => reflow([{ page: null, text }]);
const show = (b: FlowBlock): string => `${b.kind}${b.label ? `:${b.label}` : ''} ${b.cells ? b.cells.map((c) => `${c.name}=${c.text}`).join(' | ') : b.raw}`;

describe('reflow of text extracted from a PDF', () => {
  it('joins the lines of a sentence broken at the page width, also when every line is followed by a blank line', () => {
    const out = blocks(shape('blokker')).map(show);
    assert.ok(out.includes('para Hver kommune lager en plan for opplæring av jordmødre og helsesykepleiere. Opplæringen kan gis som nettkurs.'), out.join('\n'));
  });

  it('starts a new cell at a capitalised line set in by a space, where a table row ran on to the next column', () => {
    const out = blocks('Kursdag for nyansatte\n\nVåren 2027 Familieteamet\n Ansatte i skolen Ansatte i skolen skal kjenne\nrutinen\n\nNeste rad\n').map(show);
    assert.ok(out.includes('para Våren 2027 Familieteamet'), out.join('\n'));
    assert.ok(out.includes('para Ansatte i skolen Ansatte i skolen skal kjenne rutinen'), out.join('\n'));
  });

  it('keeps a line set in by a space with the line before when that line runs on, or when it starts in lower case', () => {
    const out = blocks('Samarbeidet gjelder politiet og\n Statens barnehus i regionen.\nVi møtes hver\n måned.\n').map(show);
    assert.ok(out.includes('para Samarbeidet gjelder politiet og Statens barnehus i regionen. Vi møtes hver måned.'), out.join('\n'));
  });

  it('makes a measure block of a numbered heading broken at the line end and its Tiltak, Ansvar and Frist lines', () => {
    const out = blocks(shape('blokker')).map(show);
    assert.ok(out.includes('heading 3.1.1 Tiltak: Opplæring i å spørre om vold i svangerskapsomsorgen og på helsestasjonen for gravide og småbarnsforeldre'));
    assert.ok(out.includes('para:Ansvar Ansvar: Kommunalsjef for helse'));
    assert.ok(out.includes('para:Frist Frist: 31.12.2027'));
  });

  it('gives the lines under a label that stands alone ("Tidsrom:") that label, up to the next label', () => {
    const out = blocks(shape('kolonner')).map(show);
    assert.ok(out.includes('para:Tidsrom Hvert år. Sept/ okt og repetisjon i januar.'), out.join('\n'));
    assert.ok(out.includes('para:Ansvar Skolefaglig rådgiver setter av tid slik at alle får delta. Rådgiveren er pådriver.'));
    assert.ok(out.includes('label:Evaluering Evaluering:'));
  });

  it('reads a short line between two items of a list as an item whose marker was lost', () => {
    const out = blocks(shape('tabell')).map(show);
    const at = out.indexOf('item • Sterke barn');
    assert.deepEqual(out.slice(at, at + 3), ['item • Sterke barn', 'item Mitt trygge rom', 'item • Kroppsvett'], out.join('\n'));
  });

  it('lets a list item that names a measure title the paragraph after it, and not the items of a list', () => {
    const out = blocks(shape('punkter'));
    const title = out.findIndex((b) => b.raw === '• Lage en felles nettside om vold');
    assert.equal(out[title + 1]!.under, title);
    const list = blocks('Dette gjør du:\n• Ring\n• Skriv ned\nDet var alt.');
    assert.deepEqual(list.map((b) => b.under), [undefined, undefined, undefined, undefined]);
  });

  it('reads a "Tiltak  Tidsrom" table into rows that end at their period, a row over two lines whole', () => {
    const rows = blocks(shape('punkter')).filter((b) => b.kind === 'row').map(show);
    assert.deepEqual(rows, [
      'row Tiltak=Lage en felles nettside om vold | Tidsrom=2025-2026',
      'row Tiltak=Sikre samtaletilbud til barn som har sett vold og deres foreldre | Tidsrom=2025-2028',
    ]);
  });

  it('keeps a short caption after a finished sentence apart, and the table header as a header', () => {
    const out = blocks(shape('punkter')).map(show);
    assert.ok(out.includes('para Samlet oversikt over tiltakene'), out.join('\n'));
    assert.ok(out.includes('header Tiltak Tidsrom'));
  });

  it('keeps a short line the next line goes on from in its cell: a sentence broken at the line end, no caption', () => {
    const out = blocks('Ansvar:\n\nAlle som jobber med barn.\n\nSLT- koordinator\n\nspør etter planen\n\nEvaluering:\n\nÅrlig\n').map(show);
    assert.ok(out.some((b) => b.startsWith('para:Ansvar ') && b.endsWith('SLT- koordinator spør etter planen')), out.join('\n'));
  });

  it('keeps a short phrase inside a labelled cell in that cell when the cell goes on to the next label', () => {
    const out = blocks(shape('kolonner')).map(show);
    const at = out.indexOf('para:Tiltak Rollespill, caser');
    assert.ok(at > 0, out.join('\n'));
    assert.equal(out[at + 1], 'para:Tiltak Bli kjent med hva de andre tjenestene kan. Kortere vei mellom kontorene.');
    // Where no label follows, the short line is a caption and ends the cell, as before.
    const caption = blocks('Tiltak:\n\nKurs for alle.\n\nSamlet oversikt over tiltakene\n\nMer tekst her.\n').map(show);
    assert.ok(caption.includes('para Samlet oversikt over tiltakene'), caption.join('\n'));
  });

  it('reads the cells of a flattened five-column table as blocks of their own', () => {
    const out = blocks(shape('tabell')).map(show);
    assert.ok(out.includes('para Rektor ved hver skole'), out.join('\n'));
    assert.ok(out.includes('para Veilederen gjennomgås på første personalmøte hvert skoleår'));
  });

  it('starts a new block where a line opens with a value the table\'s rows repeat, after a cell run on into it', () => {
    const rows = [
      'Målgruppe Mål Tiltak Hvordan og når Hvem har ansvar', '',
      'Ansatte i barnevernet Kjenne rutinen', 'Gjennomgå rutinen', 'Våren 2027 Leder i barnevernet', '',
      'Ansatte i barnevernet Melde riktig', 'Kurs om meldinger', 'Høsten 2027 Leder i barnevernet', '',
      'Lage en plakat med', 'henvisning til hvor ansatte kan', 'finne mer hjelp',
      'Ansatte i barnevernet Bruke tolk trygt', 'Avtale med tolketjenesten', 'Våren 2028 Leder i barnevernet', '',
    ].join('\n');
    const out = blocks(rows).map(show);
    assert.ok(out.includes('para Lage en plakat med henvisning til hvor ansatte kan finne mer hjelp'), out.join('\n'));
    assert.ok(out.includes('para Ansatte i barnevernet Bruke tolk trygt Avtale med tolketjenesten Våren 2028 Leder i barnevernet'), out.join('\n'));
  });

  it('starts a new block at an opening quote after a blank line, and goes on with one without', () => {
    const out = blocks('Innledning her, over\nflere linjer som\ngår videre.\n\n• Gjennomføre en kampanje\n\n«En uke mot vold» ble prøvd i 2019.\nNeste avsnitt.').map(show);
    assert.ok(out.includes('item • Gjennomføre en kampanje'), out.join('\n'));
    assert.ok(out.some((b) => b.startsWith('para «En uke mot vold» ble prøvd i 2019.')), out.join('\n'));
  });

  it('reads item 3 after item 2 as an item, however short, not as a heading', () => {
    const out = blocks('Delmål\n1. Trygge barn\n2. Trygge voksne\n3. Bedre samarbeid\n4. Flere tiltak').map(show);
    assert.deepEqual(out.slice(1), ['item 1. Trygge barn', 'item 2. Trygge voksne', 'item 3. Bedre samarbeid', 'item 4. Flere tiltak']);
  });

  it('keeps "Se:" and the web address under it together; a line of addresses alone is a block of its own', () => {
    const out = blocks('• Et program for foreldre. Se:\nhttps://eksempel.no/program\nMer tekst her.\nhttps://eksempel.no/a https://eksempel.no/b').map(show);
    assert.deepEqual(out, ['item • Et program for foreldre. Se: https://eksempel.no/program', 'para Mer tekst her.', 'para https://eksempel.no/a https://eksempel.no/b']);
  });

  it('reads a line that opens with "*)" as a footnote, not as a list item', () => {
    const out = blocks('• Kari Nordli, Elvdal - Helsesykepleier*)\n\n*) Avløst av en kollega.').map(show);
    assert.deepEqual(out, ['item • Kari Nordli, Elvdal - Helsesykepleier*)', 'para *) Avløst av en kollega.']);
  });

  it('cuts a flattened table of lines without full stops into blocks of bounded length', () => {
    const cells = Array.from({ length: 80 }, (_, k) => `celle ${k} uten punktum`).join('\n');
    for (const b of blocks(`Delmål 1: Tabell\n${cells}`)) assert.ok(b.raw.split(' ').length <= 64, b.raw);
  });
});
