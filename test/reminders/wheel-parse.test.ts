import assert from 'node:assert/strict';
import { parseTiming, parseTimingDetail, type ParsedTiming } from '../../src/reminders/wheel-parse';

type Case = [text: string, expect: Partial<ParsedTiming>];

const SPRING = [1, 2, 3, 4, 5, 6];
const AUTUMN = [8, 9, 10, 11, 12];

function check(cases: Case[]): void {
  for (const [text, expect] of cases) {
    it(`"${text}"`, () => {
      const actual = parseTiming(text);
      const picked = Object.fromEntries(Object.keys(expect).map((k) => [k, actual[k as keyof ParsedTiming]]));
      assert.deepEqual(picked, expect);
    });
  }
}

describe('parseTiming', () => {
  it('returns exactly the six contract fields', () => {
    assert.deepEqual(Object.keys(parseTiming('mars')).sort(), ['continuous', 'deadline', 'every', 'firstYear', 'months', 'unresolved']);
  });

  describe('month words and lists give every month named', () => {
    check([
      ['Feb/ mars og påminnelse i sept/okt', { months: [2, 3, 9, 10], unresolved: false }],
      ['Sept/ oktober', { months: [9, 10], unresolved: false }],
      ['MAI', { months: [5], every: null, unresolved: false }],
      ['jan., apr. og jul.', { months: [1, 4, 7] }],
      ['nov-des', { months: [11, 12] }],
      ['mar – juni', { months: [3, 6] }],
      ['påminnelse i september', { months: [9], unresolved: false }],
      ['Sep,  Okt ,nov', { months: [9, 10, 11] }],
      ['februar og\n  mars', { months: [2, 3] }],
      ['15. mars', { months: [3], deadline: null }],
    ]);
  });

  describe('seasons and school-year words', () => {
    check([
      ['Våren', { months: SPRING, unresolved: false }],
      ['i vårsemesteret', { months: SPRING }],
      ['Høstsemesteret', { months: AUTUMN }],
      ['hausten', { months: AUTUMN }],
      ['om sommeren', { months: [6, 7, 8] }],
      ['Ved skolestart og etter juleferien', { months: [1, 8], unresolved: false }],
      ['ved nyttår', { months: [1] }],
      ['Årlig på slutten av året', { months: [12], every: 1 }],
      ['ved årsslutt', { months: [12] }],
      ['Tredje kvartal', { months: [7, 8, 9] }],
      ['4. kvartal', { months: [10, 11, 12] }],
      ['andre kvartal og fjerde kvartal', { months: [4, 5, 6, 10, 11, 12] }],
      ['I vår kommune skjer dette i april', { months: [4] }],
      ['vår kommune', { months: [], unresolved: true }],
      ['Hver høst og vår', { months: [...SPRING, ...AUTUMN], every: 1 }],
      ['Ved starten av hvert skoleår', { months: [8] }],
      ['Til jul', { months: [12] }],
    ]);
  });

  describe('recurrence', () => {
    check([
      ['Hver vår for nye foreldre', { months: SPRING, every: 1, unresolved: false }],
      ['kvart år i oktober', { months: [10], every: 1 }],
      ['én gang i året, i mars', { months: [3], every: 1 }],
      ['Annen hvert år', { months: [], every: 2, unresolved: true }],
      ['annethvert år i mai', { months: [5], every: 2 }],
      ['annakvart år', { every: 2, unresolved: true }],
      ['Gjøres annen hvert år, første gang våren 2023', { months: SPRING, every: 2, firstYear: 2023, unresolved: false }],
      ['hvert tredje år, første gang i 2026, i november', { months: [11], every: 3, firstYear: 2026 }],
      ['Årlig', { months: [], every: 1, unresolved: true }],
      ['årlig i januar', { months: [1], every: 1, unresolved: false }],
      ['fra og med 2026, annen hvert år i mai', { months: [5], every: 2, firstYear: 2026 }],
    ]);
  });

  describe('deadlines', () => {
    check([
      ['Frist: 31.12.2023', { deadline: '2023-12-31', months: [], unresolved: false }],
      ['innen 1.9.2026', { deadline: '2026-09-01' }],
      ['Søknad sendes innen søknadsfristen 15.3.2027.', { deadline: '2027-03-15' }],
      ['frist 05.06.2025', { deadline: '2025-06-05' }],
      ['Innen utgangen av 2027', { deadline: '2027-12-31', unresolved: false }],
      ['I løpet av våren 2026', { deadline: '2026-06-30', unresolved: false }],
      ['innen høsten 2025', { deadline: '2025-12-31' }],
      ['I løpet av vårhalvåret 2028', { deadline: '2028-06-30' }],
      ['Innen utgangen av 2026, deretter annen hvert år', { deadline: '2026-12-31', every: 2, unresolved: false }],
      ['Frist 31.2.2026', { deadline: null, unresolved: true }],
      ['Frist: 31/12/2025', { deadline: '2025-12-31' }],
      ['innan utgangen av 2025', { deadline: '2025-12-31' }],
      ['Frist 1. mars 2026', { deadline: '2026-03-01', months: [] }],
      ['innen 3. kvartal 2026', { deadline: '2026-09-30' }],
    ]);
  });

  describe('week numbers: the month of ISO week N\'s Thursday', () => {
    check([
      ['Uke 6 hvert år', { months: [2], every: 1, unresolved: false }],
      ['uke 40', { months: [10], every: null, unresolved: false }],
      ['i uke 6 og 40', { months: [2, 10] }],
      ['ukene 6-8', { months: [2] }],
      ['uke 9', { months: [3] }],
      ['uke nr. 27', { months: [7] }],
      ['veke 12', { months: [3] }],
      ['uke 1', { months: [1] }],
      ['uke 53', { months: [12] }],
      ['januar og uke 40', { months: [1, 10] }],
      ['uke 60', { months: [], unresolved: true }],
      ['En uke mot vold', { months: [], unresolved: true }],
      ['innen 2 uker', { months: [], unresolved: true }],
    ]);

    it('keeps the weeks for the calendar, outside the contract', () => {
      assert.deepEqual(parseTimingDetail('i uke 6 og 40, ukene 10-11').weeks, [6, 10, 11, 40]);
      assert.deepEqual(parseTimingDetail('Hvert år i februar').weeks, []);
    });
  });

  describe('continuous, periods and the unplaceable', () => {
    check([
      ['Kontinuerlig', { continuous: true, months: [], unresolved: false }],
      ['Fortløpende i møte med familiene', { continuous: true, unresolved: false }],
      ['løpende', { continuous: true }],
      ['2024-2027', { months: [], deadline: null, unresolved: true }],
      ['2022 – 2025', { months: [], unresolved: true }],
      ['som gir bekymring', { unresolved: true, continuous: false }],
      ['midtveis i planperioden', { unresolved: true }],
      ['ved behov', { unresolved: true, months: [] }],
      ['temaet legges inn i årshjul', { unresolved: true }],
      ['Innen første arbeidsår for nyansatte', { unresolved: true, deadline: null }],
      ['', { unresolved: true }],
    ]);
  });
});
