import type { Part } from './docx-builder';

/**
 * Test plans in the shapes real municipal plans take (see ../shared/plans/README.md), with our
 * own text. Each is a list of parts for buildDocx.
 */

/** Sub-goals as headings, one table each: Tiltak: | Tidsrom: | Ansvar: | Evaluering: (colons, lists in cells). */
export const SUBGOAL_TABLES: Part[] = [
  { heading: 'Tiltaksplan mot vold i nære relasjoner', level: 1 },
  { text: 'Planen gjelder for alle tjenester i kommunen.' },
  { heading: 'Delmål 1: Ansatte kjenner igjen tegn på vold', level: 2 },
  {
    headerRows: 1,
    table: [
      ['Tiltak:', 'Tidsrom:', 'Ansvar:', 'Evaluering:'],
      ['Kurs i å snakke med barn om vold\n• e-læring for alle\n• samling for ledere', 'Årlig.\nJan/ feb og påminnelse i aug', 'Kompetanseteamet\nEnhetsledere setter av tid', 'Teamet oppsummerer i desember'],
      ['Temakveld for foreldre', 'Hver høst', 'Helsestasjonen', ''],
    ],
  },
  { heading: 'Delmål 2: Tjenestene samarbeider tettere', level: 2 },
  {
    headerRows: 1,
    table: [
      ['Tiltak', 'Tidsrom', 'Ansvar', 'Evaluering'],
      ['1) Felles rutine for bekymringsmeldinger', 'Kontinuerlig', 'Alle som arbeider med barn', 'Spørreundersøkelse blant ansatte'],
      ['2) Fagdag på tvers av enhetene', 'Ved behov', 'Koordinatoren', 'Årlig'],
    ],
  },
];

/** One wide table: Målgruppe | Mål | Tiltak | Hvordan og når | Hvem har ansvar, with merged cells; a contact table to skip. */
export const GOAL_COLUMN_TABLE: Part[] = [
  { heading: 'Mål og tiltak', level: 1 },
  {
    headerRows: 1,
    table: [
      ['Målgruppe', 'Mål', 'Tiltak', 'Hvordan og når', 'Hvem har ansvar'],
      [{ text: 'Innbyggerne', merge: 'start' }, { text: 'Innbyggerne vet hvor de får hjelp', merge: 'start' }, 'Egen side om vold på nettsidene', 'Oppdateres i mars hvert år', 'Kommunikasjonsenheten'],
      [{ merge: 'continue' }, { merge: 'continue' }, 'Plakater på legekontor og bibliotek', 'Henges opp i september', 'Biblioteket\nLegekontoret'],
      ['Foreldre med små barn', 'Foreldre får vite om vold tidlig', 'Samtale om vold på hjemmebesøk', 'Ved første hjemmebesøk etter fødsel', 'Helsestasjonen'],
    ],
  },
  { text: 'Kontakter', bold: true },
  { table: [['Navn', 'Telefon', 'E-post'], ['Vakttelefon', '400 00 000', 'vakt@eksempel.no']] },
  { text: 'Tall fra 2024', bold: true },
  { table: [['År', 'Antall meldinger'], ['2023', '41'], ['2024', '52']] },
];

/** Focus areas as bold lines before two-column tables (Tiltak | Tidsrom), periods as timing. */
export const FOCUS_AREAS: Part[] = [
  { heading: 'Samlet oversikt over tiltakene', level: 1 },
  { text: 'Trygghet for barn og voksne', bold: true },
  { headerRows: 1, table: [['Tiltak', 'Tidsrom'], ['Styrke samtaletilbudet på krisesenteret', '2025-2028'], ['Innføre en fast kontaktperson for barn', '2025\noppdateres årlig']] },
  { text: 'Forebygging' },
  { headerRows: 1, table: [['Tiltak', 'Tidsrom'], ['Lage en digital verktøykasse', '2025-2026']] },
];

/** Numbered measures with an id column, a table split over a page without its header, and an overview table to skip. */
export const NUMBERED_SPLIT: Part[] = [
  { heading: '1. Oversikt over tiltak', level: 1 },
  { headerRows: 1, table: [['Nr', 'Tiltak', 'Avsnitt', 'Målgruppe/tema'], ['1.', 'Kompetanseplan for ansatte', '3.1', 'Ansatte'], ['2.', 'Foreldreveiledning', '3.2', 'Foreldre']] },
  { heading: '3.1 Kompetanse i tjenestene', level: 2 },
  {
    headerRows: 1,
    table: [
      ['NR.', 'TILTAK', 'ANSVARLIG', 'Tidsplan/frist', 'Målgruppe'],
      ['3.1.1', 'Kompetanseplan for ansatte i alle tjenester', 'Kommunalsjefene', 'Frist: 31.12.2026', 'Ansatte'],
      ['', '', '', '', ''],
      ['NR.', 'TILTAK', 'ANSVARLIG', 'Tidsplan/frist', 'Målgruppe'],
      ['3.1.2', 'Opplæring i meldeplikt', 'Barnevernleder', 'Innen utgangen av 2026', 'Ledere'],
    ],
  },
  { pageBreak: true },
  { table: [['3.1.3', 'Nettkurs for nyansatte', 'Personalavdelingen', 'Løpende', 'Nyansatte']] },
  { heading: '3.2 Barn og unge', level: 2 },
  { text: '3.2.1 Tiltak: Informasjon til foreldre om hva vold gjør med barn' },
  { text: 'Helsestasjonen gir informasjon til alle foreldre, og temaet tas opp på foreldremøter.' },
  { text: 'Tiltak: Informasjonsopplegg til foreldre på helsestasjon og i barnehage' },
  { text: 'Ansvar: Den enkelte kommune' },
  { text: 'Frist: 30.6.2026' },
  { text: '3.2.2 Tiltak: Kjærestevold i undervisningen' },
  { table: [['Tiltak:', 'Kjærestevold inngår i opplæringen om seksualitet'], ['Ansvar:', 'Skolene'], ['Frist:', 'Hvert skoleår, på høsten']] },
];

/** A goal as a title row above the header, inside the table. */
export const GOAL_ROW_ABOVE_HEADER: Part[] = [
  {
    table: [
      [{ text: 'Delmål 3: Hjelpen er lett å finne', span: 3 }],
      ['Tiltak', 'Frist', 'Ansvarlig'],
      ['Oppdatert kontaktliste på intranett', '1.3.2026', 'Koordinatoren'],
    ],
  },
];

/** Goals as full-width rows inside one table, columns in another order. */
export const FULL_WIDTH_GOALS: Part[] = [
  {
    headerRows: 1,
    table: [
      ['Ansvar', 'Tiltak', 'Når'],
      [{ text: 'Innsatsområde 1: Forebygge', span: 3 }],
      ['SLT-koordinator', 'Kampanjeuke mot vold', 'Uke 46, november'],
      [{ text: 'Innsatsområde 2: Avdekke', span: 3 }],
      ['Skolene', 'Trygghetsundersøkelse', 'Oktober annethvert år, første gang 2025'],
    ],
  },
];

/** A title (Word's Title style) with the municipality and period in it, and timings given as week numbers. */
export const TITLED_WEEKS: Part[] = [
  { heading: 'Handlingsplan mot vold i nære relasjoner for Sjøvik kommune 2025–2028', level: 'title' },
  { text: 'Vedtatt av kommunestyret.' },
  { heading: 'Delmål 1: Alle vet hvor de får hjelp', level: 2 },
  {
    headerRows: 1,
    table: [
      ['Tiltak', 'Tidsrom', 'Ansvar'],
      ['Kampanje om vold i nære relasjoner', 'Uke 6 hvert år', 'SLT-koordinator'],
      ['Temamøte for ledere', 'i uke 40', 'Kommunalsjef'],
    ],
  },
];

/** The title on two lines: the plan, then the municipality and period under it. */
export const SUBTITLED: Part[] = [
  { heading: 'Handlingsplan mot vold i nære relasjoner', level: 1 },
  { text: 'Fjellby kommune 2024-2027', bold: true },
  { headerRows: 1, table: [['Tiltak', 'Tidsrom', 'Ansvar'], ['Felles kurs for ansatte', 'Hver høst', 'Kompetanseteamet']] },
];
