import assert from 'node:assert/strict';
import { importDocx } from '../../../src/plan/import/import';
import { buildDocx } from './docx-builder';
import { draftPlan } from '../../../src/plan/import/draft';
import { FOCUS_AREAS, FULL_WIDTH_GOALS, GOAL_ROW_ABOVE_HEADER, GOAL_COLUMN_TABLE, NUMBERED_SPLIT, SUBGOAL_TABLES, SUBTITLED, TITLED_WEEKS } from './layouts';

const pick = (m: Record<string, string>, ...keys: string[]) => keys.map((k) => m[k]);

describe('plan import from Word', () => {
  it('reads sub-goal headings and their Tiltak/Tidsrom/Ansvar/Evaluering tables, lists and paragraphs joined by newlines', async () => {
    const r = await importDocx(await buildDocx(SUBGOAL_TABLES));
    assert.deepEqual(r.goals, [{ id: '1', title: 'Ansatte kjenner igjen tegn på vold' }, { id: '2', title: 'Tjenestene samarbeider tettere' }]);
    assert.deepEqual(r.measures[0], {
      id: '1.1', goalId: '1', title: 'Kurs i å snakke med barn om vold\ne-læring for alle\nsamling for ledere',
      timing: 'Årlig.\nJan/ feb og påminnelse i aug', responsible: 'Kompetanseteamet\nEnhetsledere setter av tid',
      evaluation: 'Teamet oppsummerer i desember', targetGroup: '',
    });
    assert.deepEqual(r.measures.map((m) => [m.id, m.goalId, m.title]), [
      ['1.1', '1', r.measures[0]!.title], ['1.2', '1', 'Temakveld for foreldre'],
      ['1', '2', 'Felles rutine for bekymringsmeldinger'], ['2', '2', 'Fagdag på tvers av enhetene'],
    ]);
    assert.deepEqual(r.warnings, ['Tiltak 2 «Fagdag på tvers av enhetene»: tiden «Ved behov» kan ikke plasseres i årshjulet; velg måned eller frist.']);
  });

  it('reads a goal column and a target group column with vertically merged cells, and skips contact and statistics tables', async () => {
    const r = await importDocx(await buildDocx(GOAL_COLUMN_TABLE));
    assert.deepEqual(r.goals.map((g) => g.title), ['Innbyggerne vet hvor de får hjelp', 'Foreldre får vite om vold tidlig']);
    assert.deepEqual(r.measures.map((m) => pick(m, 'goalId', 'targetGroup', 'title', 'timing', 'responsible')), [
      ['1', 'Innbyggerne', 'Egen side om vold på nettsidene', 'Oppdateres i mars hvert år', 'Kommunikasjonsenheten'],
      ['1', 'Innbyggerne', 'Plakater på legekontor og bibliotek', 'Henges opp i september', 'Biblioteket\nLegekontoret'],
      ['2', 'Foreldre med små barn', 'Samtale om vold på hjemmebesøk', 'Ved første hjemmebesøk etter fødsel', 'Helsestasjonen'],
    ]);
    assert.equal(r.warnings.filter((w) => w.startsWith('Tabell')).length, 2);
  });

  it('takes the line above a table as its focus area, and warns about periods the wheel cannot place', async () => {
    const r = await importDocx(await buildDocx(FOCUS_AREAS));
    assert.deepEqual(r.goals.map((g) => g.title), ['Trygghet for barn og voksne', 'Forebygging']);
    assert.deepEqual(r.measures.map((m) => [m.goalId, m.title, m.timing]), [
      ['1', 'Styrke samtaletilbudet på krisesenteret', '2025-2028'],
      ['1', 'Innføre en fast kontaktperson for barn', '2025\noppdateres årlig'],
      ['2', 'Lage en digital verktøykasse', '2025-2026'],
    ]);
    assert.equal(r.warnings.length, 3);
  });

  it('keeps numbered measures, folds a repeated header and an empty row, continues a table split over a page, reads labelled measures, and skips the overview', async () => {
    const r = await importDocx(await buildDocx(NUMBERED_SPLIT));
    assert.deepEqual(r.measures.map((m) => pick(m, 'id', 'goalId', 'title', 'responsible', 'timing')), [
      ['3.1.1', '3.1', 'Kompetanseplan for ansatte i alle tjenester', 'Kommunalsjefene', 'Frist: 31.12.2026'],
      ['3.1.2', '3.1', 'Opplæring i meldeplikt', 'Barnevernleder', 'Innen utgangen av 2026'],
      ['3.1.3', '3.1', 'Nettkurs for nyansatte', 'Personalavdelingen', 'Løpende'],
      ['3.2.1', '3.2', 'Informasjonsopplegg til foreldre på helsestasjon og i barnehage', 'Den enkelte kommune', '30.6.2026'],
      ['3.2.2', '3.2', 'Kjærestevold inngår i opplæringen om seksualitet', 'Skolene', 'Hvert skoleår, på høsten'],
    ]);
    assert.deepEqual(r.goals, [{ id: '3.1', title: 'Kompetanse i tjenestene' }, { id: '3.2', title: 'Barn og unge' }]);
    assert.deepEqual(r.measures[0]!.targetGroup, 'Ansatte');
  });

  it('reads goals given as full-width rows, whatever the column order', async () => {
    const r = await importDocx(await buildDocx(FULL_WIDTH_GOALS));
    assert.deepEqual(r.goals, [{ id: '1', title: 'Forebygge' }, { id: '2', title: 'Avdekke' }]);
    assert.deepEqual(r.measures.map((m) => pick(m, 'id', 'goalId', 'title', 'responsible', 'timing')), [
      ['1.1', '1', 'Kampanjeuke mot vold', 'SLT-koordinator', 'Uke 46, november'],
      ['2.1', '2', 'Trygghetsundersøkelse', 'Skolene', 'Oktober annethvert år, første gang 2025'],
    ]);
  });

  it('takes a title row above the header as the table\'s goal', async () => {
    const r = await importDocx(await buildDocx(GOAL_ROW_ABOVE_HEADER));
    assert.deepEqual(r.goals, [{ id: '3', title: 'Hjelpen er lett å finne' }]);
    assert.deepEqual(r.measures.map((m) => pick(m, 'id', 'goalId', 'timing', 'responsible')), [['3.1', '3', '1.3.2026', 'Koordinatoren']]);
    assert.deepEqual(r.warnings, []);
  });

  it('places "Uke 6 hvert år" in the wheel, and keeps the municipality and period of the Word title in the plan title', async () => {
    const r = await importDocx(await buildDocx(TITLED_WEEKS));
    assert.deepEqual(r.warnings, [], 'every timing can be placed');
    assert.deepEqual(r.heading, { title: 'Handlingsplan mot vold i nære relasjoner for Sjøvik kommune 2025–2028', municipality: 'Sjøvik kommune', period: '2025–2028' });
    const draft = draftPlan(r);
    assert.deepEqual([draft.title, draft.municipality, draft.period], ['Handlingsplan mot vold i nære relasjoner for Sjøvik kommune 2025–2028', 'Sjøvik kommune', '2025–2028']);
    assert.deepEqual(draft.wheel.map((w) => [w.title, w.timing]), [
      ['Kampanje om vold i nære relasjoner', { kind: 'text', text: 'Uke 6 hvert år' }],
      ['Temamøte for ledere', { kind: 'text', text: 'i uke 40' }],
    ]);
    assert.equal(draftPlan(r, { municipality: 'Annen kommune' }).municipality, 'Annen kommune', 'the option still wins');
  });

  it('reads a title written on two lines, the municipality and period on the second', async () => {
    const r = await importDocx(await buildDocx(SUBTITLED));
    assert.deepEqual(r.heading, { title: 'Handlingsplan mot vold i nære relasjoner – Fjellby kommune 2024-2027', municipality: 'Fjellby kommune', period: '2024–2027' });
    assert.equal(r.measures.length, 1);
  });

  it('refuses bytes that are not a Word file with a Norwegian message', async () => {
    await assert.rejects(importDocx(Buffer.from('ikke en docx')), { name: 'DocxReadError', message: /^kan ikke lese Word-filen/ });
  });
});
