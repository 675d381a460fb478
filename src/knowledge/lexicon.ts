/**
 * Small hand-written word lists: the parts no maintained package covers for this domain.
 * Keep them short and general; never add words to fix a single question.
 */

/** Function words in Bokmål, Nynorsk and English that carry no topic. Question words are kept
 * out of the index but read as the question's intent (see intent.ts). */
export const STOPWORDS = new Set(
  (
    'og i på til av for med som er en et ei det den de at å om har ikke kan skal vil seg sin sitt sine ' +
    'var vært være blir ble bli eller men så også fra ved etter over under mot uten hvis da når der her ' +
    'hva hvem hvor hvordan hvorfor hvilke hvilken hvilket hvor mange jeg du vi dere han hun meg deg oss ' +
    'dem ham hans hennes deres vår vårt våre min mitt mine din ditt dine noe noen alle andre annen annet ' +
    'mer mest enn bare hele mye mange få får fått gjøre gjør gjøres gjort må bør kunne skulle ville ' +
    'dette disse denne slik sånn sånne sånt blant både hver nå inn ut opp ned igjen allerede kanskje ' +
    'hadde har hatt blitt finnes fins finst gis gi gir står seg selv sitt egen eget egne ta tar tatt tok sier sa seier skje gå går gikk gått fram frem ' +
    // Words that frame a question rather than name its topic ("hva menes med", "hva regnes som")
    'steg skritt fremgangsmåte fremgangsmåten framgangsmåte framgangsmåten første ' +
    'menes meinast betyr bety innebærer defineres definere definerer definert regnes reknast hører høyrer inngår omfatter ' +
    'kjennetegnes forstås beskriver beskrives beskrive omtaler omtales forklar forklare forklarer sies står ' +
    'mean means meant define defines described describe ' +
    // Greetings and fillers of chatty questions
    'hei hallo takk egentlig faktisk liksom ting litt lurer lurte sikkert vel jo nok dersom tror trur tenker vet veit ' +
    'mi di jobber jobbar jobbet jobba henne gjerne altså akkurat nettopp alltid ingenting etterpå ganske skikkelig burde aner spør spurte nevnt nevnte sjøl sett spørre helst ' +
    // Nynorsk
    'kva kven kvar korleis kvifor kor eg ho dei ikkje ein eit berre mykje meir mest førre vere vera vore ' +
    'hennar sjølv sjølve eigentleg ' +
    'dykk dokker me oss sitt kvarandre frå til no ' +
    // English
    'the a an of to in on at for with by from about is are was were be been do does did i you we they ' +
    'he she it my your our their this that these those what who whom where when why how which should ' +
    'would could can will shall must may get gets got have has had and or not any there if me am ' +
    'then than so as into out up'
  ).split(/\s+/),
);

/** Possessive pronouns: an everyday phrase of the glossary matches whichever one it is told with. */
export const POSSESSIVES = new Set('hans hennes hennar hass deres dykkar min mi mitt mine din di ditt dine sin si sitt sine vår vårt våre his her their my our'.split(' '));

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

/** English function words used only to guess that a question is in English. */
export const ENGLISH_MARKERS = new Set(
  'the what who when where how which why should does do is are am about from with for get to of a an in on and my will can if you we it be this that dont don t'.split(' '),
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
  tryggestteamet: 'tryggest', vinr: 'vold', some: 'sosiale', urolig: 'bekymret',
};
