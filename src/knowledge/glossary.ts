/**
 * The field's vocabulary across languages: English and Nynorsk words staff use, mapped to the
 * Bokmål words municipal plans are written in. Written from the domain (services, duties, laws,
 * forms of violence, plan words, time words), never from evaluation questions. Multi-word
 * phrases come before the single words they contain.
 */

/** English → Bokmål. The right side may hold several words; all of them are searched. */
export const ENGLISH_GLOSSARY: Array<[string, string]> = [
  // Everyday workplace topics outside the field, so that an English question about them is refused as a Norwegian one is.
  ['autumn holiday', 'høstferie'], ['winter holiday', 'vinterferie'], ['summer holiday', 'sommerferie'], ['holiday', 'ferie'], ['holidays', 'ferie'],
  ['vacation', 'ferie'], ['sick leave', 'sykefravær'], ['sick day', 'egenmelding'], ['salary', 'lønn'], ['wages', 'lønn'], ['payslip', 'lønnsslipp'],
  ['overtime', 'overtid'], ['password', 'passord'], ['printer', 'printer'], ['parking', 'parkering'], ['lunch', 'lunsj'], ['canteen', 'kantine'],
  ['travel expenses', 'reiseregning'], ['travel expense', 'reiseregning'], ['expense claims', 'reiseregning'], ['expense claim', 'reiseregning'],
  ['wifi', 'wifi'], ['wi-fi', 'wifi'], ['christmas party', 'julebord'], ['staff party', 'personalfest'], ['meeting room', 'møterom'], ['weather', 'været'], ['pension', 'pensjon'],
  // Forms of violence and abuse
  ['domestic violence', 'vold i nære relasjoner'],
  ['family violence', 'vold i nære relasjoner familievold'],
  ['intimate partner violence', 'partnervold vold i nære relasjoner'],
  ['partner violence', 'partnervold'],
  ['dating violence', 'kjærestevold'],
  ['honour related violence', 'æresrelatert vold'],
  ['honor related violence', 'æresrelatert vold'],
  ['honour based violence', 'æresrelatert vold'],
  ['honor based violence', 'æresrelatert vold'],
  ['negative social control', 'negativ sosial kontroll'],
  ['social control', 'sosial kontroll'],
  ['forced marriage', 'tvangsekteskap'],
  ['female genital mutilation', 'kjønnslemlestelse'],
  ['genital mutilation', 'kjønnslemlestelse'],
  ['fgm', 'kjønnslemlestelse'],
  ['physical violence', 'fysisk vold'],
  ['psychological violence', 'psykisk vold'],
  ['mental violence', 'psykisk vold'],
  ['emotional abuse', 'psykisk vold'],
  ['sexual violence', 'seksuell vold'],
  ['sexual abuse', 'seksuelle overgrep'],
  ['economic violence', 'økonomisk vold'],
  ['financial abuse', 'økonomisk vold'],
  ['material violence', 'materiell vold'],
  ['digital violence', 'digital vold'],
  ['online abuse', 'digital vold'],
  ['latent violence', 'latent vold'],
  ['elder abuse', 'vold mot eldre'],
  ['child abuse', 'vold mot barn overgrep mot barn'],
  ['violence', 'vold'], ['violent', 'vold'], ['abuse', 'overgrep mishandling'], ['abused', 'mishandlet overgrep'],
  ['abusive', 'voldelig'], ['maltreatment', 'mishandling'], ['neglect', 'omsorgssvikt'], ['rape', 'voldtekt'],
  ['threat', 'trussel'], ['threats', 'trusler'], ['threatened', 'truet'], ['stalking', 'forfølgelse'],
  ['harassment', 'trakassering'], ['control', 'kontroll'], ['controlling', 'kontroll'], ['murder', 'drap'],
  ['homicide', 'drap'], ['killing', 'drap'], ['killings', 'drap'], ['trafficking', 'menneskehandel'],
  ['bullying', 'mobbing'], ['self harm', 'selvskading'], ['suicide', 'selvmord'],
  // People
  ['young people', 'unge ungdom'],
  ['older people', 'eldre'],
  ['elderly people', 'eldre'],
  ['new employees', 'nyansatte'],
  ['new staff', 'nyansatte'],
  ['newly hired', 'nyansatte'],
  ['head teacher', 'rektor'],
  ['school nurse', 'helsesykepleier'],
  ['public health nurse', 'helsesykepleier'],
  ['health nurse', 'helsesykepleier'],
  ['family doctor', 'fastlege'],
  ['general practitioner', 'fastlege'],
  ['victims', 'voldsutsatte utsatte'], ['victim', 'voldsutsatt utsatt'], ['survivors', 'voldsutsatte'],
  ['perpetrators', 'voldsutøvere utøvere'], ['perpetrator', 'voldsutøver utøver'], ['offenders', 'voldsutøvere'],
  ['offender', 'voldsutøver'], ['abuser', 'voldsutøver'], ['abusers', 'voldsutøvere'],
  ['in the evening', 'kveld'], ['evening', 'kveld'], ['evenings', 'kveld'], ['tonight', 'kveld'], ['at night', 'natt'], ['night', 'natt'],
  ['weekend', 'helg'], ['weekends', 'helg'], ['daytime', 'dagtid'], ['during the day', 'dagtid'], ['weekday', 'hverdager'], ['weekdays', 'hverdager'],
  ['after hours', 'utenom kontortid'], ['office hours', 'kontortid'],
  ['children', 'barn'], ['child', 'barn'], ['kids', 'barn'], ['kid', 'barn'], ['babies', 'spedbarn'], ['baby', 'spedbarn'],
  ['infants', 'spedbarn'], ['youth', 'ungdom'], ['teenagers', 'ungdom'], ['teenager', 'ungdom'], ['adolescents', 'ungdom'],
  ['minors', 'mindreårige'], ['pupils', 'elever'], ['pupil', 'elev'], ['students', 'elever studenter'], ['student', 'elev'],
  ['adults', 'voksne'], ['adult', 'voksen'], ['elderly', 'eldre'], ['seniors', 'eldre'], ['parents', 'foreldre'],
  ['parent', 'foreldre forelder'], ['mother', 'mor'], ['father', 'far'], ['mum', 'mor'], ['mom', 'mor'], ['dad', 'far'],
  ['stepfather', 'stefar'], ['stepdad', 'stefar'], ['family', 'familie'], ['families', 'familier'], ['relatives', 'pårørende'],
  ['relative', 'pårørende'], ['next of kin', 'pårørende'], ['spouse', 'ektefelle'], ['husband', 'ektefelle mann'],
  ['wife', 'ektefelle kone'], ['boyfriend', 'kjæreste'], ['girlfriend', 'kjæreste'], ['partner', 'partner'],
  ['women', 'kvinner'], ['woman', 'kvinne'], ['men', 'menn'], ['girls', 'jenter'], ['boys', 'gutter'],
  ['refugees', 'flyktninger'], ['refugee', 'flyktning'], ['immigrants', 'innvandrere'], ['immigrant', 'innvandrer'],
  ['minority', 'minoritet'], ['minorities', 'minoriteter'], ['residents', 'innbyggere'], ['citizens', 'innbyggere'],
  ['inhabitants', 'innbyggere'], ['population', 'befolkningen innbyggere'], ['public', 'befolkningen'],
  ['staff', 'ansatte'], ['employees', 'ansatte'], ['employee', 'ansatt'], ['workers', 'ansatte'], ['professionals', 'fagpersoner'],
  ['practitioners', 'fagpersoner'], ['teachers', 'lærere'], ['teacher', 'lærer'], ['principal', 'rektor'],
  ['headteacher', 'rektor'], ['nurses', 'sykepleiere'], ['nurse', 'sykepleier'], ['doctors', 'leger'], ['doctor', 'lege'],
  ['gp', 'fastlege'], ['managers', 'ledere'], ['manager', 'leder'], ['leaders', 'ledere'], ['leader', 'leder'],
  ['coordinator', 'koordinator'], ['coordinators', 'koordinatorer'], ['volunteers', 'frivillige'], ['interpreter', 'tolk'],
  ['interpreters', 'tolker'], ['counsellor', 'rådgiver'], ['counselor', 'rådgiver'], ['advisor', 'rådgiver'],
  // Services and places
  ['child welfare service', 'barneverntjenesten'],
  ['child welfare services', 'barneverntjenesten'],
  ['child protection', 'barnevern'],
  ['child welfare', 'barnevern'],
  ['crisis centre', 'krisesenter'],
  ['crisis center', 'krisesenter'],
  ['women s shelter', 'krisesenter'],
  ['health centre', 'helsestasjon'],
  ['health center', 'helsestasjon'],
  ['health station', 'helsestasjon'],
  ['school health service', 'skolehelsetjenesten'],
  ['emergency room', 'legevakt'],
  ['out of hours', 'legevakt kveld helg'],
  ['nursing home', 'sykehjem'],
  ['nursing homes', 'sykehjem'],
  ['home care', 'hjemmetjenesten hjemmetjeneste'],
  ['home based services', 'hjemmetjenesten'],
  ['mental health', 'psykisk helse'],
  ['substance abuse', 'rus'],
  ['family counselling', 'familievern'],
  ['family counseling', 'familievern'],
  ['family protection', 'familievern'],
  ['consultation team', 'konsultasjonsteam'],
  ['competence team', 'kompetanseteam'],
  ['expert team', 'kompetanseteam'],
  ['labour and welfare', 'nav'],
  ['welfare office', 'nav'],
  ['shelter', 'krisesenter'], ['police', 'politi politiet'], ['hospital', 'sykehus'], ['school', 'skole'], ['schools', 'skoler'],
  ['kindergarten', 'barnehage'], ['kindergartens', 'barnehager'], ['preschool', 'barnehage'], ['nursery', 'barnehage'],
  ['daycare', 'barnehage'], ['municipality', 'kommune kommunen'], ['municipalities', 'kommuner'], ['municipal', 'kommunal'],
  ['council', 'kommunestyre'], ['county', 'fylke'], ['government', 'regjeringen'],
  ['service', 'tjeneste'], ['services', 'tjenester'], ['unit', 'enhet'], ['units', 'enheter'], ['department', 'avdeling'],
  ['departments', 'avdelinger'], ['sector', 'sektor'], ['sectors', 'sektorer'], ['team', 'team'], ['teams', 'team'],
  ['clinic', 'klinikk'], ['court', 'domstol'], ['prison', 'fengsel'], ['church', 'kirke'], ['library', 'bibliotek'],
  // The plan
  ['action plan', 'handlingsplan tiltaksplan'],
  ['main goal', 'hovedmål overordnet mål'],
  ['overall goal', 'hovedmål overordnet mål'],
  ['overarching goal', 'hovedmål overordnet mål'],
  ['main objective', 'hovedmål'],
  ['sub goal', 'delmål'],
  ['sub goals', 'delmål'],
  ['focus area', 'innsatsområde satsingsområde'],
  ['focus areas', 'innsatsområder satsingsområder'],
  ['priority area', 'satsingsområde innsatsområde'],
  ['target group', 'målgruppe'],
  ['target groups', 'målgrupper'],
  ['plan period', 'planperioden'],
  ['plan', 'plan'], ['plans', 'planer'], ['goal', 'mål'], ['goals', 'mål'], ['objective', 'mål'], ['objectives', 'mål'],
  ['aim', 'mål'], ['aims', 'mål'], ['purpose', 'formål'], ['measure', 'tiltak'], ['measures', 'tiltak'], ['action', 'tiltak'],
  ['actions', 'tiltak'], ['initiative', 'tiltak'], ['initiatives', 'tiltak'], ['activity', 'aktivitet'],
  ['activities', 'aktiviteter'], ['strategy', 'strategi'], ['project', 'prosjekt'], ['budget', 'budsjett'],
  ['resources', 'ressurser'], ['resource', 'ressurs'], ['status', 'status'], ['revision', 'revidering revisjon'],
  ['implementation', 'implementering'], ['evaluation', 'evaluering'], ['evaluated', 'evaluert evaluering'],
  ['evaluate', 'evaluere'], ['assessment', 'vurdering'], ['assess', 'vurdere'],
  // Duties, laws, procedures
  ['duty to report', 'meldeplikt opplysningsplikt'],
  ['obligation to report', 'meldeplikt opplysningsplikt'],
  ['duty of disclosure', 'opplysningsplikt'],
  ['duty to avert', 'avvergeplikt'],
  ['duty to prevent', 'avvergeplikt'],
  ['duty of confidentiality', 'taushetsplikt'],
  ['penal code', 'straffeloven'],
  ['criminal code', 'straffeloven'],
  ['child welfare act', 'barnevernsloven'],
  ['restraining order', 'besøksforbud kontaktforbud'],
  ['contact ban', 'kontaktforbud'],
  ['risk assessment', 'risikovurdering'],
  ['safety plan', 'sikkerhetsplan'],
  ['report of concern', 'bekymringsmelding'],
  ['concern report', 'bekymringsmelding'],
  ['child welfare report', 'bekymringsmelding'],
  ['confidentiality', 'taushetsplikt'], ['law', 'lov loven'], ['laws', 'lover'], ['convention', 'konvensjon'],
  ['rights', 'rettigheter'], ['routine', 'rutine'], ['routines', 'rutiner'], ['procedure', 'rutine prosedyre'],
  ['procedures', 'rutiner prosedyrer'], ['protocol', 'rutine'], ['guideline', 'veileder retningslinje'],
  ['guidelines', 'veileder retningslinjer'], ['guide', 'veileder'], ['guidance', 'veiledning'], ['checklist', 'sjekkliste'],
  ['template', 'mal'], ['form', 'skjema'], ['consent', 'samtykke'], ['documentation', 'dokumentasjon'],
  // Knowledge and cooperation
  ['parenting programmes', 'foreldreveiledningsprogram'],
  ['parenting programs', 'foreldreveiledningsprogram'],
  ['parenting programme', 'foreldreveiledningsprogram'],
  ['parenting program', 'foreldreveiledningsprogram'],
  ['parenting', 'foreldreveiledning foreldre'],
  ['programmes', 'program'], ['programme', 'program'], ['programs', 'program'], ['program', 'program'],
  ['theme day', 'temadag'],
  ['theme days', 'temadager'],
  ['training days', 'fagdager temadager opplæring'],
  ['professional days', 'fagdager'],
  ['e learning', 'e-læring'],
  ['driving force', 'pådriver'],
  ['make sure', 'sikre'],
  ['grow up', 'vokser opp'],
  ['intellectual disability', 'utviklingshemming'],
  ['intellectual disabilities', 'utviklingshemming'],
  ['learning disability', 'utviklingshemming'],
  ['food safety authority', 'mattilsynet'],
  ['seek help', 'søke hjelp'],
  ['in charge', 'ansvar ansvarlig'],
  ['follow up', 'oppfølging følge opp'],
  ['training', 'opplæring kurs'], ['trained', 'opplæring'], ['course', 'kurs'], ['courses', 'kurs'],
  ['competence', 'kompetanse'], ['skills', 'kompetanse ferdigheter'], ['knowledge', 'kunnskap kompetanse'],
  ['awareness', 'bevissthet kunnskap'], ['seminar', 'seminar'], ['workshop', 'verksted'], ['conference', 'konferanse'],
  ['meeting', 'møte'], ['meetings', 'møter'], ['network', 'nettverk'], ['forum', 'forum'], ['cooperation', 'samarbeid'],
  ['collaboration', 'samarbeid'], ['coordination', 'koordinering samordning'], ['campaign', 'kampanje'],
  ['information', 'informasjon'], ['brochure', 'brosjyre'], ['poster', 'plakat'], ['posters', 'plakater'],
  ['website', 'nettside nettsider'], ['webpage', 'nettside'], ['web', 'nett'], ['online', 'nett digital'],
  ['internet', 'internett nett'], ['app', 'app'], ['social media', 'sosiale medier'], ['survey', 'undersøkelse kartlegging'],
  ['mapping', 'kartlegging'], ['statistics', 'statistikk'], ['figures', 'tall'], ['numbers', 'tall antall'],
  ['research', 'forskning'], ['study', 'undersøkelse studie'], ['report', 'rapport melding'], ['reports', 'rapporter meldinger'],
  ['responsibility', 'ansvar'], ['responsible', 'ansvar ansvarlig'], ['accountable', 'ansvar'],
  // Help and protection
  ['anger management', 'sinnemestring'],
  ['violence alarm', 'voldsalarm'],
  ['safe house', 'krisesenter'],
  ['help line', 'hjelpetelefon'],
  ['helpline', 'hjelpetelefon'],
  ['hotline', 'hjelpetelefon'],
  ['treatment', 'behandling'], ['therapy', 'behandling terapi'], ['support', 'støtte hjelp'], ['help', 'hjelp'],
  ['protection', 'beskyttelse vern'], ['safety', 'sikkerhet trygghet'], ['security', 'sikkerhet trygghet'],
  ['risk', 'risiko'], ['housing', 'bolig'], ['aftercare', 'oppfølging etter'], ['health', 'helse'], ['trauma', 'traume'],
  ['consequences', 'konsekvenser'], ['signs', 'tegn'], ['symptoms', 'symptomer'], ['injuries', 'skader'],
  ['concern', 'bekymring'], ['concerns', 'bekymringer'], ['worry', 'bekymring'], ['worried', 'bekymret'],
  ['suspicion', 'mistanke'], ['suspect', 'mistenker mistanke'], ['disclosure', 'avdekking'], ['conversation', 'samtale'],
  ['conversations', 'samtaler'], ['interview', 'samtale'], ['phone', 'telefon'], ['telephone', 'telefon'],
  ['number', 'nummer'], ['contact', 'kontakt'], ['email', 'e-post'], ['address', 'adresse'],
  // Verbs
  ['prevent', 'forebygge'], ['prevention', 'forebygging'], ['preventive', 'forebyggende'], ['detect', 'avdekke'],
  ['uncover', 'avdekke'], ['identify', 'avdekke identifisere'], ['detection', 'avdekking'], ['handle', 'håndtere'],
  ['protect', 'beskytte'], ['notify', 'melde varsle'], ['alert', 'varsle'], ['inform', 'informere'],
  ['train', 'opplæring'], ['teach', 'undervise'], ['teaching', 'undervisning'], ['learn', 'lære'], ['talk', 'snakke samtale'],
  ['ask', 'spørre'], ['share', 'dele'], ['coordinate', 'koordinere'], ['appoint', 'oppnevne'], ['appointed', 'oppnevnt'],
  ['revise', 'revidere'], ['revised', 'revidert'], ['implement', 'implementere'], ['implemented', 'implementert implementering'],
  ['document', 'dokumentere'], ['discuss', 'drøfte'], ['anonymously', 'anonymt'], ['anonymous', 'anonymt'], ['tell', 'melde si'],
  ['animal', 'dyr'], ['animals', 'dyr'], ['pet', 'kjæledyr dyr'], ['pets', 'kjæledyr dyr'], ['mistreated', 'mishandlet vanskjøtsel'],
  ['mistreatment', 'mishandling vanskjøtsel'], ['norway', 'norge'], ['norwegian', 'norsk'], ['development', 'utvikling'],
  ['problems', 'problemer'], ['disability', 'funksjonsnedsettelse'], ['disabilities', 'funksjonsnedsettelser'],
  ['register', 'registrere'], ['reviewed', 'gjennomgått gjennomgang'], ['review', 'gjennomgang gjennomgå'],
  ['cost', 'kostnad'], ['costs', 'kostnader'], ['share of', 'andel'], ['percentage', 'prosent andel'], ['percent', 'prosent'],
  // Time
  ['every year', 'årlig hvert år'],
  ['each year', 'årlig hvert år'],
  ['every other year', 'annethvert år annenhvert'],
  ['every second year', 'annethvert år annenhvert'],
  ['school start', 'skolestart'],
  ['start of school', 'skolestart'],
  ['school year', 'skoleår'],
  ['yearly', 'årlig'], ['annual', 'årlig'], ['annually', 'årlig'], ['monthly', 'månedlig'], ['weekly', 'ukentlig'],
  ['year', 'år'], ['years', 'år'], ['month', 'måned'], ['months', 'måneder'], ['week', 'uke'], ['weeks', 'uker'],
  ['day', 'dag'], ['days', 'dager'], ['deadline', 'frist'], ['spring', 'vår våren'], ['autumn', 'høst høsten'],
  ['fall', 'høst høsten'], ['summer', 'sommer'], ['winter', 'vinter'], ['january', 'januar'], ['february', 'februar'],
  ['march', 'mars'], ['april', 'april'], ['june', 'juni'], ['july', 'juli'], ['august', 'august'],
  ['september', 'september'], ['october', 'oktober'], ['november', 'november'], ['december', 'desember'],
  ['new', 'ny nye'], ['first', 'første'], ['each', 'hver'], ['every', 'hver'], ['grade', 'trinn klasse'], ['grades', 'trinn'],
  ['class', 'klasse'], ['topics', 'tema temaer'], ['topic', 'tema'], ['theme', 'tema'], ['themes', 'temaer'],
  ['home', 'hjem hjemme'], ['go home', 'gå hjem'], ['money', 'penger økonomi'], ['economy', 'økonomi'],
  ['language', 'språk'], ['languages', 'språk'], ['culture', 'kultur'], ['religion', 'religion'],
  ['who', 'hvem'], ['what', 'hva'], ['when', 'når'], ['where', 'hvor'], ['how', 'hvordan'], ['which', 'hvilke'],
  ['why', 'hvorfor'],
];

/** Nynorsk → Bokmål, for words whose spelling the n-gram view would not bridge alone. */
export const NYNORSK_GLOSSARY: Record<string, string> = {
  // Function and question words
  kva: 'hva', kven: 'hvem', kvar: 'hvor', kor: 'hvor', korleis: 'hvordan', kvifor: 'hvorfor',
  ikkje: 'ikke', ein: 'en', eit: 'et', eg: 'jeg', ho: 'hun', dei: 'de', deira: 'deres', hennar: 'hennes', me: 'vi',
  dykk: 'dere', nokon: 'noen', noko: 'noe', mykje: 'mye', berre: 'bare', saman: 'sammen', utan: 'uten', viss: 'hvis',
  vere: 'være', vore: 'vært', vert: 'blir', gjere: 'gjøre', gjer: 'gjør', seie: 'si', seier: 'sier', fortelje: 'fortelle',
  fortel: 'forteller', fortalde: 'fortalte', spørje: 'spørre', ringje: 'ringe', veit: 'vet', finst: 'finnes', gje: 'gi',
  gjev: 'gir', fekk: 'fikk', kome: 'komme', kjem: 'kommer', sjå: 'se', høyre: 'høre', høyrer: 'hører', ynskje: 'ønske',
  snakka: 'snakke', byrjar: 'begynner', byrje: 'begynne', gong: 'gang', gonger: 'ganger', kvart: 'hvert',
  // Time
  veke: 'uke', veka: 'uken', veker: 'uker', månad: 'måned', månaden: 'måneden', haust: 'høst', hausten: 'høsten',
  årleg: 'årlig', årlege: 'årlige', dag: 'dag', dagar: 'dager', kveld: 'kveld', natt: 'natt',
  // People
  born: 'barn', borna: 'barna', barnet: 'barnet', ungdomar: 'ungdommer', elevar: 'elever', lærar: 'lærer', lærarar: 'lærere',
  tilsette: 'ansatte', tilsett: 'ansatt', nytilsette: 'nyansatte', leiar: 'leder', leiarar: 'ledere', leiaren: 'lederen',
  sjukepleiar: 'sykepleier', helsesjukepleiar: 'helsesykepleier', helsesjukepleiarar: 'helsesykepleiere',
  innbyggjarar: 'innbyggere', innbyggjar: 'innbygger', foreldra: 'foreldrene', mor: 'mor', far: 'far',
  sambuar: 'samboer', sambuaren: 'samboeren', kjæraste: 'kjæreste', valdsutøvar: 'voldsutøver', valdsutøvarar: 'voldsutøvere',
  valdsutsette: 'voldsutsatte', valdsutsett: 'voldsutsatt', pårørande: 'pårørende', eldre: 'eldre', brukarar: 'brukere',
  brukar: 'bruker', fagfolk: 'fagfolk', medarbeidarar: 'medarbeidere', koordinatoren: 'koordinatoren',
  // Services and the plan
  teneste: 'tjeneste', tenesta: 'tjenesten', tenester: 'tjenester', tenestene: 'tjenestene',
  barnevernstenesta: 'barneverntjenesten', barnevernstenesten: 'barneverntjenesten', skule: 'skole', skulen: 'skolen',
  skular: 'skoler', heim: 'hjem', heime: 'hjemme', heimen: 'hjemmet', heimetenesta: 'hjemmetjenesten',
  sjukeheim: 'sykehjem', sjukehus: 'sykehus', tilbod: 'tilbud', tilboda: 'tilbudene', hovudmål: 'hovedmål',
  hovudmålet: 'hovedmålet', delmåla: 'delmålene', tiltaka: 'tiltakene', planen: 'planen', rettleiar: 'veileder',
  rettleiaren: 'veilederen', handlingsrettleiar: 'handlingsveileder', rettleiing: 'veiledning', opplæringa: 'opplæringen',
  samarbeidet: 'samarbeidet', ansvarleg: 'ansvarlig', ansvarlege: 'ansvarlige', kommunestyret: 'kommunestyret',
  // The field
  vald: 'vold', valden: 'volden', valdsalarm: 'voldsalarm', kjærastevald: 'kjærestevold', partnarvald: 'partnervold',
  meldeplikta: 'meldeplikten', teieplikt: 'taushetsplikt', teieplikta: 'taushetsplikten', avvergingsplikta: 'avvergeplikt',
  trugsmål: 'trusler', truga: 'truet', trugar: 'truer', tryggleik: 'trygghet', uro: 'bekymring', uroleg: 'bekymret',
  utsett: 'utsatt', utsette: 'utsatte', skadar: 'skader', skada: 'skadet', hjelpa: 'hjelpen', handsame: 'behandle',
  handsaming: 'behandling', tvangsgifte: 'tvangsekteskap', skulane: 'skolene', gjeld: 'gjelder', overgrep: 'overgrep', mishandling: 'mishandling',
  kjenneteikn: 'kjennetegn', teikn: 'tegn', oppseding: 'oppdragelse', oppsedinga: 'oppdragelsen', held: 'holder', sjukdom: 'sykdom', helse: 'helse', psykisk: 'psykisk', oppfølging: 'oppfølging',
};

/**
 * The field's own words, as Bokmål stems or word starts: forms of violence, duties, services
 * and plan words, from the field's glossary (domain.md). A question that uses one of them is
 * asked inside the field, even when it is chatty or misspelt.
 */
export const FIELD_WORDS = (
  'vold voldelig voldsutsatt voldsutøver voldtekt overgrep mishandl omsorgssvikt vanskjøtsel krenkelse trussel trusler truer truet ' +
  'slår slått slag spark kvele kvelertak kvelning drap partnerdrap tvangsekteskap kjønnslemlest æresrelatert sosial kontroll forfølg trakasser ' +
  'meldeplikt opplysningsplikt avvergeplikt avvergingsplikt taushetsplikt bekymring bekymret mistanke mistenker ' +
  'barnevern barneverntjeneste barnevernvakt krisesenter tryggest bti handlingsveileder konsultasjonsteam konvo kompetanseteam ' +
  'slt atv sinnemestring barnehus nkvts rvts bufdir imdi dinutvei snakkemedbarn alarmtelefon politi voldsalarm besøksforbud kontaktforbud ' +
  'handlingsplan tiltaksplan tiltak delmål hovedmål innsatsområde satsingsområde målgruppe årshjul temadag fagdag evaluering ' +
  'utsatt utsatte utøver risikoutsatt risiko sikkerhet trygghet beskytt forebygg avdekk ivareta traume ' +
  'relasjon relasjoner straffeloven barnevernsloven barneloven'
).split(' ');

/**
 * Everyday workplace topics outside the field (IT, pay and leave, food, weather, sport, travel,
 * facilities). A question about one of them, with none of the field's words, is refused even
 * when its other words happen to stand in the documents ("i morgen", "hvem ringer jeg").
 */
export const OFF_FIELD_WORDS = (
  'passord passordet pc pc-en datamaskin datamaskinen skriveren printer printeren wifi outlook visma brukernavn innlogging tastatur ' +
  'lønn lønna lønnen lønnsslipp lønnstillegg lønnstillegget lønnsoppgjør lønnsoppgjøret feriedager ferien permisjon sykemelding overtid timeliste reiseregning reiseregningen kjøregodtgjørelse ' +
  'kantine kantina kantinen lunsj lunsjen middag frokost oppskrift kake lasagne pizza kaffe personalfest personalfesten julebord ' +
  'været regn regnvær snø snøvær værmelding temperaturen ' +
  'fotball fotballkamp fotballkampen håndball eliteserien sport ' +
  'buss bussen toget flybillett hotell hotellet parkering parkere parkeringsplass møterom møterommet nøkkelkort heisen ' +
  'dikt vits vitser ' +
  'ferie feriepenger høstferie høstferien vinterferie vinterferien sommerferie påskeferie juleferie egenmelding egenmeldingen sykefravær fravær avspasering ' +
  'pensjon pensjonen fagforening tariff'
).split(' ');

/**
 * Specific words staff write and the field's general words the plans use for them: an act of
 * violence is "vold", a pupil is a "barn", a father a "forelder". A question word also searches
 * for its general word, at a lower weight.
 */
export const BROADER: Record<string, string> = {
  slå: 'vold', slår: 'vold', slo: 'vold', slått: 'vold', sparke: 'vold', sparker: 'vold', sparket: 'vold', dytter: 'vold',
  lugger: 'vold', banker: 'vold', banket: 'vold', kveler: 'vold', kvelertak: 'vold', skader: 'vold', skadet: 'vold',
  truer: 'trusler', truet: 'trusler', true: 'trusler', voldtatt: 'overgrep', voldtekt: 'overgrep', misbruk: 'overgrep',
  mishandlet: 'mishandling', mishandler: 'mishandling', plager: 'vold', plaget: 'vold',
  elev: 'barn', eleven: 'barn', elever: 'barn', elevene: 'barn', gutt: 'barn', gutten: 'barn', jente: 'barn', jenta: 'barn',
  jenten: 'barn', datter: 'barn', sønn: 'barn', sønnen: 'barn', baby: 'barn', spedbarn: 'barn', unge: 'barn', ungene: 'barn',
  unger: 'barn', barnehagebarn: 'barn', skolebarn: 'barn', småbarn: 'barn',
  far: 'foreldre', faren: 'foreldre', mor: 'foreldre', moren: 'foreldre', mora: 'foreldre', pappa: 'foreldre',
  mamma: 'foreldre', stefar: 'foreldre', stemor: 'foreldre', forelder: 'foreldre', omsorgsperson: 'foreldre',
  mann: 'partner', mannen: 'partner', kone: 'partner', kona: 'partner', ektefelle: 'partner', ektemann: 'partner',
  samboer: 'partner', samboeren: 'partner', kjæreste: 'partner', kjæresten: 'partner', eksen: 'partner',
  eldre: 'voksen', gammel: 'eldre', gamle: 'eldre', gammal: 'eldre', gamal: 'eldre', bestemor: 'eldre', bestefar: 'eldre', pensjonist: 'eldre', pensjonister: 'eldre', beboer: 'eldre', beboere: 'eldre',
  urolig: 'bekymring', bekymret: 'bekymring', engstelig: 'bekymring', mistenker: 'bekymring', mistanke: 'bekymring',
  melde: 'bekymringsmelding', varsle: 'bekymringsmelding', sifra: 'bekymringsmelding',
  nabo: 'innbyggere', naboen: 'innbyggere', innbygger: 'innbyggere',
  lege: 'helsetjeneste', fastlege: 'helsetjeneste', sykepleier: 'helsetjeneste', helsesykepleier: 'helsestasjon',
  lærer: 'skole', læreren: 'skole', rektor: 'skole', barnehagelærer: 'barnehage', assistent: 'ansatte', kollega: 'ansatte',
  // Control of money, phones and freedom: the forms of violence staff describe without naming them.
  konto: 'økonomisk', kontoen: 'økonomisk', nettbank: 'økonomisk', nettbanken: 'økonomisk', bankkort: 'økonomisk', bankkortet: 'økonomisk',
  penger: 'økonomisk', pengene: 'økonomisk', sparepenger: 'økonomisk', sparepengene: 'økonomisk', lønn: 'økonomisk', lønna: 'økonomisk', lønnen: 'økonomisk',
  lommepenger: 'økonomisk', trygda: 'økonomisk', trygden: 'økonomisk', kroner: 'økonomisk', kvitteringer: 'økonomisk',
  mobil: 'digital', mobilen: 'digital', telefonen: 'digital', meldinger: 'digital', meldingene: 'digital', snap: 'digital', snapchat: 'digital',
  instagram: 'digital', tiktok: 'digital', passordet: 'digital', bilder: 'digital', bildene: 'digital', nakenbilder: 'digital',
  bestemmer: 'kontroll', bestemte: 'kontroll', overvåker: 'kontroll', sjekker: 'kontroll', kontrollerer: 'kontroll', nekter: 'kontroll',
  isolerer: 'kontroll', sjalu: 'kontroll', sjalusi: 'kontroll', bankkonto: 'økonomisk', bankkontoen: 'økonomisk',
  krangler: 'konflikt', krangel: 'konflikt', kranglet: 'konflikt', krangling: 'konflikt',
  smekk: 'vold', klaps: 'vold', ørefik: 'vold', magefølelse: 'bekymring', sint: 'sinne', sinna: 'sinne', ruser: 'rus', ruset: 'rus', rusa: 'rus',
};

/**
 * Words municipal plans use for the same thing, as groups: a question written with one of them
 * also searches for the others, at a lower weight. General plan language, not topic words.
 */
export const SAME_MEANING: string[][] = [
  ['bruke', 'benytte', 'anvende'], ['bruker', 'benytter'], ['lage', 'utarbeide', 'utforme', 'skrive'],
  ['laget', 'utarbeidet', 'utformet'], ['årlig', 'årleg', 'hvert', 'årsvis'], ['person', 'menneske'],
  ['personer', 'mennesker', 'innbyggere'], ['hjelp', 'bistand', 'støtte'], ['samarbeid', 'samhandling', 'samordning'],
  ['samarbeide', 'samhandle', 'samordne'], ['opplæring', 'kompetanseheving', 'kurs', 'undervisning'],
  ['nettside', 'nettsted', 'hjemmeside', 'nettressurs', 'nettsider', 'ressursside'], ['ansatte', 'medarbeidere', 'fagpersoner', 'fagfolk'],
  ['ansatt', 'medarbeider', 'fagperson'], ['evaluere', 'vurdere', 'evaluering', 'vurdering'], ['iverksette', 'gjennomføre', 'sette', 'igangsette'],
  ['implementere', 'innføre', 'implementering', 'innføring'], ['oppdage', 'avdekke', 'identifisere', 'avdekking'],
  ['forebygge', 'hindre', 'forhindre', 'forebygging'], ['håndtere', 'følge', 'oppfølging', 'håndtering'],
  ['instanser', 'tjenester', 'etater', 'aktører', 'virksomheter'], ['rutine', 'prosedyre', 'retningslinje'],
  ['rutiner', 'prosedyrer', 'retningslinjer'], ['innvandrere', 'minoriteter', 'innvandrerbakgrunn', 'minoritetsbakgrunn', 'flerkulturelle'],
  ['funksjonshemmede', 'funksjonsnedsettelse', 'funksjonsnedsettelser', 'funksjonsvariasjon', 'utviklingshemming'],
  ['tall', 'statistikk', 'antall', 'omfang'], ['koste', 'koster', 'kostnader', 'kostnad'], ['gravide', 'svangerskap'],
  ['foreldreveiledning', 'foreldrestøtte'], ['leder', 'ledelse', 'ledere'], ['arbeidsgruppe', 'plangruppe', 'arbeidsgruppa', 'plangruppa'],
  ['møte', 'møter', 'samling', 'samlinger'], ['tema', 'temaer', 'emne'], ['informasjon', 'info', 'opplysning'],
  ['frist', 'innen', 'tidsfrist'], ['drøfte', 'drøfting', 'rådføre', 'konsultere'], ['flyktning', 'flyktninger', 'innvandrer'], ['periode', 'planperiode', 'tidsrom'], ['behandling', 'terapi', 'hjelpetilbud'],
];
