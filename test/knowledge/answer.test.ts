import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstPlace, KnowledgeBase, type LoadedDocument } from '../../src/knowledge';
import { wordCount } from '../../src/knowledge/reading';
import { NO_RERANK } from '../../src/knowledge/rerank';

const GUIDE = readFileSync(join(__dirname, '..', '..', 'data', 'eksempel-kommune', 'handlingsveileder.md'), 'utf8');
const PLAN = readFileSync(join(__dirname, '..', '..', 'data', 'eksempel-kommune', 'handlingsplan.md'), 'utf8');
const docs: LoadedDocument[] = [
  { id: 'handlingsveileder.md', title: 'Ved bekymring for vold – slik gjør du det', source: 'handlingsveileder.md', pages: [{ page: null, text: GUIDE }] },
  { id: 'handlingsplan.md', title: 'Handlingsplan mot vold i nære relasjoner – Eksempel kommune 2025–2028', source: 'handlingsplan.md', pages: [{ page: null, text: PLAN }] },
];

/** A knowledge base of one document, as a municipality's single guide would be (`page`: a PDF's page number). */
function oneDocument(text: string, id = 't.txt', title = 'T', page: number | null = null): KnowledgeBase {
  return KnowledgeBase.fromDocuments([{ id, title, source: id, pages: [{ page, text }] }]);
}

describe('answers', () => {
  const kb = KnowledgeBase.fromDocuments(docs);

  it('answers "what do I do" with the whole list and its lead-in, never one step cut from it', () => {
    const a = kb.ask('Hva gjør jeg hvis jeg mistenker at et barn blir utsatt for vold?').answer;
    assert.match(a, /^Mistenker du at et barn blir utsatt for vold, .* gjør du dette:\n/);
    for (let step = 1; step <= 5; step++) assert.match(a, new RegExp(`^${step}\\. `, 'm'), `step ${step}`);
  });

  it('answers "what is" with the definition line', () => {
    assert.match(kb.ask('Hva er latent vold?').answer, /^• Latent vold: frykten for ny vold/);
  });

  it('answers "whom do I call" with the contact row and its phone number, without table markup', () => {
    const a = kb.ask('Hva er telefonnummeret til barnevernvakten?').answer;
    assert.match(a, /Barnevernvakten – Når: Bekymring for et barn, kveld og helg – Telefonnummer: 400 00 004/);
    assert.doesNotMatch(a, /\|/);
  });

  it('answers "when" about a measure with the cell that says when first, then the measure', () => {
    const a = kb.ask('Når er temadagen om vold i nære relasjoner?').answer;
    assert.match(a, /^Tidsrom: Hvert år i februar\.\n.*temadag om vold i nære relasjoner/);
  });

  it('answers "who" about a measure with the cell that says who first, then the measure', () => {
    const a = kb.ask('Hvem har ansvaret for temadagen om vold i nære relasjoner?').answer;
    assert.match(a, /^Ansvar: Kommunalsjef for helse og velferd\.\n.*temadag/);
  });

  it('never shows markdown emphasis or headings in an answer', () => {
    for (const q of ['Hva er meldeplikt?', 'Hva er avvergeplikt?', 'Hvordan snakker jeg med et barn?']) {
      assert.doesNotMatch(kb.ask(q).answer, /\*\*|^#|\|/m, q);
    }
  });
});

describe("the passage's next best sentence", () => {
  const text = `# Oppfølging etter krisesenteropphold

Når en familie flytter hjem etter et opphold på krisesenteret, trenger de oppfølging fra kommunen. Mange opplever at hverdagen blir krevende i månedene etterpå. Det er viktig at barna får fortsette i barnehage og skole uten avbrudd. Kommunen har også et eget tilbud om leksehjelp for alle elever på mellomtrinnet. Familiekoordinatoren kaller inn til et møte om oppfølging innen to uker etter at familien har flyttet hjem fra krisesenteret.
`;
  const kb = oneDocument(text, 'veileder.md', 'Veileder');

  it('follows the best sentence when it answers nearly as well, whole, and after it', () => {
    const a = kb.ask('Hva skjer med oppfølgingen når familien flytter hjem fra krisesenteret?').answer;
    assert.match(a, /^Når en familie flytter hjem etter et opphold på krisesenteret/);
    assert.match(a, /\nFamiliekoordinatoren kaller inn til et møte om oppfølging innen to uker etter at familien har flyttet hjem fra krisesenteret\.$/);
  });

  it('answers "who" with the sentence that names who does it, not a research finding that names a role', () => {
    const text =
      '# Oppfølging av planen\n\nDet opprettes en styringsgruppe med ansvar for arbeidet. Forskning viser at planen følges opp best når noen har et tydelig ansvar for den.\n';
    const one = oneDocument(text, 'p.md', 'P');
    assert.match(one.ask('Hvem har ansvar for at planen følges opp?').answer, /^Det opprettes en styringsgruppe/);
  });

  it('answers "how" with the sentence that says by what means, not the one that says why', () => {
    const text =
      '# Undervisning om trygghet\n\nBarn som har lært hvor de kan få hjelp, sier lettere fra når noe er galt hjemme, viser erfaringene fra mange barnehager i landet. Kommunen har satt seg et mål om trygghet i alle barnehager og skoler, og hele planen bygger på det.\n\nDette skal sikres gjennom egne timer der barna lærer om trygghet i alle barnehager og skoler.\n';
    const one = oneDocument(text, 'u.md', 'U');
    assert.match(one.ask('Hvordan skal barna lære hvor de kan få hjelp?').answer, /^Dette skal sikres gjennom egne timer/);
  });

  it('answers "which" with the sentence that names them when the best sentence only talks about them', () => {
    const text =
      '# Foreldrestøtte\n\nHver skole lager sin egen oversikt over kursene for foreldre som skolen vil tilby, en plan for hvordan kursene skal holdes, på hvilket nivå og med hvilke ressurser, slik at tilbudet kan holdes oppe over tid. Aktuelle tilbud er COS-P, De utrolige årene, ICDP og PMTO.\n';
    const one = oneDocument(text, 'f.md', 'F');
    assert.match(one.ask('Hvilke kurs for foreldre kan skolen tilby?').answer, /\nAktuelle tilbud er COS-P, De utrolige årene, ICDP og PMTO\.$/);
  });

  it('shows a sentence that leans back ("I tillegg …") without one that only says where something else is told', () => {
    const text =
      '# Hjelp til foreldre\n\nMange foreldre som slår, gjør det fordi de mangler andre måter å sette grenser på. Da kan et foreldrekurs i gruppe være et godt tilbud. Foreldrekursene er nærmere beskrevet i kapittel Barn og unge. I tillegg bør alle foreldre som sliter med sinne få tilbud om sinnemestring hos familievernkontoret.\n';
    const one = oneDocument(text, 'f.md', 'F');
    const a = one.ask('Hvor kan foreldre som sliter med sinne få tilbud om sinnemestring?').answer;
    assert.match(a, /^I tillegg bør alle foreldre som sliter med sinne få tilbud om sinnemestring/);
    assert.doesNotMatch(a, /beskrevet i kapittel/);
  });

  it('never answers "how" with a line of three words ("Som gir bekymring") when the passage has a measure', () => {
    const text =
      'Barn trenger trygge voksne rundt seg. Alle barn har rett til vern.\n\nDelmål 2: Arbeidet er en del av kommunens systematiske arbeid\n\nTiltak:\n\n1) Plan for barn og unge\n\n' +
      'Bruk veilederen «fra magefølelse til handling»\n\nTidsrom:\n\nHele året\n\nAnsvar:\n\nAlle som jobber med barn.\n\nTryggEst teamet\n\nSom gir bekymring\n';
    const one = oneDocument(text);
    assert.match(one.ask('Hvordan går jeg fram når jeg er urolig for et barn?').answer, /^Tiltak: Plan for barn og unge\nBruk veilederen «fra magefølelse til handling»\nTidsrom: Hele året\nAnsvar: Alle som jobber med barn\./);
  });

  it('answers who is responsible for a measure in a flattened table with the cell that ends its row, not the measure that says "med ansvar for"', () => {
    const text =
      '1.3 Tiltak for NAV\n\nMålgruppe Mål Tiltak Hvordan og når Hvem har ansvar\n\nAnsatte i NAV Sikre gode rutiner for tolk\n\nEtablere rutiner for tolk på telefon\n\nI løpet av våren 2025 Ledere i NAV\n\n' +
      'Ansatte i NAV Gjøre veiledning lettere tilgjengelig\n\nHa en kontaktperson i NAV med ansvar for å veilede kollegaer\n\nI løpet av høsten 2025 Ledere i NAV\n';
    const one = oneDocument(text, 't.txt', 'T', 1);
    assert.match(one.ask('Hvem har ansvar for at NAV får en kontaktperson som kan veilede kollegaer?').answer, /^I løpet av høsten 2025\. Ansvar: Ledere i NAV\n/);
    // Asked whom to turn to, the contact person is the answer.
    assert.match(one.ask('Finnes det en kontaktperson i NAV som kan veilede meg?').answer, /^Ha en kontaktperson i NAV/);
  });

  it('answers with what a numbered measure alone in its list is, from the paragraph under it in its cell', () => {
    const text =
      'Delmål 2: Arbeidet er en del av kommunens systematiske arbeid\n\nTiltak:\n\n2) Eldreteamet – tidlig innsats for eldre som blir utsatt for vold.\n\n' +
      'Kort vei mellom tjenestene. Teamet møtes hver uke og følger opp meldingene.\n\nTidsrom:\n\nHele året\n\nAnsvar:\n\nEldreteamet\n';
    const one = oneDocument(text);
    assert.equal(one.ask('Hvordan jobber eldreteamet med tidlig innsats?').answer, '2. Eldreteamet – tidlig innsats for eldre som blir utsatt for vold.\nKort vei mellom tjenestene.\nTeamet møtes hver uke og følger opp meldingene.');
  });

  it('answers "who" about the second of two numbered measures with its own cell, not the cell of the first', () => {
    const text =
      'Delmål 2: Arbeidet er en del av kommunens systematiske arbeid\n\nTiltak:\n\n1) Plan for barn og unge\n\nBruk veilederen «fra magefølelse til handling»\n\n' +
      'Tidsrom:\n\nHele året\n\nAnsvar:\n\nAlle som jobber med barn.\n\nEvaluering:\n\nUndersøke om alle kjenner veilederen\n\n' +
      '2) Eldreteamet – vern av eldre som blir utsatt for vold\n\nKort vei mellom tjenestene.\n\nFølge årshjul\n\nEldreteamet\n\nSom gir bekymring\n';
    const one = oneDocument(text);
    const a = one.ask('Hvem har ansvar for vern av eldre som blir utsatt for vold?').answer;
    assert.doesNotMatch(a, /Alle som jobber med barn/);
    assert.match(a, /Eldreteamet/);
  });

  it('names the measure a list belongs to when its lead-in only says what the list is ("Hvordan snakke med:")', () => {
    const text =
      'Delmål 4: Flere tiltak for grupper med minoritetsbakgrunn.\n\nTiltak:\n\nSnakk | Kursportalen\n\nHvordan snakke med:\n\n- Bedre kompetanse på ulike kulturer.\n\n' +
      '- Økt kompetanse på tolk og kommunikasjon.\n\nTidsrom:\n\nFortløpende\n\nAnsvar:\n\nAlle som jobber med mennesker.\n';
    const one = oneDocument(text);
    assert.match(one.ask('Hvordan får jeg bedre kompetanse på ulike kulturer?').answer, /^Tiltak: Snakk \| Kursportalen\nHvordan snakke med:\n• Bedre kompetanse/);
  });

  it('shows a cell that says its label itself ("• Frist: 30.6.2027") with the label once', () => {
    const text = '5 Videre arbeid\n\n5.2 Tiltak: Revidere planen\n\nInnen utgangen av 2026 settes det ned en ny arbeidsgruppe som skal revidere planen.\n\n' +
      '• Frist: 30.6.2027\n\n• Revidere planen mot vold i nære relasjoner\n';
    const one = oneDocument(text);
    assert.match(one.ask('Når er fristen for å revidere planen?').answer, /^Frist: 30\.6\.2027\n/);
  });

  it('reads a table cell that is a list whole, never cut after its first item', () => {
    const text =
      '1 Tiltak i Lunde kommune\n\nMålgruppe Mål Tiltak Hvordan og når Hvem har ansvar\n\nForeldre i skolen\n\nSkolen skal styrke foreldrerollen\n\n' +
      'Informasjon i foreldremøter, ulikt på trinn.\n\n• 1.-4. trinn - grenser og lovverk, SLT,\n\n• 5.-7. trinn - nettvett og grenser, helsesykepleier\n\n' +
      'Rektor ved hver skole\n\nAnsatte i barnehagen\n\nAnsatte vet hva de gjør ved uro.\n\nHandlingsveilederen revideres.\n\nOppvekstsjefen\n';
    const one = oneDocument(text);
    assert.match(one.ask('Hva gjør skolen for å styrke foreldrerollen?').answer, /• 1\.-4\. trinn .*\n• 5\.-7\. trinn - nettvett og grenser, helsesykepleier$/);
  });

  it('answers "when" from a table cell that is a list with all its items, not the first alone', () => {
    const text =
      '1 Tiltak i Lunde kommune\n\nMålgruppe Mål Tiltak Hvordan og når Hvem har ansvar\n\nLærere i skolen\n\nLærere kan snakke med elever om det vonde\n\n' +
      'Alle lærere tar nettkurset om samtaler med elever\n\n• Innen sommeren 2026, deretter hvert tredje år\n\n• Innen seks måneder for nye lærere\n\nRektor ved hver skole\n';
    const one = oneDocument(text);
    const a = one.ask('Jeg er ny lærer. Hvor lang tid har jeg på meg til å ta nettkurset om samtaler med elever?').answer;
    assert.match(a, /^• Innen sommeren 2026, deretter hvert tredje år\n• Innen seks måneder for nye lærere\n/);
  });

  it('answers "which" with the list a line leads into, before a sentence that only names a few', () => {
    const text =
      '# 3 Satsingsområder\n\nGruppa har samlet arbeidet om noen satsingsområder og målgrupper:\n\n- Forebygging\n\n- Tidlig oppdaging\n\n- Hjelp til dem som utøver vold\n\n- Trygghet for eldre\n\n' +
      'Avgrensningen er gjort fordi det ikke er satt av egne midler til arbeidet. Satsingsområder som bør vurderes ved en senere oppdatering av planen er digital vold, tvangsekteskap og kjønnslemlestelse.\n';
    // Beside the sample plan and guide, so that "vold" weighs as little as in a municipality's library.
    const three = KnowledgeBase.fromDocuments([...docs, { id: 's.md', title: 'S', source: 's.md', pages: [{ page: null, text }] }]);
    assert.match(three.ask('Hvilke satsingsområder mot vold har vi?').answer, /^Gruppa har samlet arbeidet om noen satsingsområder og målgrupper:\n• Forebygging\n/);
  });

  it('answers "who sits in the team" with the sentence naming its members, and "who is responsible" not with it', () => {
    const text =
      '# Samråd om barn\n\n• Samrådsteamets arbeid skal gjøres kjent for ansatte\n\nDet finnes ett samrådsteam i kommunen i dag. Samrådsteamet er kommunens team for drøfting av bekymring for barn som kan være utsatt for vold. ' +
      'Her får ansatte veiledning, drøfting og oppfølging i saken. Ansatte kan drøfte en bekymring uten å si hvem barnet er. ' +
      'Teamet er sammensatt på tvers av etater, og har i dag representanter fra barnevernet, helsestasjonen, PPT og familievernet.\n';
    const one = oneDocument(text);
    // The members' sentence names the team only as "Teamet": the sentence that defined it comes first.
    assert.match(one.ask('Hvem sitter i samrådsteamet om vold mot barn?').answer, /^Samrådsteamet er kommunens team for drøfting av bekymring for barn som kan være utsatt for vold\.\nTeamet er sammensatt på tvers av etater, og har i dag representanter fra barnevernet/);
    assert.doesNotMatch(one.ask('Hvem har ansvar for samrådsteamet om vold mot barn?').answer, /^Teamet er sammensatt/);
  });

  it('never ends an answer on a lead-in whose content it does not show ("Eksempel:")', () => {
    const text =
      '1 Tiltak i Lunde kommune\n\nMålgruppe Mål Tiltak Hvordan og når Hvem har ansvar\n\nForeldre i barnehagen Barnehagen skal styrke foreldrene mot vold\n\n' +
      'Foreldrerollen tas opp på foreldremøtet.\n\nHvert år i mai for nye foreldre. Eksempel:\n\nStyrer i barnehagen\n\nhttps://www.eksempel.no/tips-om-foreldremote\n';
    const a = oneDocument(text).ask('Hvordan tar barnehagen opp foreldrerollen på foreldremøtet?').answer;
    assert.match(a, /^Foreldrerollen tas opp på foreldremøtet\.\nHvert år i mai for nye foreldre\.$/);
  });

  it('drops a short lead-in ("Eksempel:") when the line shown after it is not what it leads into', () => {
    const text =
      '1 Tiltak i Lunde kommune\n\nMålgruppe Mål Tiltak Hvordan og når Hvem har ansvar\n\nForeldre i barnehagen Barnehagen skal styrke foreldrene mot vold\n\n' +
      'Foreldrerollen tas opp på foreldremøtet.\n\nHvert år i mai for nye foreldre. Eksempel:\n\nStyrer i barnehagen\n\nhttps://www.eksempel.no/tips-om-foreldremote\n';
    assert.equal(oneDocument(text).ask('Når tas foreldrerollen opp?').answer, 'Hvert år i mai for nye foreldre.\nForeldrerollen tas opp på foreldremøtet.');
  });

  it('shows a measure that is only its name with its own when and who cells, so it does not read as a bare heading', () => {
    const text = ['Delmål 2: Arbeidet mot vold er en fast del av kommunens arbeid', '', 'Tiltak:', '', '1) Plan for trygge barn', '', 'Bruke veilederen «fra uro til', '', 'handling»', '', 'Tidsrom:', '', 'Hele året', '', 'Ansvar:', '', 'Alle som møter barn i', 'jobben.', '', '2) Kurs for nye ansatte', '', 'Alle nye ansatte får et kurs om vold og overgrep i løpet av det første året.', '', 'Tidsrom:', '', 'Hvert halvår', '', 'Ansvar:', '', 'Personalsjefen', ''].join('\n');
    const kb = oneDocument(text, 'm.txt', 'M', 1);
    assert.equal(kb.ask('Hvilken veileder bruker vi når vi er urolige for et barn?').answer, 'Tiltak: Plan for trygge barn\nBruke veilederen «fra uro til handling»\nTidsrom: Hele året\nAnsvar: Alle som møter barn i jobben.');
    // A measure told in a sentence says what it is itself.
    assert.equal(kb.ask('Hva er kurset for nye ansatte?').answer, 'Kurs for nye ansatte\nAlle nye ansatte får et kurs om vold og overgrep i løpet av det første året.');
  });

  it('shows a note in brackets with the goal above it, never alone as a fragment', () => {
    const text = ['Delmål 3: Bedre samarbeid', '', 'Tiltak:', '', 'Felles kurs for skole og barnevern', '', 'Delmål 4: Egne tiltak for grupper som trenger det mer enn andre.', '', ' (særlig sårbare kan være: eldre som bor alene, mennesker med funksjonsnedsettelse, ', '', 'nyankomne flyktninger eller urfolk)', '', 'Tiltak:', '', 'Kurs om kultur og kommunikasjon for ansatte i NAV', ''].join('\n');
    const kb = oneDocument(text, 'n.txt', 'N', 1);
    assert.equal(kb.ask('Hvem regnes som særlig sårbare?').answer, 'Delmål 4: Egne tiltak for grupper som trenger det mer enn andre.\n(særlig sårbare kan være: eldre som bor alene, mennesker med funksjonsnedsettelse, nyankomne flyktninger eller urfolk)');
  });

  it('never answers "how" with a note in brackets when the passage has the measure that says how', () => {
    const text = ['Delmål 4: Egne tiltak for grupper som trenger det mer enn andre.', '', ' (særlig sårbare kan være: eldre som bor alene, mennesker med funksjonsnedsettelse, ', '', 'nyankomne flyktninger eller urfolk)', '', 'Tiltak:', '', '1) Kurs om kultur', '', 'Hvordan snakke med:', '', '• Lære mer om ulike kulturer.', '', '• Bruke tolk i samtaler med familier.', '', 'Tidsrom:', '', 'Hele året', ''].join('\n');
    const kb = oneDocument(text, 'h.txt', 'H', 1);
    assert.match(kb.ask('Hvordan snakker vi med familier med nyankomne flyktninger?').answer, /^Hvordan snakke med:\n• Lære mer om ulike kulturer\.\n• Bruke tolk i samtaler med familier\.$/);
    // Asked who is meant, the note answers.
    assert.match(kb.ask('Hvem regnes som særlig sårbare?').answer, /\(særlig sårbare kan være: eldre som bor alene/);
  });

  it('keeps a lead-in followed by what it leads into', () => {
    const text = '# Kurs\n\nKommunen tilbyr kurs om sinne og vold for foreldre.\n\nAktuelle kurs:\n\n• Sinnemestring for fedre\n\n• Foreldreveiledning i grupper\n';
    assert.match(oneDocument(text).ask('Hvilke kurs tilbyr kommunen om sinne?').answer, /Aktuelle kurs:\n• Sinnemestring for fedre/);
  });

  it('never answers with a tail whose sentence lost its start in extraction (after a page of link addresses)', () => {
    const text = ['Tiltak for foreldre', '', 'Foreldre i barnehagen skal få hjelp til å snakke om vold.', '', 'https://www.eksempel.no/foreldre', 'https://www.eksempel.no/vold', '', ' i nære relasjoner, der det tas hensyn til kulturell bakgrunn', '', 'Barnehagene gir foreldrene brosjyrer om vold på mange språk.', ''].join('\n');
    const kb = oneDocument(text, 'e.txt', 'E', 1);
    for (const q of ['Tas det hensyn til kulturell bakgrunn?', 'kulturell bakgrunn vold']) assert.doesNotMatch(kb.ask(q).answer, /^i nære relasjoner/, q);
  });

  it('answers "whom do I call" with the number told further down, never with a count ("112 saker")', () => {
    const text =
      '# Råd om tvangsekteskap\n\nRådgiverteamet mot tvangsekteskap gir råd og veiledning til fagpersoner i konkrete saker. I fjor ga de råd i 700 saker. ' +
      'Flest gjaldt frykt for tvangsekteskap (112 saker) og trusler (80 saker). Mange saker gjaldt unge under 18 år. Mange gjaldt også voksne. ' +
      'Det reelle tallet er trolig høyere. Teamet holder også kurs.\n\nKontaktinformasjon rådgiverteamet:\n\n- Telefon: 400 00 000 (mandag–fredag kl. 9–15)\n- E-post: post@example.no\n';
    const one = oneDocument(text, 'r.md', 'R');
    const a = one.ask('Hvem kan jeg ringe for råd om tvangsekteskap?').answer;
    assert.match(a, /^• Telefon: 400 00 000 \(mandag–fredag kl\. 9–15\)\n/);
    assert.doesNotMatch(a, /112 saker/);
  });

  it('leaves out a sentence of the same paragraph that shares little with the question', () => {
    assert.doesNotMatch(kb.ask('Hva skjer med oppfølgingen når familien flytter hjem fra krisesenteret?').answer, /leksehjelp|barnehage og skole/);
  });
});

describe('a "Mulig svar" with the next place that may answer', () => {
  const text = `# Samarbeid med frivillige

Kommunen samarbeider med frivillige lag om aktiviteter for familier. Lagene får tilbud om et kurs hvert år.

# Opplæring for frivillige

Frivillige som møter barn skal få opplæring i å se tegn på vold. Kurset holdes av familieteamet hver høst.
`;
  const kb = oneDocument(text, 'veileder.md', 'Veileder');

  it('names the other document after "Se også" when the next passage is from another plan, and the label judges only the first', () => {
    const a = '# Kurs\n\nKommunen holder et kurs om vold i nære relasjoner for nye ansatte hvert år.\n\n# Temadag\n\nTemadagen om vold holdes hver høst.\n';
    const b = '# Frivillige\n\nFrivillige lag får tilbud om et kurs om å se tegn på vold hos barn.\n\n# Samarbeid\n\nKommunen samarbeider med idrettslagene om trygge aktiviteter.\n';
    const two = KnowledgeBase.fromDocuments([
      { id: 'a.txt', title: 'Plan for Lunde', source: 'a.txt', pages: [{ page: null, text: a }] },
      { id: 'b.txt', title: 'Veileder for Nabo', source: 'b.txt', pages: [{ page: null, text: b }] },
    ]);
    const r = two.ask('Er det noe opplæring?');
    assert.equal(r.confident, false);
    assert.equal(r.answer, 'Kommunen holder et kurs om vold i nære relasjoner for nye ansatte hvert år.\nSe også (Veileder for Nabo): Frivillige lag får tilbud om et kurs om å se tegn på vold hos barn.');
    assert.equal(firstPlace(r.answer), 'Kommunen holder et kurs om vold i nære relasjoner for nye ansatte hvert år.');
  });

  it('shows what the next passage says after "Se også:", whole, when the label is "Mulig svar"', () => {
    const r = kb.ask('Får frivillige i lagene opplæring?');
    assert.equal(r.confident, false);
    assert.match(r.answer, /^Frivillige som møter barn skal få opplæring i å se tegn på vold\./);
    assert.match(r.answer, /\nSe også: Kommunen samarbeider med frivillige lag om aktiviteter for familier\.\nLagene får tilbud om et kurs hvert år\.$/);
  });

  it('shows a long next answer by its leading whole lines, a list cut short ending on "…"', () => {
    const steps = ['Frivillige som er bekymret for et barn i laget, gjør dette:', '',
      '• Skriv ned hva barnet sa og gjorde, med egne ord og dato.', '• Snakk med lederen i laget samme dag, og ikke vent til neste møte.',
      '• Ring familieteamet i kommunen for å drøfte saken uten navn.', '• Ta ikke selv opp mistanken med foreldrene før dere har drøftet saken.',
      '• Ring barnevernet hvis familieteamet mener at det er grunn til bekymring.', '• Ring politiet på 112 hvis barnet er i akutt fare for vold eller overgrep.'].join('\n');
    const long = oneDocument(`${text.split('# Opplæring')[0]}# Når en frivillig er bekymret for et barn\n\n${steps}\n`, 'veileder.md', 'Veileder');
    const r = long.ask('Samarbeid med frivillige lag om barn');
    assert.equal(r.confident, false);
    assert.match(r.answer, /\nSe også:\nFrivillige som er bekymret for et barn i laget, gjør dette:\n• Skriv ned [^\n]+\n(• [^\n]+\n)*…$/);
    assert.ok(wordCount(r.answer) <= 70, r.answer);
  });

  it('adds nothing to a "Svar", nor to a question with no second place', () => {
    const sample = KnowledgeBase.fromDocuments(docs);
    for (const q of ['Hva er telefonnummeret til barnevernvakten?', 'Når er temadagen om vold i nære relasjoner?']) {
      const sure = sample.ask(q);
      assert.equal(sure.confident, true, q);
      assert.doesNotMatch(sure.answer, /Se også/, q);
    }
    const one = oneDocument('# Kurs\n\nFrivillige får et kurs om vold hver høst.\n', 'a.md', 'A');
    assert.doesNotMatch(one.ask('Får frivillige opplæring?').answer, /Se også/);
  });
});

describe('the place whose answer says what was asked', () => {
  // The list of laws matches more of the question's words, but no line of it says which acts
  // count; the short section below it does.
  const text = `# Lover

Kommunen har plikter etter flere lover om mishandling i nære relasjoner. Mishandling i nære relasjoner rammer mange.

• Straffeloven: Plikt til å avverge mishandling i nære relasjoner.
• Barnevernloven: Vern av barn mot mishandling i nære relasjoner.
• Helseloven: Hjelp ved mishandling.

# Hva loven sier

Straffeloven regner handlinger som trusler, tvang eller slag mot en som står en nær som mishandling.

# Mat

Barnehagen lager mat.
`;
  const kb = oneDocument(text, 'veileder.md', 'Veileder');
  const question = 'Hvilke handlinger er mishandling i nære relasjoner etter straffeloven?';

  it('is shown first, and cited first, over a higher place whose answer holds little of the question', () => {
    // The search made to put the kitchen first, as a search can for a question it reads badly.
    const fused = KnowledgeBase.fromDocuments([{ id: 'veileder.md', title: 'Veileder', source: 'veileder.md', pages: [{ page: null, text }] }], { reranker: NO_RERANK });
    const retriever = (fused as unknown as { retriever: { search: (q: unknown, e?: unknown) => Array<{ passage: { trail: string } }> } }).retriever;
    const search = retriever.search.bind(retriever);
    retriever.search = (q, e) => {
      const hits = search(q, e);
      return [...hits.filter((h) => h.passage.trail === 'Mat'), ...hits.filter((h) => h.passage.trail !== 'Mat')];
    };
    const r = fused.ask(question);
    assert.match(r.answer, /^Straffeloven regner handlinger som trusler, tvang eller slag/);
    assert.equal(r.citations[0]!.section, 'Hva loven sier');
  });

  it('leaves a first place alone whose answer holds somewhat less of the question: the reranker has weighed the places', () => {
    // The list of laws leaves "handlinger" out (0.7 of the question against 1.0): a lead under 0.4.
    const r = kb.ask(question);
    assert.equal(r.citations[0]!.section, 'Lover');
    assert.equal(r.citations[1]!.section, 'Hva loven sier');
  });

  it('leaves the order alone when the first place answers as well', () => {
    const r = kb.ask('Hvilke plikter har kommunen etter barnevernloven?');
    assert.equal(r.citations[0]!.section, 'Lover');
    assert.match(r.answer, /Barnevernloven: Vern av barn/);
  });
});

describe('a definition asked with an aside after it', () => {
  const text = `# Former for vold

Materiell vold: å knuse eller ødelegge ting som betyr noe for den andre, for å skremme.

Psykisk vold: trusler, kontroll og nedverdigende ord.

# Kurs for foreldre

Kommunen har et kurs for foreldre om sinne. Deltakerne får gratis materiell på kurset, og de hørte om vold og kurs i fjor.

# Kurs for ansatte

Ansatte får et kurs om vold hvert år, og alle har hørt om det på personalmøtet.
`;
  const kb = oneDocument(text, 'veileder.md', 'Veileder');

  it('is answered by the definition: the aside ("hørte det på et kurs") is not part of what is asked about', () => {
    assert.match(kb.ask('hva er egentlig materiell vold? hørte det på et kurs').answer, /^Materiell vold: å knuse eller ødelegge ting/);
  });
});

describe('a told case asked "er det vold?"', () => {
  const text = `# Former for vold

Vold: en handling som skader, skremmer eller krenker en annen.

Økonomisk vold: kontroll over den andres penger, for eksempel å ta lønna eller nekte tilgang til bankkontoen.

Digital vold: å overvåke og kontrollere den andre gjennom mobilen.

# Følger av vold

Volden kan føre til økonomiske problemer og tap av arbeid for den som blir utsatt.

# Kontakt

Telefon: 22 33 44 55 (hverdager)
`;
  const kb = oneDocument(text, 'veileder.md', 'Veileder');

  it('is answered by the definition of the kind the case tells of, not by a sentence sharing its words', () => {
    assert.match(kb.ask('Mannen min tar hele lønna mi, er det vold?').answer, /^Økonomisk vold: kontroll over den andres penger/);
    assert.match(kb.ask('Mannen tar lønna hennes. Hva slags vold er det?').answer, /^Økonomisk vold: kontroll over den andres penger/);
  });

  it('is never answered by a phone line, which opens like a definition ("Telefon: …")', () => {
    const a = kb.ask('Kjæresten sjekker telefonen hennes hele tiden. Hva slags vold er det?').answer;
    assert.doesNotMatch(a, /Telefon: 22 33 44 55/);
    assert.match(a, /^Digital vold: å overvåke/);
  });

  // A plan's introduction names every kind in passing and matches more words than the list of
  // definitions; another kind's definition shares the word "vold" with the question.
  const plans = KnowledgeBase.fromDocuments([
    {
      id: 'a.md',
      title: 'Plan A',
      source: 'a.md',
      pages: [{ page: null, text: '# Innledning\n\nVolden kan ta mange former: fysisk, psykisk, seksuell, materiell og økonomisk. Vold rammer eldre, og sønnen eller datteren kan være den som utøver vold.\n' }],
    },
    {
      id: 'b.md',
      title: 'Plan B',
      source: 'b.md',
      pages: [{ page: null, text: '# Hva er vold\n\nMateriell vold: å knuse eller ødelegge ting som har verdi for den andre.\n\nKjønnslemlestelse: en form for vold der jenters kjønnsorganer skades for livet.\n\n# Mat\n\nKantinen er åpen.\n' }],
    },
  ]);

  it('is answered from the place that defines that kind, alone, over a place that only names the kinds', () => {
    const r = plans.ask('En eldre mann forteller at sønnen knuser tingene hans når han blir sint. Han slår ikke, men er dette vold?');
    assert.equal(r.citations[0]!.document, 'Plan B');
    assert.equal(r.answer.split('\n')[0], 'Materiell vold: å knuse eller ødelegge ting som har verdi for den andre.');
    assert.doesNotMatch(r.answer, /Kjønnslemlestelse/);
  });
});

describe('a name the question quotes', () => {
  const sections = ['# Kurs\n\nAnsatte i helsestasjonen tar kurset Tidlig inn for å lære å spørre om vold og rus.\n'];
  for (let i = 0; i < 6; i++) sections.push(`# Innsats ${i}\n\nTidlig innsats mot vold er tidlig hjelp: tidlig oppdaget, tidlig fulgt opp, tidlig tiltak ${i}.\n`);
  const kb = oneDocument(sections.join('\n'), 'veileder.md', 'Veileder');

  it('finds the passage that holds it as written, stop words and all ("Tidlig inn")', () => {
    const r = kb.ask("Hva er 'Tidlig inn'?");
    assert.equal(r.citations[0]?.section, 'Kurs');
    assert.match(r.answer, /^Ansatte i helsestasjonen tar kurset Tidlig inn/);
  });
});

describe('a sentence that names what its paragraph defined only by its kind', () => {
  // Invented: two teams in a row; the members of the first are told of "Teamet", three sentences after its name.
  const text = `# Samrådsteam

Kommunen har to samrådsteam i dag. LUNA er kommunens samrådsteam for bekymring for barn som kan være utsatt for vold. Samrådsteamet gir råd og drøfting til ansatte. Ansatte kan drøfte en bekymring uten å si hvem barnet er. Teamet er sammensatt på tvers av etater, og har nå representanter fra barnevern, helsestasjon, politi og familievern.

Samrådsteamet for voksne med utviklingshemming gir anonyme drøftinger til ansatte og pårørende. Samrådsteamet består av ansatte fra habiliteringstjenesten, fastlegene og krisesenteret.
`;
  const kb = oneDocument(text, 'plan.md', 'Plan');

  it('is shown after the sentence that named it, so the card says which team it is', () => {
    const a = kb.ask('Hvem er med i LUNA-teamet?').answer;
    assert.match(a, /^LUNA er kommunens samrådsteam for bekymring for barn som kan være utsatt for vold\.\nTeamet er sammensatt på tvers av etater/, a);
    assert.doesNotMatch(a, /habiliteringstjenesten/, a);
  });

  it('is shown after the sentence that named it also when that sentence comes right before it', () => {
    const next = oneDocument(text.replace('Samrådsteamet gir råd og drøfting til ansatte. Ansatte kan drøfte en bekymring uten å si hvem barnet er. ', ''), 'plan.md', 'Plan');
    assert.match(next.ask('Hvem er med i LUNA-teamet?').answer, /^LUNA er kommunens samrådsteam[^\n]*\nTeamet er sammensatt på tvers av etater/);
  });
});
