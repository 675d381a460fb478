import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase, type LoadedDocument } from '../../src/knowledge';
import { withoutRepeatedLines, withoutRepeatedOpening } from '../../src/knowledge/answer';
import { isFragment, wordCount } from '../../src/knowledge/reading';

/** Invented plans in the shapes real plans have after PDF extraction (see fixtures/shapes). */
const DIR = join(__dirname, 'fixtures', 'shapes');
const docs: LoadedDocument[] = readdirSync(DIR).map((f) => ({ id: f, title: f, source: f, pages: [{ page: null, text: readFileSync(join(DIR, f), 'utf8') }] }));

describe('answers from flattened PDF plans', () => {
  const kb = KnowledgeBase.fromDocuments(docs);
  const answer = (q: string): string => kb.ask(q).answer;

  it('answers "who" with the whole Ansvar cell first, then the measure it belongs to', () => {
    assert.equal(answer('Hvem er pådriver for kursdagen?'), 'Ansvar: Familieteamet\nSkolefaglig rådgiver setter av tid slik at alle får delta.\nRådgiveren er pådriver.\nTiltak: Kursdag for ansatte i barnehage og skole.');
  });

  it('answers "when" with the cell under a label that stood alone ("Tidsrom:")', () => {
    assert.match(answer('Når er kursdagen for ansatte i barnehage og skole?'), /^Tidsrom: Hvert år\.\nSept\/ okt og repetisjon i januar\.\n/);
  });

  it('names the cell of a line shown apart from the rest of its cell ("Evaluering: Eldreteamet har ansvar.")', () => {
    const text = ['Tiltaksplan mot vold i nære relasjoner Fjordby kommune', ' ', 'Delmål 3: Tiltak for eldre som bor hjemme', ' ', 'Tiltak:', 'Kurs for hjemmetjenesten', 'om vold mot eldre.', ' ', 'Ansvar:', ' ', 'Alle som jobber i hjemmetjenesten.', ' ', 'Evaluering:', 'Hvert år', ' ', 'Eldreteamet har ansvar.', ' ', 'Delmål 4: Samarbeid med legevakten', ' ', 'Tiltak:', 'Faste møter mellom legevakten', 'og barnevernet.', ''].join('\n');
    const one = KnowledgeBase.fromDocuments([{ id: 'fjordby.txt', title: 'Fjordby', source: 'fjordby.txt', pages: [{ page: null, text }] }]);
    assert.equal(one.ask('Hvem har ansvar for evalueringen hvert år, er det eldreteamet?').answer, 'Ansvar: Alle som jobber i hjemmetjenesten.\nEvaluering: Eldreteamet har ansvar.');
    // The measure told with the cell after it: the cell is named where it first shows.
    assert.equal(one.ask('Har eldreteamet ansvar for noe i tiltakene for eldre?').answer, 'Kurs for hjemmetjenesten om vold mot eldre.\nAnsvar: Alle som jobber i hjemmetjenesten.');
  });

  it('shows a measure\'s next best sentence too, where the paragraph says what is asked further on', () => {
    const text = ['Tiltaksplan mot vold i nære relasjoner Fjordby kommune', '', 'Delmål 2: Et krisesenter for alle', '', '• Videreutvikle tilbudet', '',
      'Flere voldsutsatte som ruser seg eller har psykiske plager bruker krisesenteret enn før, og for at tilbudet skal bli like godt for alle med slike tilleggsplager, må det utvikles videre i årene som kommer.',
      'Senteret har de siste årene fått to nye stillinger og et eget rom for samtaler med barn, og de ansatte har tatt kurs i traumebevisst omsorg gjennom hele året.',
      'Alle voldsutsatte kan bo på krisesenteret, så lenge de ikke er en fare for andre.', ''].join('\n');
    const one = KnowledgeBase.fromDocuments([{ id: 'fjordby.txt', title: 'Fjordby', source: 'fjordby.txt', pages: [{ page: null, text }] }]);
    const a = one.ask('Kan en som ruser seg bo på krisesenteret?').answer;
    assert.match(a, /^Videreutvikle tilbudet\nFlere voldsutsatte som ruser seg/, a);
    assert.match(a, /\nAlle voldsutsatte kan bo på krisesenteret, så lenge de ikke er en fare for andre\.$/, a);
  });

  it('answers "when is it evaluated" with the Evaluering cell, not the Tidsrom cell', () => {
    assert.equal(answer('Når evalueres nettverksmøtene?'), 'Evaluering: Hvert år i desember\nNettverksmøter hvor ulike tjenester møtes.');
    assert.match(answer('Når er nettverksmøtene?'), /^Tidsrom: Hver vår\.\n/);
  });

  it('answers "how is it evaluated" with the Evaluering cell and the measure it belongs to', () => {
    assert.equal(answer('Hvordan blir nettverksmøtene evaluert?'), 'Evaluering: Hvert år i desember\nNettverksmøter hvor ulike tjenester møtes.');
    assert.equal(answer('Blir nettverksmøtene evaluert noen gang?'), 'Evaluering: Hvert år i desember\nNettverksmøter hvor ulike tjenester møtes.');
  });

  it('does not answer "what do we do" with the Tidsrom cell, though it repeats the goal\'s words', () => {
    const a = answer('Hva skal vi gjøre i samtaler om vold med familier som er nye i landet?');
    assert.match(a, /^Tolk ved alle samtaler om vold i familien\./, a);
  });

  it('reads a measure told in a few short lines under a bare "Tiltak:" whole: what, how and why', () => {
    assert.equal(answer('Hvordan foregår nettverksmøtene?'), 'Nettverksmøter hvor ulike tjenester møtes.\nRollespill, caser\nBli kjent med hva de andre tjenestene kan.\nKortere vei mellom kontorene.');
  });

  it('answers "when is the deadline" with the Frist line of the measure block and the measure', () => {
    assert.equal(answer('Hva er fristen for opplæringsplanen for jordmødre?'), 'Frist: 31.12.2027\nTiltak: Opplæringsplan for jordmødre og helsesykepleiere lages i hver kommune.');
  });

  it('answers with a measure title and the text under it, never the title alone', () => {
    assert.match(answer('Hva går den felles nettsiden om vold ut på?'), /^Lage en felles nettside om vold\nAlle kommunens ressurser om vold skal samles på én nettside/);
  });

  it('answers "when" from a "Tiltak  Tidsrom" row with its period', () => {
    assert.equal(answer('Når skal den felles nettsiden om vold lages?'), 'Lage en felles nettside om vold (2025-2026)');
  });

  it('answers "when" about a measure told in prose with its period from the summary table, first', () => {
    const a = answer('Når skal alle kommunens ressurser om vold samles på én nettside?');
    assert.match(a, /^Lage en felles nettside om vold \(2025-2026\)\nAlle kommunens ressurser om vold skal samles på én nettside/);
    // The row names the measure; its title is not said twice.
    assert.doesNotMatch(a, /^Lage en felles nettside om vold$/m);
  });

  it('cites first the window holding the number an answer gives from further down the section, and the rest next', () => {
    const said = ['ga råd i mange saker om unge som var redde for å bli holdt igjen i utlandet', 'fikk flest spørsmål fra skoler og barnevern', 'svarte på flere henvendelser fra voksne enn året før',
      'så at mange saker gjaldt trusler og kontroll i familien', 'merket at færre saker kom fra helsetjenesten', 'holdt kurs for ansatte i flere fylker', 'laget nytt materiell for lærere og rådgivere'];
    const text = ['Handlingsplan mot vold i nære relasjoner Nordvik kommune', '', '3.6 Tvangsekteskap og negativ sosial kontroll', '',
      'Rådgivningsteamet mot tvangsekteskap gir råd og veiledning til fagfolk og privatpersoner i konkrete saker.', '',
      ...said.flatMap((x) => [`I fjor ${x}, og teamet mener tallene viser at arbeidet må styrkes i årene som kommer.`, '']),
      'Kontaktinformasjon rådgivningsteamet:', '', '• Telefon: 22 33 44 55 (mandag–fredag kl. 9–15)', '', '• E-post: radgivning@example.no', ''].join('\n');
    const one = KnowledgeBase.fromDocuments([{ id: 'nordvik.txt', title: 'Nordvik', source: 'nordvik.txt', pages: [{ page: null, text }] }]);
    const q = 'Hvilket nummer ringer jeg for å få råd om tvangsekteskap?';
    const r = one.ask(q);
    assert.match(r.answer, /^• Telefon: 22 33 44 55/);
    assert.match(r.citations[0]!.text, /Telefon: 22 33 44 55/);
    assert.match(r.citations[1]!.text, /^3\.6 Tvangsekteskap og negativ sosial kontroll\nRådgivningsteamet mot tvangsekteskap gir råd/);
    // The next page ("mer") goes on in the same order.
    const paged = [...one.ask(q, { top: 1 }).citations, ...one.ask(q, { top: 2, offset: 1 }).citations].map((c) => c.id);
    assert.deepEqual(paged, one.ask(q, { top: 3 }).citations.map((c) => c.id));
  });

  it('cites first the place that holds the answer\'s own words: the summary table\'s row for a period', () => {
    const work = ['møtt', 'hørt', 'besøkt', 'samlet', 'spurt', 'fulgt', 'lest', 'skrevet', 'planlagt', 'delt', 'vurdert', 'målt'];
    const filler = work.flatMap((w) => [`Kommunen har i år ${w} mange ansatte i skoler og barnehager om hvordan de jobber med trivsel, og svarene viser at de fleste kjenner rutinene godt.`, '']);
    const text = ['Handlingsplan mot vold i nære relasjoner Havdal kommune', '', '1 Hjelp til dem som er utsatt', '', 'Tiltak:', '', '• Lage en felles nettside om vold', '',
      'Alle kommunens ressurser om vold skal samles på én nettside, slik at ansatte finner fram når de er bekymret.', '', '2 Kunnskap hos ansatte', '', ...filler,
      'Samlet oversikt over tiltakene', '', 'Tiltak  Tidsrom', '', 'Lage en felles nettside om vold 2025-2026', '', 'Kurs for ansatte i skolen 2026-2027', ''].join('\n');
    const one = KnowledgeBase.fromDocuments([{ id: 'havdal.txt', title: 'Havdal', source: 'havdal.txt', pages: [{ page: null, text }] }]);
    const r = one.ask('Når skal alle kommunens ressurser om vold samles på én nettside?');
    assert.match(r.answer, /^Lage en felles nettside om vold \(2025-2026\)\n/);
    assert.match(r.citations[0]!.text, /Lage en felles nettside om vold\s+2025-2026/);
    // The prose the rest of the answer comes from is still cited, next.
    assert.ok(r.citations.slice(1).some((c) => c.text.includes('Alle kommunens ressurser om vold skal samles')));
  });

  it('answers "who" in a flattened table with the cell that names a role, named by its column', () => {
    assert.match(answer('Hvem har ansvar for foreldremøtet i barnehagen?'), /^Ansvar: Styrer i barnehagen\n/);
  });

  it('does not take a guide ("handlingsveileder") for a leader when it answers "who"', () => {
    assert.equal(answer('Hvem reviderer handlingsveilederen?'), 'Oppvekstsjefen\nHandlingsveilederen revideres.');
  });

  it('reads a cell of a flattened table with the cells after it in its row', () => {
    const a = answer('Hvordan skal ansatte i skolen vite hva de gjør ved uro for en elev?');
    assert.match(a, /Lage en kort veileder om uro for elever/);
    assert.match(a, /Veilederen gjennomgås på første personalmøte hvert skoleår/);
  });

  it('answers "who" and "when" in a flattened table from the row the question matched, not from the row before', () => {
    // Each row ends with its role cell; the row's time may stand before it on the same line, and is shown apart from it.
    const when = answer('Når lærer elevene i barneskolen hva vold er?');
    assert.match(when, /^Hver vår\. Ansvar: Rektor ved hver skole$/m, when);
    assert.doesNotMatch(when, /Hver høst/);
    const who = answer('Hvem har ansvaret for at elevene lærer hva vold er og hvor de kan få hjelp?');
    assert.match(who, /Rektor ved hver skole/, who);
    assert.doesNotMatch(who, /Styrer i barnehagen/);
  });

  it('ends a row at a role run together with its measure on one line, before the next row', () => {
    const a = answer('Har voldsutsatte med dyr et trygt sted for dyrene sine?');
    assert.match(a, /Avklare med dyrevernet om de kan passe dyr for voldsutsatte Plangruppa for planen/, a);
    assert.doesNotMatch(a, /Gravide/, a);
  });

  it('names a bare "who" cell of a row by its column, and leaves a cell that says what it is alone', () => {
    // "på personalmøtet": kolonner.txt's "Bruke veilederen «fra uro til handling»" matches the rest as well.
    const a = answer('Hvordan skal vi bruke den korte veilederen om uro for elever på personalmøtet?');
    assert.match(a, /^Ansvar: Rektor ved hver skole$/m);
    assert.doesNotMatch(a, /Ansvar: (Lage|Veilederen)/);
  });

  it('reads a cell that leads into a list with the whole list, and answers "which" with it', () => {
    const list = '• Trygg i klassen\n• Sterke barn\nMitt trygge rom\n• Kroppsvett';
    assert.ok(answer('Hva skal elevene i barneskolen lære om vold?').endsWith(`Aktuelle opplegg:\n${list}`));
    assert.ok(answer('Hvilke opplegg skal elevene i barneskolen ha?').endsWith(`Aktuelle opplegg:\n${list}`));
  });

  it('answers "what is" with the definition and the sentence that goes on from it, without footnote marks', () => {
    assert.equal(answer('Hva er psykisk vold?'), 'Psykisk vold: Ord eller handlinger som skremmer, krenker eller kontrollerer en annen person.\nDette kan være trusler, utskjelling og isolasjon.');
  });

  it('answers with the measures under a goal when the goal is what the question matched', () => {
    assert.match(answer('Hvor finner ansatte rutinene for å melde bekymring?'), /^Ansatte kjenner rutinene for å melde bekymring\n1\. Rutinene samles i kommunens kvalitetssystem/);
  });

  it('never answers a question about roles with the list of the people who wrote the plan', () => {
    for (const q of ['Hvem er barnevernleder i Åsen?', 'Hvem er helsesykepleier i Elvdal?', 'Hvem har ansvar for kommunalsjef helse og omsorg?']) {
      const a = answer(q);
      assert.doesNotMatch(a, /Nordli|Haugen|Lien|Dahl|Avløst/, `${q}\n${a}`);
    }
  });

  it('answers a question about who wrote the plan with that list, without its footnote', () => {
    const a = answer('Hvem har vært med i arbeidsgruppa som har laget planen for Elvdal og Åsen?');
    assert.match(a, /Kari Nordli, Elvdal - Helsesykepleier/);
    assert.doesNotMatch(a, /Avløst/);
  });

  it('never answers with a fragment, a bare label or header, and stays short', () => {
    const questions = [
      'Hvem er pådriver for kursdagen?', 'Når er kursdagen?', 'Hva er fristen for møtet med dyrevernet?', 'Hvem har ansvar for møtet med dyrevernet?',
      'Hva er den felles nettsiden?', 'Hva skal barn som har sett vold få?', 'Hvem har ansvar for veilederen?', 'Når er foreldremøtet i barnehagen?',
      'Hva er økonomisk vold?', 'Hva gjør alle virksomheter?', 'Hva er Konsultasjonsteamet?', 'Når har helsestasjon og barnevern felles møter?',
    ];
    for (const q of questions) {
      const a = answer(q);
      assert.ok(a, q);
      assert.ok(!isFragment(a), `${q}: ${a}`);
      assert.ok(wordCount(a) <= 90, `${q}: ${a}`);
      assert.doesNotMatch(a, /^(Tiltak|Tidsrom|Ansvar|Evaluering):?$|^Tiltak +Tidsrom$|^https?:/m, q);
    }
  });
});

describe('a flattened table row that ends on its time and role on one line', () => {
  // Invented: a five-column table whose rows end with "Høsten 2026 Rektor ved hver skole".
  const text = ['1 Tiltak i Lunde kommune', '', 'Målgruppe Mål Tiltak Hvordan og når Hvem har ansvar', '', 'Ansatte i skolen Ansatte vet hva de', '', 'gjør ved uro for en elev.', '', 'Lage en kort veileder', '', 'Høsten 2026 Rektor ved hver skole', '', 'Ansatte i NAV Avdekke vold tidligere', '', 'Lage et felles kartleggingsskjema', '', 'Våren 2027 Ledere i NAV Lunde', ''].join('\n');
  const kb = KnowledgeBase.fromDocuments([{ id: 'lunde.txt', title: 'Tiltaksplan Lunde kommune', source: 'lunde.txt', pages: [{ page: 1, text }] }]);

  it('is read with the row it ends when it is what the question matched: when and who, and what is done', () => {
    const who = 'Hvem i NAV har ansvaret våren 2027?';
    assert.equal(kb.ask(who).answer, 'Våren 2027. Ansvar: Ledere i NAV Lunde\nAnsatte i NAV Avdekke vold tidligere\nLage et felles kartleggingsskjema', who);
    // Asked what is done, the row reads in its own order: group and goal, measure, when and who.
    const what = 'Hva har ledere i NAV Lunde ansvar for våren 2027?';
    assert.equal(kb.ask(what).answer, 'Ansatte i NAV Avdekke vold tidligere\nLage et felles kartleggingsskjema\nVåren 2027. Ansvar: Ledere i NAV Lunde', what);
  });

  it('reads a measure with its row\'s when and who cells, shown apart, and not the next row\'s group', () => {
    const a = kb.ask('Hva skal lages for ansatte i skolen ved uro for en elev?').answer;
    assert.match(a, /Lage en kort veileder\nHøsten 2026\. Ansvar: Rektor ved hver skole$/, a);
    assert.doesNotMatch(a, /Ansatte i NAV/, a);
  });

  it('reads a measure with the row\'s when and who after it, and stops where the row ends', () => {
    const rows = ['1 Tiltak i Lunde kommune', '', 'Målgruppe Mål Tiltak Hvordan og når Hvem har ansvar', '', 'Ansatte i NAV', '', 'Sikre taushetsplikt i', '', 'sensitive saker', '', 'Etablere rutiner som gir lettere', '', 'tilgang til telefontolk', '', 'I løpet av våren 2027 Ledere i NAV Lunde', '', 'Ansatte i', '', 'skolen', '', 'Avdekke vold tidligere', '', 'Lage et felles kartleggingsskjema', '', 'Høsten 2027 Rektor ved hver skole', ''].join('\n');
    const one = KnowledgeBase.fromDocuments([{ id: 'lunde.txt', title: 'Tiltaksplan Lunde kommune', source: 'lunde.txt', pages: [{ page: 1, text: rows }] }]);
    const a = one.ask('Hvordan sikrer vi taushetsplikt i sensitive saker om vold?').answer;
    assert.equal(a, 'Etablere rutiner som gir lettere tilgang til telefontolk\nI løpet av våren 2027. Ansvar: Ledere i NAV Lunde', 'the next row\'s group is not this row\'s');
  });

  it('shows a line said twice once, in its labelled form where it first stood', () => {
    assert.deepEqual(withoutRepeatedLines(['Kurs om vold | Fjordby', 'Tiltak: Kurs om vold | Fjordby', 'Ansvar: Rektor']), ['Tiltak: Kurs om vold | Fjordby', 'Ansvar: Rektor']);
    assert.deepEqual(withoutRepeatedLines(['Ansvar: Rektor', 'Rektor', 'Frist: våren 2027']), ['Ansvar: Rektor', 'Frist: våren 2027']);
    // Lines that only share words stay.
    assert.deepEqual(withoutRepeatedLines(['Tiltak: Kurs om vold', 'Kurs om vold for nyansatte']), ['Tiltak: Kurs om vold', 'Kurs om vold for nyansatte']);
  });

  it('shows a group cell run together with a goal that opens with the same words once', () => {
    assert.equal(withoutRepeatedOpening('Foreldre i barnehagen Foreldre i barnehagen får vite hvor de kan få hjelp.'), 'Foreldre i barnehagen får vite hvor de kan få hjelp.');
    assert.equal(withoutRepeatedOpening('NAV-brukere NAV-brukere skal ha kunnskap om vold'), 'NAV-brukere skal ha kunnskap om vold');
    // Words that differ, or a short word said twice, stay as written.
    assert.equal(withoutRepeatedOpening('Ansatte i NAV Avdekke vold tidligere'), 'Ansatte i NAV Avdekke vold tidligere');
    assert.equal(withoutRepeatedOpening('Det det gjelder er samtalen'), 'Det det gjelder er samtalen');
    assert.equal(withoutRepeatedOpening('Barn i skolen Barnehagen'), 'Barn i skolen Barnehagen');
  });

  it('is not read with cells of another row whose end was missed (a time before the last cell)', () => {
    const missed = ['1 Tiltak i Lunde kommune', '', 'Målgruppe Mål Tiltak Hvordan og når Hvem har ansvar', '', 'Ansatte i helse Ansatte kjenner planen', '', 'Lage en plakat om planen Høsten 2026', '', 'Plangruppa og NAV-området i Lunde kommune henvisning til mer informasjon Ansatte i NAV Sikre at tolker har taushetsplikt', '', 'Våren 2027 Ledere i NAV Lunde', ''].join('\n');
    const one = KnowledgeBase.fromDocuments([{ id: 'lunde.txt', title: 'Tiltaksplan Lunde kommune', source: 'lunde.txt', pages: [{ page: 1, text: missed }] }]);
    const a = one.ask('Hvem i NAV har ansvaret våren 2027?').answer;
    assert.match(a, /^Våren 2027 Ledere i NAV Lunde/, a);
    assert.doesNotMatch(a, /plakat/);
  });
});

describe('a sentence that says who, among the measures under a bare "Tiltak:"', () => {
  // Invented: a goal, a bare "Tiltak:" label, measures as items with text, the last paragraph
  // naming who coordinates, then the next measure.
  const text = [
    '2 Samordnet hjelp',
    '',
    'Mål: Den som blir utsatt for vold får hjelp som henger sammen.',
    '',
    'Tiltak:',
    '',
    '• Lage felles rutiner for samarbeid mellom tjenestene',
    'Mange som blir utsatt for vold trenger hjelp fra flere tjenester samtidig. Hver tjeneste kjenner sin del av saken, men ingen ser hele. Legevakta og familiekoordinatoren har en viktig rolle i å koordinere saker om vold i familien.',
    '',
    '• Lage en oversikt over hjelpetilbudene i kommunen',
    'Oversikten legges på kommunens nettside og oppdateres hvert år.',
  ].join('\n');
  const kb = KnowledgeBase.fromDocuments([{ id: 'samordning.txt', title: 'samordning.txt', source: 'samordning.txt', pages: [{ page: null, text }] }]);

  it('answers with that sentence, not the cell from its first measure on, nor the list after it', () => {
    const a = kb.ask('Hvem skal koordinere saker om vold i familien?').answer;
    assert.match(a, /^Legevakta og familiekoordinatoren har en viktig rolle i å koordinere saker om vold i familien\./, a);
    assert.doesNotMatch(a, /oversikt over hjelpetilbudene/);
  });
});

describe('choosing the sentence to show inside the passage', () => {
  // Invented plans of two municipalities, lines apart as a flattened PDF has them; only the first is asked about.
  const nordvik = [
    'Tiltak for barn og unge',
    '',
    'Tiltak:',
    '',
    '1. Plan for barn og unge',
    '',
    'Ansatte bruker veilederen «Fra magefølelse til handling».',
    '',
    'Trygg oppvekst i Nordvik - Nordvik kommune',
    '',
    'Følge årshjul',
    '',
    'Kommunen tilbyr foreldreprogrammer til familier med barn i alle aldre gjennom hele året der familiene bor og når det passer dem best.',
    'Foreldreprogrammene kommunen tilbyr er ICDP, Trygghetssirkelen og De utrolige årene.',
  ].join('\n');
  const sorby = 'Tiltak i Sørby\n\nSørby kommune lager en egen plan for foreldrestøtte i 2026. Ansatte i skolen får kurs. Ansatte i barnehagen får kurs. Alle ansatte skal kjenne planen.';
  const doc = (id: string, text: string) => ({ id: `${id}.txt`, title: `Handlingsplan ${id}`, source: `${id}.txt`, pages: [{ page: null, text }] });
  const kb = KnowledgeBase.fromDocuments([doc('nordvik', nordvik), doc('sorby', sorby)]);

  it('does not let the municipality\'s name pick a line: it chose the document, not the answer', () => {
    assert.match(kb.ask('Hva gjør ansatte ved uro for et barn i Nordvik?').answer, /^Ansatte bruker veilederen «Fra magefølelse til handling»\./);
  });

  it('answers "hvilke" with the sentence that names several', () => {
    assert.match(kb.ask('Hvilke foreldreprogrammer tilbyr kommunen?').answer, /^Foreldreprogrammene kommunen tilbyr er ICDP, Trygghetssirkelen og De utrolige årene\./);
  });
});

describe('"when" asked of a flattened table whose rows each end with a time', () => {
  // Invented: two rows of one group; the row above ends with a time of its own on the line of its measure.
  const text = [
    '1 Tiltak i Lunde kommune', '', 'Målgruppe Mål Tiltak Hvordan og når Hvem har ansvar', '',
    'Ansatte i skolen', 'Barnevernet skal svare', 'raskere på henvendelser', '',
    'Barnevernet lager ny mal for svar til skolene innen høsten 2026 Barnevernet', '',
    'Ansatte i barnehagen', 'Barnevernets taushetsplikt skal', 'ikke stå i veien for barnet', '',
    'Barnevernet holder informasjonsmøte om', 'hva en bekymringsmelding skal', 'inneholde', '',
    'I hver barnehage i', 'løpet av tre år', '', 'Barnevernet', '',
  ].join('\n');
  const kb = KnowledgeBase.fromDocuments([{ id: 'lunde.txt', title: 'Tiltaksplan Lunde kommune', source: 'lunde.txt', pages: [{ page: 1, text }] }]);

  it('answers with the time of the row about what is asked, not the time the row above ends with', () => {
    const q = 'Innen når skal barnevernet ha vært rundt og fortalt hva en god bekymringsmelding må inneholde?';
    const a = kb.ask(q).answer;
    assert.match(a, /^I hver barnehage i løpet av tre år\nBarnevernet holder informasjonsmøte/, a);
    assert.doesNotMatch(a, /høsten 2026/, a);
  });
});
