/** What a column (or a "Label:" line) of a plan holds. */
export type Role = 'title' | 'timing' | 'responsible' | 'evaluation' | 'targetGroup' | 'goal' | 'id';

/** Lowercase, no punctuation or numbering around it: "Tidsrom:" → "tidsrom", "4. Ansvar" → "ansvar". */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/^[\d.)\s]+(?=\p{L})/u, '')
    .replace(/[:*.?!()[\]"«»]/g, '')
    .replace(/\s*([/&+,-])\s*/g, '$1')
    .trim();
}

// Order matters: "målgruppe" before "mål", "tiltaksansvarlig" is responsible, "tiltak nr" is an id.
const RULES: ReadonlyArray<[Role, RegExp]> = [
  ['id', /^(?:nr|nummer|id|#|løpenr|tiltaksnr|tiltak nr|tiltaksnummer|ref)$/],
  ['targetGroup', /^(?:målgruppe|målgrupper|målgruppe\/tema|for hvem|hvem er tiltaket for|brukergruppe)$/],
  ['evaluation', /^(?:evaluering|evaluere|evalueres|evaluert|evaluering\/måling|måling|indikator|indikatorer|måleindikator|resultatmål|hvordan evaluere|evaluering og oppfølging|oppfølging og evaluering|rapportering)$/],
  ['responsible', /^(?:ansvar|ansvarlig|ansvarlige|hvem har ansvar|hvem har ansvaret|hvem|ansvarlig enhet|ansvarlig tjeneste|hovedansvar|tiltaksansvarlig|ansvarlig for gjennomføring|ansvar for gjennomføring|ansvar\/samarbeid|ansvarlig\/samarbeid|ansvar og samarbeid)$/],
  ['timing', /^(?:tidsrom|når|frist|tidsplan|hvordan og når|tid|tidspunkt|periode|tidsperiode|tidsramme|tidsperspektiv|gjennomføring|gjennomføres|når gjennomføres|oppstart|år|årstall|dato|frist\/tidsrom|tidsrom\/frist|når\/frist|frist\/når|tidsplan\/frist|gjennomføringstid)$/],
  ['goal', /^(?:mål|delmål|innsatsområde|innsatsområder|satsingsområde|satsingsområder|satsningsområde|fokusområde|fokusområder|hovedområde|område|tema|mål for tiltaket|delmål\/innsatsområde)$/],
  ['title', /^(?:tiltak|tiltaket|tiltakene|tiltak\/aktivitet|tiltak og aktiviteter|aktivitet|aktiviteter|tiltaksbeskrivelse|beskrivelse av tiltak|beskrivelse av tiltaket|handling|handlinger|hva|hva skal gjøres|konkrete tiltak)$/],
];

/** The role a header names, or undefined for a column the import does not use. */
export function roleOf(text: string): Role | undefined {
  const h = normalizeHeader(text);
  if (!h) return undefined;
  for (const [role, re] of RULES) if (re.test(h)) return role;
  // Looser: a header that starts with a known word ("Tiltak (hva)", "Ansvar – enhet").
  const first = h.split(/[ /,-]/)[0] ?? '';
  if (first === 'målgruppe' || first === 'målgrupper') return 'targetGroup';
  if (first.startsWith('evaluer')) return 'evaluation';
  if (first.startsWith('ansvar') || h.startsWith('hvem har')) return 'responsible';
  if (['tidsrom', 'frist', 'tidsplan', 'tidspunkt', 'periode', 'når'].includes(first) || h.includes('og når')) return 'timing';
  if (first === 'tiltak' || first === 'aktivitet') return 'title';
  if (first === 'delmål' || first === 'innsatsområde' || first === 'satsingsområde') return 'goal';
  return undefined;
}

/** Words that open a goal heading or a full-width goal row: "Delmål 2: …", "Innsatsområde 3 –". */
export const GOAL_HEADING = /^(?:delmål|mål|hovedmål|innsatsområde|satsingsområde|satsningsområde|fokusområde|område|tema)\s*(\d+(?:\.\d+)*)?\s*[:.–-]?\s*(.*)$/isu;
