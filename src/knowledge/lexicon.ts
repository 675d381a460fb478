/**
 * Small hand-written word lists: the parts no maintained package covers for this domain.
 * Keep them short and general; never add words to fix a single question.
 */

/** Function words in Bokmål, Nynorsk and English that carry no topic. Question words are kept
 * out of the index but read separately as question-type cues (see cues.ts). */
export const STOPWORDS = new Set(
  (
    'og i på til av for med som er en et ei det den de at å om har ikke kan skal vil seg sin sitt sine ' +
    'var vært være blir ble bli eller men så også fra ved etter over under mot uten hvis da når der her ' +
    'hva hvem hvor hvordan hvorfor hvilke hvilken hvilket hvor mange jeg du vi dere han hun meg deg oss ' +
    'dem hans hennes deres vår vårt våre min mitt mine din ditt dine noe noen alle andre annen annet ' +
    'mer mest enn bare hele mye mange få får fått gjøre gjør gjøres gjort må bør kunne skulle ville ' +
    'dette disse denne slik sånn blant både hver nå inn ut opp ned igjen allerede kanskje ' +
    'hadde har hatt blitt finnes fins finst gis gi gir står seg selv sitt egen eget egne ta tar tatt tok sier sa seier skje gå går gikk gått ' +
    // Nynorsk
    'kva kven kvar korleis kvifor kor eg ho dei ikkje ein eit berre mykje vere vera vore ' +
    'dykk dokker me oss sitt kvarandre frå til no ' +
    // English
    'the a an of to in on at for with by from about is are was were be been do does did i you we they ' +
    'he she it my your our their this that these those what who whom where when why how which should ' +
    'would could can will shall must may get gets got have has had and or not any there if me am ' +
    'then than so as into out up'
  ).split(/\s+/),
);

/** Nynorsk (and common dialect) forms mapped to the Bokmål words the plans use. */
export const NYNORSK: Record<string, string> = {
  kva: 'hva', kven: 'hvem', kvar: 'hvor', kor: 'hvor', korleis: 'hvordan', kvifor: 'hvorfor',
  ikkje: 'ikke', ein: 'en', eit: 'et', viss: 'hvis', eg: 'jeg', ho: 'hun', dei: 'de',
  vald: 'vold', valden: 'volden', valdsutsette: 'voldsutsatte', valdsutøvar: 'voldsutøver',
  born: 'barn', borna: 'barna', skule: 'skole', skulen: 'skolen', heim: 'hjem', heime: 'hjemme',
  tilsette: 'ansatte', tilsett: 'ansatt', nytilsette: 'nyansatte', teneste: 'tjeneste',
  tenesta: 'tjenesten', tenester: 'tjenester', tenestene: 'tjenestene', rettleiar: 'veileder',
  handlingsrettleiar: 'handlingsveileder', rettleiing: 'veiledning', tryggleik: 'trygghet',
  sjukepleiar: 'sykepleier', helsesjukepleiar: 'helsesykepleier', ansvarleg: 'ansvarlig',
  utsett: 'utsatt', utsette: 'utsatte',
  opplæringa: 'opplæringen',
  hovudmål: 'hovedmål', hovudmålet: 'hovedmålet', delmåla: 'delmålene', tiltaka: 'tiltakene',
  kjærastevald: 'kjærestevold', kjæraste: 'kjæreste',
  barnevernstenesta: 'barneverntjenesten',
  meldeplikta: 'meldeplikten', teieplikt: 'taushetsplikt', teieplikta: 'taushetsplikten',
  gong: 'gang', gonger: 'ganger', veke: 'uke', veka: 'uken', byrjar: 'begynner',
  snakka: 'snakke', fortel: 'forteller', uro: 'bekymring', gjer: 'gjør', uroleg: 'bekymret',
};

/** Nynorsk spellings inside words, tried on question words the corpus does not know. */
export const NYNORSK_INFIX: Array<[RegExp, string]> = [
  [/vald/, 'vold'], [/tilbod/, 'tilbud'], [/tenest/, 'tjenest'], [/heim/, 'hjem'], [/born/, 'barn'],
  [/sjuk/, 'syk'], [/rettleiing/, 'veiledning'], [/rettleiar/, 'veileder'], [/tilsett/, 'ansatt'],
  [/mogleg/, 'mulig'], [/fylgj/, 'følg'], [/kjærast/, 'kjærest'], [/^ikkje/, 'ikke'],
];

/** Nynorsk endings and their Bokmål counterparts, tried after the infixes. */
export const NYNORSK_SUFFIX: Array<[RegExp, string]> = [
  [/arane$/, 'erne'], [/arar$/, 'ere'], [/ingane$/, 'ingene'], [/ingar$/, 'inger'], [/inga$/, 'ingen'],
  [/ane$/, 'ene'], [/ar$/, 'er'], [/ande$/, 'ende'], [/a$/, 'en'], [/a$/, 'e'], [/leg$/, 'lig'], [/lege$/, 'lige'],
];

/** English words and phrases mapped to the Norwegian domain words (multi-word first). */
export const ENGLISH: Array<[string, string]> = [
  ['domestic violence', 'vold i nære relasjoner'],
  ['intimate partner violence', 'partnervold'],
  ['dating violence', 'kjærestevold'],
  ['honour related violence', 'æresrelatert vold'],
  ['honor related violence', 'æresrelatert vold'],
  ['negative social control', 'negativ sosial kontroll'],
  ['forced marriage', 'tvangsekteskap'],
  ['genital mutilation', 'kjønnslemlestelse'],
  ['new employees', 'nyansatte'],
  ['new staff', 'nyansatte'],
  ['child welfare', 'barnevern'],
  ['crisis centre', 'krisesenter'],
  ['crisis center', 'krisesenter'],
  ['action plan', 'handlingsplan'],
  ['main goal', 'hovedmål'],
  ['overall goal', 'hovedmål'],
  ['duty to report', 'meldeplikt'],
  ['duty to avert', 'avvergeplikt'],
  ['how often', 'hvor ofte'],
  ['how many', 'hvor mange'],
  ['physical violence', 'fysisk vold'],
  ['psychological violence', 'psykisk vold'],
  ['sexual abuse', 'seksuelle overgrep'],
  ['violence', 'vold'], ['abuse', 'overgrep'], ['training', 'opplæring'], ['train', 'opplæring'],
  ['trained', 'opplæring'], ['course', 'kurs'],
  ['employees', 'ansatte'], ['staff', 'ansatte'], ['employee', 'ansatt'], ['children', 'barn'],
  ['child', 'barn'], ['kids', 'barn'], ['parents', 'foreldre'], ['elderly', 'eldre'],
  ['school', 'skole'], ['schools', 'skoler'], ['kindergarten', 'barnehage'], ['police', 'politi'],
  ['shelter', 'krisesenter'], ['deadline', 'frist'], ['responsible', 'ansvar'],
  ['responsibility', 'ansvar'], ['goal', 'mål'], ['goals', 'mål'], ['measure', 'tiltak'],
  ['measures', 'tiltak'], ['confidentiality', 'taushetsplikt'], ['victims', 'voldsutsatte'],
  ['victim', 'voldsutsatt'], ['perpetrators', 'voldsutøvere'], ['perpetrator', 'voldsutøver'],
  ['consequences', 'konsekvenser'], ['health', 'helse'], ['municipality', 'kommune'],
  ['cooperation', 'samarbeid'], ['collaboration', 'samarbeid'], ['network', 'nettverk'],
  ['definition', 'definisjon'], ['define', 'definerer'], ['defines', 'definerer'],
  ['website', 'nettside'], ['web page', 'nettside'], ['resource', 'ressurs'], ['resources', 'ressurser'],
  ['page', 'side'], ['information', 'informasjon'], ['women', 'kvinner'], ['men', 'menn'],
  ['report', 'melding'], ['worried', 'bekymret'], ['concern', 'bekymring'], ['phone', 'telefon'],
  ['number', 'nummer'], ['year', 'år'], ['every year', 'årlig'], ['annually', 'årlig'],
  ['economic', 'økonomisk'], ['financial', 'økonomisk'], ['physical', 'fysisk'], ['psychological', 'psykisk'],
  ['sexual', 'seksuell'], ['digital', 'digital'], ['material', 'materiell'], ['latent', 'latent'],
  ['suspect', 'mistenker'], ['suspicion', 'mistanke'], ['abused', 'mishandlet'], ['worry', 'bekymring'],
  ['offer', 'tilbud'], ['offers', 'tilbud'], ['provide', 'tilbud'], ['provides', 'tilbud'],
  ['services', 'tjenester'], ['service', 'tjeneste'], ['help', 'hjelp'], ['law', 'lov'],
  ['review', 'gjennomgå'], ['reviewed', 'gjennomgås'], ['guide', 'veileder'],
  ['who', 'hvem'], ['what', 'hva'], ['when', 'når'], ['where', 'hvor'], ['how', 'hvordan'],
];

/** English function words used only to guess that a question is in English. */
export const ENGLISH_MARKERS = new Set(
  'the what who when where how which should does do is are about from with for get to of a an'.split(' '),
);

/**
 * Domain synonyms: every form on the left is read as the canonical word on the right, in the
 * documents and in questions alike, so both sides meet on one term.
 */
export const SYNONYMS: Record<string, string> = {
  avvergingsplikt: 'avvergeplikt', avvergingsplikten: 'avvergeplikt', avvergeplikten: 'avvergeplikt',
  avvergelsesplikt: 'avvergeplikt',
  opplysningsplikt: 'meldeplikt', opplysningsplikten: 'meldeplikt', meldeplikten: 'meldeplikt',
  bvt: 'barneverntjeneste', barnevernstjeneste: 'barneverntjeneste',
  barnevernstjenesten: 'barneverntjeneste', barneverntjenesten: 'barneverntjeneste',
  barnevernet: 'barnevern', barnevernets: 'barnevern',
  teieplikt: 'taushetsplikt', taushetsplikten: 'taushetsplikt',
  konvo: 'konsultasjonsteam', konsultasjonsteamet: 'konsultasjonsteam',
  tryggestteamet: 'tryggest', vinr: 'vold', some: 'sosiale', nano: 'nanokurs',
  sinnemestringstilbud: 'sinnemestring', urolig: 'bekymret',
};

/** Norwegian month names and short forms, read as a "when" cue. */
export const MONTHS =
  /\b(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|sept?|okt|nov|des|høst(en)?|vår(en)?|årlig|hvert år|annenhvert|kontinuerlig|fortløpende|skolestart)\b/;
