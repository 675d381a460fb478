import assert from 'node:assert/strict';
import { clauseAlarm, detectEmergency, mentionsHarm } from '../../src/knowledge/emergency';

const child = [
  // Bokmål
  'Eleven min sier hun tør ikke gå hjem i dag',
  'Et barn er redd for å gå hjem fordi faren slår',
  'En gutt i klassen har kniv og truer de andre nå',
  'Barnet blør fra hodet og sier mamma slo henne',
  'En ungdom sier han vil ta livet sitt',
  'Eleven sier at stefaren truer med å drepe mora',
  'Jenta på 14 har selvmordstanker',
  // Nynorsk
  'Eleven seier ho ikkje tør gå heim',
  'Guten fortel at faren trugar han med kniven no',
  'Barnet er redd for å gå heim i kveld',
  'Ein elev har sjølvmordstankar',
  // English
  'A pupil is afraid to go home tonight',
  'The child says her father is threatening her right now',
  'A student told me he wants to kill himself',
  'My student has a knife in his bag',
  // Sent abroad or married off tonight
  'Ei jente fortalde meg nett no at familien skal sende henne til utlandet i kveld',
  'A 15-year-old boy says his family is taking him abroad tomorrow to be married',
  // Strangling, injuries and self-harm
  'Eleven har merker rundt halsen etter at faren tok kvelertak på henne',
  'Ein gut på 8 år har brannsår på armane',
];

const adult = [
  'En kollega sier at mannen hennes truer henne akkurat nå',
  'Naboen har et våpen og truer kona',
  'En bruker i hjemmetjenesten er bevisstløs og skadet',
  'Han står utenfor døra og truer med å drepe meg',
  'Hun har en øks og truer nå',
  'Bruker er skadet etter slag',
  // Nynorsk
  'Mannen hennar trugar henne no',
  'Kvinna er skadd og blør',
  // English
  'Her husband is threatening her right now',
  'A patient is bleeding and unconscious',
  'He has a gun',
  'She said she will kill herself',
  'Samboeren prøvde å kvele henne i natt. Han kommer hjem om en time.',
  'Han slår meg nå og jeg er redd',
  'Eg er redd for at sambuaren min skal skade meg i kveld',
  'Jeg er livredd for ham, han står utenfor døra',
  'Hun sier hun ikke orker å leve lenger etter det han har gjort',
  'Naboen er knivstukket',
];

const ordinary = [
  'hva er negativ sosial kontroll?',
  'hva er fysisk vold?',
  'hvordan snakke med barn om vold?',
  'hva er straffeloven § 282?',
  'Hva er fristen for kompetansetiltak?',
  'Hvem har ansvar for fagdagene?',
  'hva er meldeplikt?',
  'Hvordan definerer straffeloven mishandling i nære relasjoner?',
  'Hva gjør jeg nå som jeg er bekymret for et barn?',
  'kva er avvergeplikt?',
  'kva gjer eg no om eg er uroleg for eit barn?',
  'Korleis snakkar eg med born om vald?',
  'what is domestic violence?',
  'who is responsible for training new employees?',
  'Is there a plan for children at risk?',
  'Hvilke konsekvenser kan vold få for helsen?',
  'Hvor mange anmeldelser for trusler var det i 2024?',
  'hva er selvmordsforebygging i planen?',
  'Hva sier planen om våpen?',
  'jeg er redd for å gjøre feil nå',
  'Hvor mange saker med kvelning var det i fjor?',
  'How does the plan define physical violence, for example kicking and strangling?',
  'Hva er tvangsekteskap?',
  'Hvilke rutiner har kommunen når noen truer med kniv?',
  'For to år siden slo en far barnet sitt, hva gjorde kommunen da?',
  'Hvilket nummer ringer jeg for å nå kompetanseteamet mot tvangsekteskap?',
];

describe('emergency detection', () => {
  for (const q of child) {
    it(`flags a child in danger: "${q}"`, () => {
      assert.deepEqual(detectEmergency(q), { emergency: true, audience: 'child' });
    });
  }
  for (const q of adult) {
    it(`flags an adult in danger: "${q}"`, () => {
      assert.deepEqual(detectEmergency(q), { emergency: true, audience: 'adult' });
    });
  }
  for (const q of ordinary) {
    it(`leaves a knowledge question alone: "${q}"`, () => {
      assert.deepEqual(detectEmergency(q), { emergency: false, audience: null });
    });
  }

  it('sees danger told in everyday words: hiding now, hurt on the floor, locked in, a drunk and aggressive parent now', () => {
    for (const q of [
      "En elev sendte melding akkurat nå: 'pappa er full og har knust alt, vi gjemmer oss på badet'. Hva gjør jeg?",
      'Ei eldre dame ligg på golvet og seier at sonen dytta ho ned trappa. Ho får ikkje reist seg og han er framleis i huset.',
      'My student just texted that her stepdad has locked her in her room and is getting angrier. What now?',
      'En far kom for å hente på SFO, han er full og veldig aggressiv og vil kjøre barna hjem. Det skjer nå.',
    ]) {
      assert.equal(detectEmergency(q).emergency, true, q);
    }
  });

  it('sees being locked in, an overdose, a break-in with someone hiding, and a man outside the door now', () => {
    for (const q of [
      'Hun sier at mamma er låst inne i boden hjemme og at pappa har nøkkelen.',
      'Klienten sier hun har tatt alle pillene sine etter at mannen truet henne. Hun snøvler.',
      'Eksen har brutt seg inn hjemme hos henne og hun gjemmer seg på soverommet.',
      'Det står en mann utenfor døra til brukeren og banker og roper.',
    ]) {
      assert.equal(detectEmergency(q).emergency, true, q);
    }
  });

  it('sees plans to die, veiled threats, a taken child, a locked door, burn marks and a refusal to go home', () => {
    for (const q of [
      'Hun har samlet tablettene og sier de er klare, hun vil ikke mer etter bruddet. Jeg er hos henne.',
      'Han sier han ikke kommer til å være i live i morgen hvis faren kommer tilbake.',
      'Eleven sier stefaren lovet å gjøre det slutt med dem alle når han kommer hjem.',
      'Faren har tatt ungen fra barnehagen uten lov og sier mora aldri skal se ham igjen.',
      'Kollegaen min er på hjemmebesøk, han har låst døra og hun kommer seg ikke ut.',
      'Gutten har brannmerker på hendene og sier det blir verre hvis han forteller noe.',
      'Jenta nekter å gå hjem etter skolen og sier moren har sagt hun skal få juling.',
    ]) {
      assert.equal(detectEmergency(q).emergency, true, q);
    }
  });

  it('sees danger in the many ways it is written: breath, a baby, cuts, a last goodbye, veiled threats, minutes ago', () => {
    for (const q of [
      'Hun fikk ikke puste da han holdt henne i går, og nå står han og venter på henne utenfor skolen.',
      'Faren hentet sønnen på SFO uten lov og sa de skal til utlandet. De dro for ti minutter siden.',
      'Hun har spart opp medisinene sine og sier hun skal ta dem når barna sover.',
      'en elev sitter på do og skjærer seg i armen, hun åpner ikke',
      'Faren ristet babyen fordi den gråt, og nå er babyen slapp og puster rart.',
      'Moren sa at datteren ikke kommer til å overleve natta hvis ingen hjelper.',
      'Han skrev at han ikke kommer til å være her lenger etter i kveld og takket for alt.',
      'Ho har blodsprengde auge etter at han tok kvelartak på ho i morges.',
      "My colleague texted: he's hitting her, I'm outside the house.",
      'Han ringte og sa at hvis hun ikke kommer hjem, så er det slutt for henne.',
      'Han har sperret henne inne på rommet og tatt telefonen hennes.',
    ]) {
      assert.equal(detectEmergency(q).emergency, true, q);
    }
  });

  it('sees danger told by bystanders and in passing: fractures, a kicked belly, arson, a drive into the sea, a child alone', () => {
    for (const q of [
      'Pasienten har brudd i kjeven og sier mannen gjorde det. Han venter på henne på venterommet.',
      'Hun er gravid og sier han sparket henne i magen i går, og nå kjenner hun ikke at babyen rører seg.',
      'Han sendte melding om at han brenner ned huset med dem inni i kveld.',
      'Hun ringte fra bilen og sa hun skal kjøre rett i fjorden med barna.',
      'En treåring har vært alene i leiligheten siden i går, og ingen åpner.',
      'brukeren skriker og samboeren står med hammer i hånda',
      'Han har låst ytterdøra og sier at ingen får gå før hun skriver under.',
      'Jeg ringte henne, og i bakgrunnen hørte jeg at han skulle ta livet av henne. Samtalen ble brutt.',
      'Brødrene står ute på parkeringsplassen og venter på ham, de skal lære ham en lekse fordi han har kjæreste.',
      'Mamma sover og våkner ikke, sier gutten på fem år.',
    ]) {
      assert.equal(detectEmergency(q).emergency, true, q);
    }
  });

  it('sees danger heard or seen by a bystander, sent by text with a time, and done to those who cannot get away', () => {
    for (const q of [
      'hører skriking og dunk fra naboen, en kvinne roper slutt, ingen har ringt politiet',
      'Han skrev: «Jeg står ved bilen din klokka fem. Du kommer ikke hjem i live.»',
      'Sønnen holder moren fast og drar henne etter håret, hun har et åpent sår i hodet. Han er der fortsatt.',
      'Ho vart halden rundt halsen i natt og har vondt når ho svelgjer.',
      'Han har låst barna ute i kulda og åpner ikke.',
      'Mora er så rusa at ho ikkje står på beina, og det er ingen andre vaksne her med spedbarnet.',
      'Gutten fikk et slag i bakhodet i går og er vanskelig å vekke i dag.',
      'Han har sagt at han kommer og tar ungene i dag, og da skal ingen få dem.',
      'Far sa at han skal kjøre utfor med barna i bilen i ettermiddag.',
      'Han venter utenfor huset med vennene sine og skriver at hun skal få det hun fortjener.',
    ]) {
      assert.equal(detectEmergency(q).emergency, true, q);
    }
  });

  it('sees danger told without its usual words: what is seen and heard, being held, taken abroad, dying together, medical signs', () => {
    for (const q of [
      'Han drar henne etter håret bortover gulvet, jeg ser det fra trappa',
      'Han står mellom meg og døra og sier jeg ikke kommer meg ut før jeg sletter meldingen',
      'Familien har kjøpt flybillett til hjemlandet for henne i morgen tidlig, og passet hennes er tatt',
      'Han sa at vi går alle sammen, og han har stengt seg inne med ungene',
      'Hun ble slått i hodet i går og er forvirret og har kastet opp',
      'He keeps slamming her head against the car door',
      'I am outside the flat, there is blood on the stairs and I can hear the kids crying',
      'Hun gjemmer ungene på rommet og ber meg ringe, han banker på døra og roper',
      'Han skrev «du er ferdig, jeg står utenfor jobben din» for ti minutter siden',
    ]) {
      assert.equal(detectEmergency(q).emergency, true, q);
    }
  });

  it('sees danger told from the side: a plan to take the family along, a door not to open, arson, drunk driving, an assault just now', () => {
    for (const q of [
      'Han har lagt alle pillene på bordet og sier at kona og barna skal få bli med når han går.',
      'Jeg hørte eleven si i telefonen: mamma, ikke lukk opp, han har kommet tilbake.',
      'She whispered that he will set the flat on fire with her and the kids inside.',
      'far i garderoben, helt rusa, vil kjøre med ungen',
      'Eleven sier at to gutter gjorde ting med henne hun sa nei til. Det er en halvtime siden.',
      'Han hamrer på døra hennes i oppgangen, og så ble samtalen brutt.',
      'Dad texted my player: when you get home I will finish what I started with your mother.',
      'Nevøen har skrudd av ovnene og tatt bankkortet, det er fire grader inne og hun er forvirra.',
      'Brødrene kjører henne til flyplassen i natt, og flyet går klokka seks.',
    ]) {
      assert.equal(detectEmergency(q).emergency, true, q);
    }
  });

  it('does not raise the alarm for practice, fiction, a case told as over, or a question about signs', () => {
    for (const q of [
      'I morgen har vi rollespill der en far kommer med kniv og blod på hendene. Hvordan legger vi opp øvelsen?',
      'I serien i kveld truer en mann med å drepe kona. Kan vi bruke scenen i undervisningen?',
      'En bruker sa tidligere at hun ville ta livet sitt. Hun er nå innlagt og trygg. Hvordan følger vi opp?',
      'I førre veke fortalde ein bebuar at sonen hadde slått ho. Saka er no avslutta.',
      'Hvis en elev sier at hun ikke tør å gå hjem, hva sier veilederen?',
      'Hvorfor regnes kvelertak som en risikofaktor for drap?',
      'Kvinnen som ble slått forrige uke, bor nå trygt på krisesenteret. Hvem følger opp?',
      'I natt drømte jeg om saken med gutten som ble truet. Han bor i fosterhjem nå og har det bra.',
      'Hva gjør vi hvis en elev forteller at faren har kniv og truer moren? Vi vil lage en rutine for det.',
      'Konsultasjonsteamet møtes i kveld om en jente som kanskje skal giftes bort neste sommer.',
      'Den eldre damen som ble slått i fjor, bor nå på sykehjem og har det fint.',
      'I boka vi leser på kurset sier faren «du er ferdig». Hvordan tolker vi det?',
      'Trenger vi å oppdatere tiltaket om selvmordsforebygging i handlingsplanen?',
      'Jeg kommer til å drepe den skriveren i dag, den spiste meldingen min.',
      'Vi har ansvarsgruppemøte i kveld om en familie der det har vært vold. Barna bor hos besteforeldrene.',
      'Jeg er redd jeg gjorde feil i dag da jeg ikke meldte om en gutt med blåmerke.',
      'Eksen som truet henne med kniv sitter i varetekt. Tiltaket kan settes til fullført.',
    ]) {
      assert.equal(detectEmergency(q).emergency, false, q);
    }
    // A real case told after a course is still a real case.
    assert.equal(detectEmergency('Etter kurset i dag sa en elev at faren skal drepe henne i kveld.').emergency, true);
  });

  it('does not raise the alarm for a question asked ahead: what if one day, a drill, a course case', () => {
    for (const q of [
      'Hva om en elev en dag sier at faren truer med å drepe mora? Jeg vil være forberedt.',
      'Vi skal øve på hva vi gjør hvis en bruker truer med kniv. Hvordan legger vi opp øvelsen?',
      'Caset på kurset i dag er en far med kniv i gangen. Hva bør deltakerne lære av det?',
    ]) {
      assert.equal(detectEmergency(q).emergency, false, q);
    }
  });

  /** The rules alone, with a model that never speaks: each line's expected alarm. */
  const byRules = (expected: boolean, lines: string[]): void => {
    const rulesOnly = { threshold: 2, veto: 0, bias: 0, weights: {} };
    for (const q of lines) assert.equal(detectEmergency(q, rulesOnly).emergency, expected, q);
  };

  it('lets a case pass, by the rules alone, when the person feels safe now, the two live apart under a kept order, or a machine "chokes"', () => {
    byRules(false, [
      'A client was beaten by her partner years ago. She now feels safe and lives on her own. Which groups could she join?',
      'Han har slått kona tidligere, men de bor nå hver for seg og han overholder besøksforbudet. Hvor henviser jeg ham?',
      'Ho vart slått av sambuaren for lenge sidan. No kjenner ho seg trygg. Kan ho fortelje om det på fagdagen?',
      'Printeren på kontoret holder på å dø igjen, den lager bare rare lyder. Hvem ringer vi?',
    ]);
    // Being safe somewhere else is no comfort when the danger is now.
    byRules(true, ['Hun følte seg trygg før, men nå står han utenfor døra med kniv.']);
  });

  it("lets a joke, children's play or an accident seen by the writer pass, by the rules alone, unless it turns serious now", () => {
    byRules(false, [
      'Kollegaen min sa at sjefen kommer til å drepe oss hvis rapporten er sen, haha. Hvor er malen?',
      'Barna lekte politi og røvere og skjøt hverandre med pinner i skogen. Hvordan snakker vi om krigslek?',
      'En gutt fikk ballen i ansiktet i gymtimen og blødde neseblod. Hvordan skriver vi avvik?',
      // A knock taken ("slo seg", "slo hodet i"), and a fall the writer saw, are no blows.
      'Beboeren slo seg i dørkarmen i morges mens jeg hjalp ham, og har et blåmerke i panna. Skal datteren få vite det i kveld?',
      'Pasienten fikk et anfall på venterommet og slo hodet, ambulansen kom og han er på sykehuset nå. Hvor skriver vi avvik?',
    ]);
    byRules(true, [
      'haha jeg trodde han tullet, men nå står han faktisk i døra med kniv',
      'Dei leika krig, men no har storebror teke ei ekte øks og trugar vesla med den',
      'Faren påstår at babyen bare falt, men hun er slapp og puster rart',
      'Hun kom på trening med merker rundt halsen og sier stefaren tok henne rundt halsen i går',
      'Vi hadde rollespill da en lærer fikk SMS fra sønnen: «pappa slår mamma nå»',
      'Han slo hodet hennes i veggen i kveld, og nå sitter hun hos meg',
    ]);
  });

  it('lets harm told as over pass, by the rules alone, unless it starts again, the person is afraid now, or a weapon is near', () => {
    byRules(false, [
      'En elev fortalte at faren slo henne med belte da hun var liten, men at det har sluttet nå. Må vi melde?',
      'A client told me her husband used to beat her years ago. He lives in a care home now. Should I do anything?',
      'Ein bebuar fortel at sonen slo henne for fleire år sidan. Kva seier planen om eldre og vald?',
    ]);
    byRules(true, [
      'Pappa slo meg forrige uke og sier han skal gjøre det igjen i kveld.',
      'Hun ble slått forrige uke og er livredd for å gå hjem i dag.',
      'Mannen slo henne for mange år siden, men nå står han utenfor døra med en kniv.',
      'Han truet med å drepe henne forrige uke, og i kveld kommer han hjem fra fengselet.',
    ]);
  });

  it('lets a case the police or child welfare took over pass, by the rules alone, when told with where things stand now', () => {
    byRules(false, [
      'Vi ringte politiet i fjor da faren truet med kniv, og barnevernet overtok. Nå bor gutten hos moren og alt ser bra ut. Hvordan følger vi opp på skolen?',
      'The police came that night when her son threatened her. He has moved out and there is a restraining order. What follow-up does the plan describe?',
      'My manager is going to kill me if the report is late. Who updates the annual wheel?',
      'Han fikk et blått øye på sparring i bokseklubben, og foreldrene vet om det. Må vi melde noe?',
    ]);
    // It has started again, or it is happening now: no comfort.
    byRules(true, [
      'Barnevernet overtok saken, men hun bor hos ham igjen, og han står med kniv i gangen.',
      'Sjefen dreper meg for at jeg ringer, men hør: akkurat nå står faren med kniv i gangen.',
    ]);
  });

  it('does not raise the alarm for a worry with nothing happening now', () => {
    assert.equal(detectEmergency('En gutt gjemmer seg når faren henter. Ikke noe konkret, hva gjør jeg med det?').emergency, false);
    // Danger denied is no danger; danger told beside it still is.
    assert.equal(detectEmergency('Eksen har lagt en sporingsapp på telefonen hennes. Hun er ikke i fare nå, men hvor kan hun få hjelp?').emergency, false);
    assert.equal(detectEmergency('Hun er ikke i fare nå, sier hun, men han står utenfor døra med kniv').emergency, true);
  });

  it('reads the "nå" of "hva gjør jeg nå?" after a suspicion as the now of asking, and a scene told now as now', () => {
    for (const q of ['Jeg er helsesykepleier og tror en elev blir slått hjemme. Hva gjør jeg nå?', 'jeg mistenker at et barn blir slått hjemme, hva gjør jeg nå']) {
      assert.equal(detectEmergency(q).emergency, false, q);
    }
    for (const q of ['jeg tror naboen slår kona nå, jeg hører skrik, hva gjør jeg nå', 'naboen skriker og det smeller, hva skal jeg gjøre nå']) {
      assert.equal(detectEmergency(q).emergency, true, q);
    }
  });

  it('sees danger in a scene going on, a dated threat, a child held out over an edge, cutting before a journey, and someone barely responsive', () => {
    byRules(true, [
      'En far står og hamrer på døra til SFO og roper at han skal hente sønnen, og han er tydelig full.',
      'Søsteren min fikk melding fra eksen: «i natt tar jeg deg». Hva gjør vi?',
      'Naboen dingler ungen sin utenfor balkongen akkurat nå!',
      'Ei jente på 12 sier hun reiser til slekta i morgen, og at tanta skal sørge for omskjæring der. Flyet går tidlig.',
      'Vi fant en eldre kvinne alene som ikke har spist på dager, hun er kald og nesten ikke kontaktbar.',
    ]);
  });

  it('never lets the model veto a threat to kill with a weapon at hand and a time near, however routine the question around it', () => {
    const vetoAll = { threshold: 2, veto: 1.1, bias: 0, weights: {} };
    const q = 'Hvordan fører vi journal for samtaler? En mor sier i dag at mannen har sagt han skal drepe henne i kveld, og at han har kniv i bilen.';
    assert.equal(detectEmergency(q, vetoAll).emergency, true);
    assert.equal(detectEmergency('Kollegaen sa at sjefen skal drepe henne i kveld hvis hun kommer for sent.', vetoAll).emergency, false);
    // A threat to shoot is a threat to kill; "å skyte" a portrait is not.
    const shoot = 'Hvor ligger malen for referat fra elevsamtaler? En elev sa også akkurat at broren har en rifle og skal skyte dem alle i kveld.';
    assert.equal(detectEmergency(shoot, vetoAll).emergency, true);
    assert.equal(detectEmergency('Vi skal skyte nye bilder av barnehagen i kveld, hvem har kameraet?').emergency, false);
  });

  it('lets a threat pass when the one who made it is serving a sentence now', () => {
    assert.equal(detectEmergency('En mor sa at eksen truet henne med kniv i fjor. Han sitter i fengsel nå. Skal vi gjøre en risikovurdering?').emergency, false);
    assert.equal(detectEmergency('A colleague got death threats from her ex by text last spring. He was convicted and is in prison now. What support can we offer her?').emergency, false);
    assert.equal(detectEmergency('Eksen står utenfor døra med kniv nå og sier han skal drepe henne.').emergency, true);
  });

  it('judges a danger told in one sentence of a long routine question by that sentence, when it says now', () => {
    const staff = 'Vi skal revidere rutinen for foreldremøter i høst og lurer på hva planen sier om bruk av tolk. Akkurat nå står en far i gangen, full og aggressiv, og truer de ansatte. Hvem skriver referatet fra møtet?';
    assert.equal(detectEmergency(staff).emergency, true);
    const desk = 'I am updating the onboarding folder for new staff at the library and want to add the action plan. A woman at the desk says her ex is outside right now with a knife and is threatening her. Where do I find the latest version of the plan?';
    assert.equal(detectEmergency(desk).emergency, true);
    // Told as seen and over, with the parents told, a fall is no danger; nor is a meeting held now.
    assert.equal(detectEmergency('Et barn falt fra klatrestativet i dag og fikk blåmerke på kinnet. Jeg så det selv, og foreldrene er informert. Må vi fylle ut et skjema?').emergency, false);
    assert.equal(detectEmergency('Vi har personalmøte nå om meldeplikten. Hvem kan komme og snakke om vold mot eldre neste måned?').emergency, false);
  });

  it('reads a beating threatened, threatening in the infinitive, being followed with a weapon and being found, by the rules alone', () => {
    byRules(true, [
      'En mor i barnehagen sier at mannen skal slå henne når hun kommer hjem i kveld.',
      'En gutt sier at broren skal banke ham etter skolen i dag.',
      'A woman at the front desk says her ex is following her around town with an axe and she does not dare to leave.',
      'Ei kvinne fortel at eksen har funne ut kor ho bur og kjem dit i natt.',
    ]);
    byRules(false, ['Is it true that the plan has a theme day every year?', 'We are following him up closely after the meeting. What should the plan say about it now?']);
  });

  it('reads threats to drown, stab or set fire, strangling marks, a wooden or iron club, someone on the phone, parked outside or at her door, by the rules alone', () => {
    byRules(true, [
      'Gutten sier at faren skal drukne ham i elva i kveld hvis han forteller noe.',
      'Samboeren har helt bensin på kjøkkengulvet og truer med å tenne på, sier hun akkurat nå.',
      'Eleven har kvelningsmerker på halsen i dag og vil ikke gå hjem.',
      'There is a woman in reception as we speak with marks on her neck, and her husband is parked outside.',
      'Jeg har en kvinne på telefonen som sier at eksen står med en jernstang i gangen.',
      'Ei av brukerne ringte nettopp og sa at eksmannen står i trappeoppgangen hennes.',
    ]);
    byRules(false, [
      'Haha sjefen kommer til å kverke meg hvis rapporten er sen. Hvilke tiltak er forsinket nå?',
      'Kan vi stikke innom biblioteket i kveld for å hente brosjyrene om vold?',
      'Vi ventet ved inngangen i en time før møtet om planen. Hvem har nøkkelen?',
    ]);
  });

  it('reads a cry for help going on, a beating promised, someone parked by a place, and a drunk insisting on driving the children, by the rules alone', () => {
    byRules(true, [
      'Det er noen i oppgangen som roper om hjelp, og det smeller i døra til naboen.',
      'Hun sier samboeren sitter hjemme og har lovet henne «ordentlig juling» når hun kommer hjem i kveld.',
      'Her husband is parked by the kindergarten gate and has texted that she will get hurt if she leaves with the kids.',
      'The father is drunk at the pick-up and insists on driving the twins home himself, and the mother does not dare stop him.',
    ]);
    byRules(false, [
      'Motoren på snøfreseren kveles hver gang det er kaldt ute. Hvem reparerer den?',
      'Barnevernvakta ble koblet inn i fjor, og nå bor jenta bare hos faren sin. Hva gjør skolen videre?',
      'En gutt fortalte at faren slo ham da han gikk på barneskolen. Han bor hos besteforeldrene nå. Må jeg melde?',
    ]);
  });

  it('reads this afternoon, a time due later today, "kvalt", a threat to wait at the door and harm when two meet tonight as near, in one sentence of a routine message', () => {
    const roster = 'Jeg lager vaktlista for julen og lurer på hvem som har ansvar for helgene. En av assistentene sier at eksen har truet med å vente ved porten når hun går fra jobb i dag, og han har slått henne før. Hvem godkjenner vaktlista?';
    assert.equal(detectEmergency(roster).emergency, true);
    const poster = 'Vi bestiller nye brosjyrer om hjelpetelefonene til helsestasjonen. En mor i venterommet sier at samboeren skal ta henne etter barnehagen i ettermiddag, og hun skjelver. Hvor mange brosjyrer bør vi ha?';
    assert.equal(detectEmergency(poster).emergency, true);
    byRules(true, [
      'Gutten sier at stefaren skal banke ham med en sleiv etter skoletid i dag.',
      'Hun sier at kjæresten har skrevet at hun skal bli kvalt når hun kommer hjem.',
      'En elev sier at kjæresten har truet med å skade henne når de møtes i kveld.',
    ]);
    // A presentation beside a real danger is no practice; a meeting tonight about a case is still no danger tonight.
    assert.equal(detectEmergency('Jeg holder en presentasjon for ledergruppa på fredag. En far står i resepsjonen nå og truer med å drepe moren. Hvor lang bør presentasjonen være?').emergency, true);
    byRules(false, ['Teamet møtes i kveld for å drøfte saken der faren truet moren med kniv i fjor. Hvem skriver referat?']);
  });

  it('reads a beating told as "får bank", a threat to kill for refusing, a wedding with a flight, fresh wounds while writing, a night not survived, a pick-up after a shift and a shelter found, by the rules alone', () => {
    byRules(true, [
      'Samboeren har sagt at hun får bank når hjemmesykepleien har gått for kvelden.',
      'Hun er på krisesenteret, men eksen har funnet ut hvor hun bor og står nede på parkeringen.',
      'Han har truet henne med kniv og sier at han henter henne etter kveldsvakta.',
      'Faren har sagt at gutten blir drept hvis han nekter å reise.',
      'Ungdommen skal giftes med en fetter, og flyet går i morgen tidlig.',
      'Mens jeg skriver dette, sitter en jente hos meg med ferske sår på armene.',
      'Mannen har sagt at hun ikke overlever natten, og hun er hjemme med ham.',
      'Eksen har skrevet at ingen av oss ser gutten igjen.',
    ]);
    byRules(false, [
      'Hun bor trygt på krisesenteret nå, og eksen vet ikke hvor hun er.',
      'Vi skal ha møte klokka ti om årshjulet.',
      'Banken stenger klokka tre, hvem tar med kassa?',
      'Hun fikk bank i fotballkampen i går, fem null.',
    ]);
  });

  it('reads someone high driving around with a child as near, and an English "case management system" as no practice', () => {
    byRules(true, ['Mora er ruset og kjører rundt med ungen.', 'He is drunk and driving around with the kids.']);
    const access = 'My access to the case management system has expired and I cannot open the files. Separately, a woman I support just texted that her partner has a knife and is waiting for her outside the flat right now. Who renews my access?';
    assert.equal(detectEmergency(access).emergency, true);
    // A case worked through on a course is still practice.
    assert.equal(detectEmergency('På kurset i dag brukte vi en case der mannen truer kona med kniv i kveld. Hvordan lager vi flere slike caser?').emergency, false);
  });

  it('reads someone waiting in a car or parked by her, and the one she fled having found her, as near', () => {
    byRules(true, [
      'Faren er full og sitter i bilen utenfor barnehagen med den minste i setet.',
      'Her ex has found out where she lives and is parked across the road from the flat.',
      'Eksmannen har funnet ut hvor hun bor, og står med en balltre utenfor oppgangen til søsteren hennes.',
    ]);
    // Parked cars and found addresses with no danger told are no alarm.
    byRules(false, ['Bilen er parkert utenfor rådhuset, hvem har nøkkelen?', 'Vi har funnet ut hvor møtet skal være.']);
  });

  it('reads someone standing somewhere and threatening or hitting, hiding together and a call going on as near, and a chat as no blow', () => {
    byRules(true, ['Samboeren hennes står nede ved postkassene og truer med å knuse bilen hennes.']);
    // Told in one sentence of a routine message, the sentence must say now to be judged alone.
    for (const q of [
      'Kan du sende meg malen for kvartalsrapporten? Sønnen til en beboer står i korridoren og truer med å slå henne hvis hun ikke gir ham penger. Er fristen fredag?',
      'As the coordinator I would like to update the status of our training measure to In progress and add the minutes from Tuesday. The teenager I am talking with on the phone says his stepfather has a rifle and that they are both hiding in the garage. Who approves status changes in our municipality, and where do I upload the minutes?',
    ])
      assert.equal(detectEmergency(q).emergency, true, q);
    // Sitting somewhere and shouting is noise, and "slå av en prat" is a chat.
    byRules(false, ['Elevene sitter i gymsalen og roper på læreren, hva gjør vi med støyen?', 'Vi står i kantina og slår av en prat om årshjulet, hvem har ansvar for det?']);
  });

  it('reads a threatening man standing at the gate, a drunk parent set on driving the child, and "case discussions" on an agenda as no practice', () => {
    byRules(true, [
      'En mann som har truet faren til en elev, står ved skoleporten og vil snakke med gutten. Hva gjør vi?',
      'En mor kom beruset og sint for å hente sønnen på SFO og vil kjøre ham hjem selv. Hva gjør jeg?',
    ]);
    const agenda =
      'Can you draft the agenda for the network meeting with the health station? We want an hour for case discussions and a short update on the annual wheel. A nurse has just called to say that a patient\'s partner has locked the door of the flat, has a knife and will not let her leave. Who should chair the meeting?';
    assert.equal(detectEmergency(agenda).emergency, true);
    // "I stand by my decision" is no one at a gate.
    byRules(false, ['Rektor står ved beslutningen om ny timeplan, hvem informerer foreldrene?']);
  });

  it('reads a run-on sentence that turns back to the routine with "men" apart from the danger told before it', () => {
    const rota =
      'Vi skal lage turnus for påsken i avlastningsboligen og trenger hjelp med fordelingen av helgene. En mor ringte meg for litt siden og fortalte at samboeren har slått henne i ansiktet og fortsatt er i huset hos henne og barna, men tilbake til turnusen: hvordan regner vi ut hvem som har jobbet flest helger i år? Og hvem godkjenner den?';
    assert.equal(detectEmergency(rota).emergency, true);
    // A short sentence is one message: its "men" tells how the first clause is meant.
    assert.equal(detectEmergency('Helsesøster her. En elev hvisket i dag at hun er redd stefaren sin, men at hun ikke vil at vi skal gjøre noe. Hva sier planen?').emergency, false);
  });

  it('reads danger told in one clause of a long calm message in many ways: by the throat, a shotgun just walked in, banging on the glass, a code word unanswered, a release, self-harm going on', () => {
    const routine = (clause: string): string =>
      `Jeg holder på med referatet fra nettverksmøtet og lurer på om vi skal skrive inn navnene på tjenestene. ${clause} Kan du også foreslå en kort innledning til referatet?`;
    for (const clause of [
      'Through the kitchen window I can see her partner holding her against the fridge by the throat.',
      'A man has just walked into our reception with a shotgun over his shoulder and is asking for his wife.',
      'En kollega på hjemmebesøk har sendt meg kodeordet vi avtalte, og hun svarer ikke når jeg ringer.',
      'Politiet ringte for noen minutter siden: mannen som ble pågrepet i natt for å ha slått kona, er løslatt og er på vei hjem til henne.',
      "I'm writing from the staff room because I have been cutting my arm since lunch and I can't stop.",
    ])
      assert.equal(detectEmergency(routine(clause)).emergency, true, clause);
    byRules(true, ['My ex is outside my office window, banging on the glass and shouting that he will make me pay.']);
    // An arrest with a restraining order and a new address is handled; a threat not repeated in many years is over.
    byRules(false, ['A mother we follow was hit by her ex last spring, the police arrested him, and she now has a restraining order and lives at a new address. I need the rota for tonight.']);
    assert.equal(detectEmergency(routine('Hun fortalte at han truet med å drepe henne, men han har ikke vist seg på mange år.')).emergency, false);
  });

  it('reads "the last day you live" as a threat to kill, and a legal step threatened or a traffic accident as no harm', () => {
    byRules(true, [
      'Han skrev at i dag er siste dag du lever hvis du går fra ham. Han er på vei hjem nå.',
      'She says her husband told her it is the last day she lives if she leaves, and he is on his way home.',
    ]);
    byRules(false, [
      'Utleigaren trugar med å sende saka til namsmannen no. Kva gjer eg?',
      'The parents threaten to take the school to court over the grade, what do we do now?',
      'A cyclist was hit by a car outside the school this morning; how do we report the crossing?',
    ]);
  });

  it('reads a window broken by the weather or by someone unknown as a thing damaged, and a window broken to get at her as danger', () => {
    byRules(false, ['Et vindu i svømmehallen ble knust av vinden i natt. Hvem melder skaden?', 'Noen knuste vinduet på ungdomsklubben i helga. Hvem ordner glassmester?']);
    byRules(true, ['Han knuste vinduet på soverommet hennes og prøver å komme inn nå.']);
  });

  it('reads "don\'t feel safe" as no safety told, and "don\'t feel in danger" as danger denied', () => {
    assert.equal(detectEmergency("I don't feel safe, my husband is outside the door with a knife now").emergency, true);
    assert.equal(detectEmergency("My partner checks my phone and calls me stupid, but I don't feel in danger. Who can I talk to?").emergency, false);
  });

  it('reads a danger the rules find in one sentence of a routine message at a lower bar than a whole message', () => {
    // A model that reads every text at 0.4 is below the whole message's 0.5, not below the sentence bar.
    const weak = { threshold: 0.5, veto: 0, bias: Math.log(0.4 / 0.6), weights: {} };
    const agenda = 'Kan du lage et forslag til saksliste for torsdag? Vi skal ta årshjulet og budsjettet. En ansatt sier at eksen hennes står utenfor personalinngangen med kniv og venter på henne. Etterpå tar vi eventuelt.';
    assert.equal(clauseAlarm(agenda, weak), true);
    assert.equal(clauseAlarm(agenda.replace('står utenfor personalinngangen med kniv og venter på henne', 'truet henne med kniv for tre år siden'), weak), false);
  });

  it('reads a danger and its time told in two neighbouring sentences of a routine message together, not in two sentences apart', () => {
    // A model that reads every text as even odds leaves the verdict to the rules and the time.
    const even = { threshold: 0.5, veto: 0, bias: 0, weights: {} };
    assert.equal(clauseAlarm('Kan du sette opp møtet om årshjulet? En bruker sier at sønnen har truet med å slå henne. Hun skal hjem til ham om litt. Hvem tar referat?', even), true);
    assert.equal(clauseAlarm('En bruker sier at sønnen har truet med å slå henne. Vi trenger også et møterom med skjerm. Referatet skal være klart om litt.', even), false);
  });

  it('judges the sentence that tells a danger now even when the message plans something far off, but not a danger the message tells as over', () => {
    const lesson = 'Jeg planlegger et foreldremøte om nettvett neste måned og lurer på om planen har brosjyrer vi kan dele ut. En elev sitter hos meg og sier faren venter utenfor skolen med en kniv fordi hun svarte ham i går. Hvor finner jeg brosjyrene?';
    assert.equal(detectEmergency(lesson).emergency, true);
    const over = 'Forrige vinter ble en ansatt truet av eksen, og politiet kom samme natt. Nå har han besøksforbud og har flyttet. Vi lurer på om hun bør få alarm. Hva sier planen om oppfølging nå?';
    assert.equal(detectEmergency(over).emergency, false);
  });

  it('reads harm denied, a thing damaged, a cut on glass, a car broken into, fear now and then, a drawing, weather and a game\'s quoted "nå" as no danger', () => {
    byRules(false, [
      'Det var brann i garasjen i går kveld, men ingen ble skadet. Hvordan tar vi det opp med elevene i dag?',
      'Ruta på kontoret er skadd etter stormen. Hvem ringer jeg nå?',
      'En beboer skar seg på et knust glass på kjøkkenet. Skal det inn som avvik?',
      'Noen har brutt seg inn i boden på skolen i natt. Hvem melder det til politiet?',
      'A parent told us some months ago that her partner used to strangle her; she lives elsewhere now. Do we write it down?',
      'En mor sier at hun av og til er redd for mannen når han har drukket. Hun vil ikke flytte nå. Hva kan vi tilby?',
      'En gutt tegner stadig bilder der en mann slår med kniv. Hvem drøfter vi det med?',
      'Stormen truer strømmen på sykehjemmet i natt. Har vi aggregat?',
      'Barna lekte krig i friminuttet, og en av dem ropte «nå skyter jeg deg». Er det greit?',
      'Hva sier rutinen om våpen hjemme hos brukere? En bruker har rifler i våpenskapet, men alt er rolig.',
    ]);
    byRules(true, ['Hun skar seg i armene i natt og blør fortsatt.', 'Jenta skar seg på armen i kveld, hun vil ikke si noe mer.', 'Ingen ble skadet sist, men nå står han utenfor døra med kniv.']);
  });

  it('reads a quoted "ta" with a person after it as a threat, and a question of threshold as routine', () => {
    byRules(true, ['En bruker sa han skal «ta» kona når han kommer hjem i kveld fordi hun gikk til politiet.']);
    byRules(false, [
      'En elev hadde blått øye etter vinterferien og sa han falt på ski. Hva er terskelen for å melde bekymring?',
      'Skal vi ta henne med til legen i dag eller vente til i morgen?',
    ]);
  });

  it('reads harm last season or last weekend as over, a tackle as sport, and breaking up as no blow, by the rules alone', () => {
    byRules(false, [
      'En gutt fortalte at stefaren tok kvelertak på ham forrige vår. Han bor hos faren sin nå. Må jeg melde?',
      'A patient said her brother gave her bruises last weekend. She is staying with friends now. What does the plan say?',
      'En spiller fikk blåmerker på leggen etter en takling. Skal vi røntge?',
      'Kjæresten hennes sier han sprer bildene hvis hun slår opp med ham nå. Hvem kan hjelpe henne?',
    ]);
    // Habit is not now: "keeps drawing", "keeps saying"; the violence going on is.
    byRules(false, [
      'A boy in year 2 keeps drawing a dad hitting a mum. How do we talk with him about it?',
      'En beboer sa «jeg slår deg i hjel i ludo i kveld» da jeg gikk. Han er en skøyer 😄 Hvor står rutinen for trusler?',
      'Politiet kom og hentet faren i natt, og mor og barna er hjemme i ro nå. Skal skolen melde bekymring?',
    ]);
    byRules(true, ['He keeps hitting her in the car outside the school right now']);
  });

  it('reads a killing told in the passive for tonight, and a threat due when the child gets home after school today, as danger by the rules', () => {
    byRules(true, [
      'Gutten sa at storesøstera skal bli drept av faren i kveld fordi hun har en kjæreste.',
      'A neighbour told me that the woman downstairs is going to be killed when her husband is back from the pub.',
    ]);
    // One sentence of a long routine message: "after school today" is later today, not the telling's
    // "today". A model that reads every text as even odds leaves the verdict to the rules and the time.
    const even = { threshold: 0.5, veto: 0, bias: 0, weights: {} };
    const routine =
      'I am putting together the slides for the staff meeting on the annual wheel and need a picture of the wheel. A boy in my class says his stepdad will beat him with a belt after school today. Which slide template should I use?';
    assert.equal(clauseAlarm(routine, even), true);
    assert.equal(clauseAlarm(routine.replace(' after school today', ' after school'), even), false);
    // Killed in a story long over, or when told as a condition far off, stays as it was.
    byRules(false, ['Han ble nesten drept i en trafikkulykke for mange år siden. Hvem har ansvar for trafikksikkerhet?']);
  });

  it('reads an engine\'s choke, blood given or tested and a vaccine shot as no harm, by the rules alone', () => {
    byRules(false, [
      'The hedge trimmer floods every time we use the choke. Who repairs the garden machines?',
      'Kan ansatte gi blod i arbeidstiden når blodbussen kommer?',
      'Where do home-care staff book their flu shot this autumn?',
      'Helsesøster tar blodprøve av elevene i morgen, hvem sender ut samtykke?',
    ]);
    // Choking a person, blood on a child and a shot fired stay danger.
    byRules(true, ['He is choking her in the hallway right now.', 'Barnet har blod i ansiktet og faren er fortsatt hjemme.', 'Someone shot at the house and my sister is inside.']);
  });

  it('reads more ways of telling a threat to kill, someone held or hidden, and a release or a return due within hours, by the rules alone', () => {
    byRules(true, [
      "Her ex told her she won't live through tonight if she calls the police.",
      "Her cousin said she'll be dead before morning if she goes to the party.",
      "The boy says his uncle will 'finish him' when he gets home.",
      'Kjæresten har sagt at han skal «gi henne det hun fortjener» i kveld.',
      'Faren sa at onkelen skal «ta seg av» datteren i kveld fordi hun har en kjæreste.',
      'Naboen sier at mannen har holdt kona innestengt på soverommet hele dagen.',
      'En ansatt sitter gjemt på lageret fordi eksen er inne i bygget.',
      'Faren sender henne til en tante i utlandet med flyet i kveld.',
      'Mannen hennes sitter i fengsel, men slipper ut i ettermiddag og har truet med å drepe henne.',
      'Han truet en ansatt og ropte at han kommer tilbake før vi stenger.',
      'A boy came in shaking and says his dad is out looking for him with a belt.',
      'En kollega sier at eksmannen leter etter henne i bygget og hun er livredd.',
      // "Ikke morsomt" with a word between still turns a "lol" serious; "caseworker" is no course case;
      // coming to training with an injury is no accident at training.
      'lol det er egentlig ikke morsomt, men stefaren har kniv og sier han stikker oss.',
      "Her husband told her in the waiting room that she won't survive the night if she leaves him. The caseworker has not noticed.",
      'En gutt kom på trening med blåmerker på halsen og sier faren har lovet at det blir verre i kveld.',
    ]);
    // Homework finished, keys looked for and coffee taken care of are no threats.
    byRules(false, ['She will finish her homework before the deadline, who marks it?', 'He is looking for her keys in the office.', 'Kan du «ta deg av» kaffen til møtet i kveld?']);
  });

  it('judges one sentence of a long message even when the message counts closed cases, is about a course, or sends her home to him after the appointment', () => {
    const report =
      'I rapporten teller vi også saker som ble avsluttet etter første samtale. En lærer ringte nettopp og sa at en elev ikke tør gå hjem fordi stefaren har truet med å slå henne i hjel. Hvordan teller vi anonyme henvendelser?';
    assert.equal(detectEmergency(report).emergency, true);
    const course =
      'Vi planlegger kurs for barnehagene til høsten med caser om meldeplikt og samtaler med barn. Mens jeg skrev dette kom en kollega inn og sa at en far står ved porten med en kniv og venter på mora. Hvor mange caser passer for en kveld?';
    assert.equal(detectEmergency(course).emergency, true);
    // A model that reads every text as even odds leaves the verdict to the rules and the time.
    const even = { threshold: 0.5, veto: 0, bias: 0, weights: {} };
    const rota = 'Jeg lager ferielista for sommeren. En mor sa i dag at hun blir drept hvis hun tar med seg barna, og hun skal hjem til ham etter timen. Hvem godkjenner ferien?';
    assert.equal(clauseAlarm(rota, even), true);
    assert.equal(clauseAlarm(rota.replace(', og hun skal hjem til ham etter timen', ''), even), false);
  });

  it('reads a bruise after a vaccine and a key locked in a room as no harm, and a person locked in as danger, by the rules alone', () => {
    byRules(false, ['Jeg har et blåmerke på armen etter vaksinen i går, skal jeg melde bivirkning?', 'Nøklene til bilen er låst inne i garasjen nå, hvem har reservenøkkel?']);
    byRules(true, ['Han har låst henne inne på badet nå og vil ikke slippe henne ut.']);
  });

  it('reads a killing decided in the passive, and shouting that has gone on for the last half hour, as danger by the rules alone', () => {
    byRules(true, ['Onkelen har sagt at hun skal drepes, og de kommer for å hente henne i kveld.', 'Mannen i leiligheten under har ropt i over en halvtime og knust noe mot døra.']);
    // A meeting half an hour long is no shouting.
    byRules(false, ['Møtet har holdt på i over en halvtime, kan vi ta pause?']);
  });

  it('reads a bruise as harm done before: danger by the rules with a time to come or on the neck, not alone or seen today', () => {
    byRules(false, ['En beboer har blåmerker på armene og sier hun falt i dusjen. Hva skal jeg skrive?', 'An elderly client has bruises she will not explain. What should I do?', 'A boy fell in the gym today and bruised his knee. Do I write a report?']);
    byRules(true, ['Hun har ferske blåmerker og sier at mannen kommer tilbake i ettermiddag for å fortsette.', 'Eleven har blåmerker på halsen og vil ikke si hvem som gjorde det.']);
  });

  it('judges one sentence of a long message even when the notes list cases not yet closed, or the agenda has a case load', () => {
    const notes =
      'Jeg skriver referat fra personalmøtet og lurer på hvordan vi fører saker som ikke er avsluttet. Vi tok opp turnus og innkjøp av hansker. Under møtet ringte en bruker og sa at sønnen kommer med kniven i kveld hvis hun ikke betaler ham. Skal referatet sendes til alle?';
    assert.equal(detectEmergency(notes).emergency, true);
    const agenda =
      'Please help me order the agenda for our team meeting: case load, sick leave and the new archive. We always run late on the first item. A client rang earlier and said her ex is parked outside her flat with an axe and has sworn he will get in tonight. How long should each item take?';
    assert.equal(detectEmergency(agenda).emergency, true);
  });

  it('reads a pillow held over the face, a friend locked in to be flown out of the country tonight, and bleeding told in the present, as danger', () => {
    byRules(true, [
      'Kona hans har sagt at hun skal legge puta over ansiktet hans i natt.',
      'Venninnen hennes er innelåst hos familien og skal sendes ut av landet med et fly i natt.',
      'My neighbour is at my door, her lip is bleeding and her partner is coming after her with a bat.',
    ]);
    // No one locked in, by a rule of the cold store.
    byRules(false, ['Må fryserommet ha nødåpner på innsiden så ingen blir innelåst ved et uhell?']);
  });

  it('reads an hour earlier and after the rehearsal as times of today, not as the past or as practice', () => {
    const rehearsal = 'Vi søker midler til et teaterprosjekt for ungdom. En elev ble igjen etter øvingen i dag og sa at broren har lovet å stikke henne med kniv når hun kommer hjem. Hvordan formulerer jeg målgruppen?';
    assert.equal(detectEmergency(rehearsal).emergency, true);
    const earlier = 'Vi skal ha fagdag i haust og treng eit program. Ei assistent fortalde at sambuaren sit heime med ei hagle og har sagt at han skal skyte henne når ho kjem frå jobb, men ho ville berre ha fri ein time tidlegare. Kor lang bør lunsjen vere?';
    assert.equal(detectEmergency(earlier).emergency, true);
  });

  it('reads an animal that attacks, a pet shut in, a machine that chokes, a process killed, a fire smothered, knocking pipes, a record beaten and a hole punch as no harm', () => {
    const everyday = [
      'Hunden på gården ved siden av angriper postkassen vår hver morgen. Hvem tar seg av løse hunder?',
      'Katten til vaktmesteren er stengt inne i ventilasjonsrommet nå. Hvem har nøkkel?',
      'The lawnmower at the depot keeps choking. Who handles repairs?',
      'Motoren på gressklipperen kveles hver gang jeg gir gass, og vi skal klippe banen i kveld.',
      'Hvordan dreper jeg prosessen når Teams henger nå?',
      'Hvordan kveler man en fettbrann på kjøkkenet?',
      'Hvor slår jeg av varmekablene i gangen? Det er altfor varmt nå.',
      'Radiatorene banker høyt om natta nå. Hvem lufter dem?',
      "Could our running team beat last year's relay record tonight?",
      'Where can I order a heavy-duty hole punch? The old one broke today.',
    ];
    byRules(false, everyday);
    for (const q of everyday) assert.equal(mentionsHarm(q), false, q);
    // Only the thing right before its verb: a man in a car strangling her is no machine.
    byRules(true, ['Han sitter i bilen og kveler henne nå.']);
    assert.equal(mentionsHarm('Han sitter i bilen og kveler henne.'), true);
    // Danger denied still tells of someone at risk: the field's.
    assert.equal(mentionsHarm('Hun er ikke i fare nå, men eksen følger med på telefonen hennes.'), true);
  });

  it('reads a child who laughed a quoted threat off as joking', () => {
    const laughed = 'En elev sa at moren «kommer til å drepe meg» fordi hun fikk dårlig karakter. Hun lo og virket ikke redd. Hvordan følger vi opp?';
    assert.equal(detectEmergency(laughed, { threshold: 2, veto: 0.031, bias: -3.3, weights: {} }).emergency, false);
    assert.equal(detectEmergency(laughed.replace('Hun lo og virket ikke redd.', 'Hun gråt.'), { threshold: 2, veto: 0.031, bias: -3.3, weights: {} }).emergency, true);
  });

  it('lets the model alone raise no alarm for a message the field model reads as everyday', () => {
    // A model sure of every text, and field models sure it is the field's or not.
    const sure = { threshold: 0.5, veto: 0, bias: 5, weights: {} };
    const snow = 'Hjelp nå! Snøfonna foran inngangen er så høy at varebilen ikke kommer fram.';
    assert.equal(detectEmergency(snow, sure, { model: { bias: -5, weights: {} }, bar: 0.1 }).emergency, false);
    assert.equal(detectEmergency(snow, sure, { model: { bias: 5, weights: {} }, bar: 0.1 }).emergency, true);
    // The rules are not gated: their words are the field's.
    assert.equal(detectEmergency('Han truer med å drepe henne i kveld.', sure, { model: { bias: -5, weights: {} }, bar: 0.1 }).emergency, true);
  });

  it('reads a worker telling what goes on where she stands as no practice, though the message is about cases for a course', () => {
    const course =
      'Jeg lager et opplegg for en fagdag med gruppearbeid og caser. Jeg trenger tre caser og spørsmål til hver gruppe. Til info er jeg på jobb, og i huset der jeg står, holder mannen kona fast mot veggen og roper at hun skal dø. Kan du foreslå en tidsplan?';
    assert.equal(detectEmergency(course).emergency, true);
    // The same scene written as a case for the course is practice.
    assert.equal(detectEmergency('Jeg lager caser til fagdagen. I en av dem holder mannen kona fast mot veggen og roper at hun skal dø. Kan du foreslå spørsmål?').emergency, false);
  });

  it('reads a threat to hold work back, lightning, a lift stuck, a stalled engine, a store-room door kicked in, hide and seek, a pet shut in and ivy on a tree as no harm', () => {
    const everyday = [
      'Vaktmesterne truer med å ikke møte i kveld hvis overtiden ikke blir betalt. Hva sier avtalen?',
      'The cleaners threaten to strike tonight. Who negotiates with them?',
      'Lynet slo ned i masta ved barnehagen i natt, og nå virker ingen telefoner. Hvem ringer jeg?',
      'Heisen på sykehjemmet stoppet, og to beboere satt innestengt i en halvtime i kveld. Hvem har serviceavtalen?',
      'Jeg kveler alltid motoren på den nye varebilen i bakkene. Har noen tips?',
      'Noen sparket inn døra til lageret ved kunstgressbanen i natt. Hvem tar skademeldingen?',
      'Har dere tips til gjemsel i skolegården uten at elevene gjemmer seg utenfor gjerdet?',
      'Hunden vår satt innestengt i garasjen hele helga. Nå spiser den ikke. Bør vi til dyrlegen?',
      'Why is the ivy strangling the birch behind the school, and when should we cut it?',
    ];
    byRules(false, everyday);
    for (const q of everyday) assert.equal(mentionsHarm(q), false, q);
    // A threat to hold someone back, or a person shut in a lift by someone, stays danger.
    byRules(true, ['Han truer med å drepe henne hvis hun ikke møter ham i kveld.', 'Han har låst henne inne i heisen nå og nekter å slippe henne ut.']);
  });

  it('reads a case supposed some day, a simulation, a short story made up, an arrest, the shelter and no contact since as no danger now', () => {
    byRules(false, [
      'Hva gjør jeg hvis en elev en dag sier at faren skal drepe henne i kveld? Jeg vil ha en plan klar.',
      'What should I say if a patient ever tells me her husband is outside with a knife?',
      'I simuleringen på kurset sier «pasienten» at mannen kveler henne hver natt. Hvordan bør studentene svare?',
      'En elev skrev i en novelle om en mor som sier «i natt skal du dø». Den er oppdiktet, sier hun. Bør vi følge opp?',
      'He was arrested last night for threatening her with a knife. She and the kids are at the shelter now. What should the nursery do tomorrow?',
      'Politiet var hos familien i natt og tok med seg faren etter at han slo mora. Hva skriver vi i journalen?',
      'A mother told me her ex threatened to kill her years ago. She has had no contact since he moved abroad. Should I note it?',
    ]);
    // A threat on a condition is no case supposed, and a release undoes the arrest.
    byRules(true, [
      'Han har sagt at han dreper henne hvis hun noen gang går fra ham, og hun går fra ham i kveld.',
      'He was arrested last night for threatening to kill her, but was released this morning and is outside her door now.',
    ]);
    // The shelter is safety for her, not for the one she fled: "he is at the shelter" is him there.
    assert.equal(detectEmergency('Her ex is at the shelter now and is banging on the door.', { threshold: 2, veto: 0, bias: 0, weights: {} }).emergency, true);
  });

  it('reads a partner who tied her up and promised worse when he gets home, told in a long routine message, as danger', () => {
    const routine =
      'Please book two of us on the first aid course in May. One of us needs a gluten-free lunch. Separately, a patient I saw today said her partner tied her to a bed last night and has promised to do worse when he gets home from work, and she has nowhere to go. Invoices to the usual address.';
    assert.equal(detectEmergency(routine).emergency, true);
  });

  it('reads a danger told after a meeting thanked for, and a threat laughed at by the one who makes it, as danger', () => {
    const minutes =
      'Takk for et fint foreldremøte i kveld. Kort om det vi avtalte: dugnad i april og tur i juni. Til ledelsen: en mor fortalte etterpå at faren har skaffet seg et gevær og sier han henter barna i natt, og hun tør ikke dra hjem. Referatet kommer i morgen.';
    assert.equal(detectEmergency(minutes).emergency, true);
    // A meeting tonight about the case is still the meeting's.
    assert.equal(detectEmergency('Vi har ansvarsgruppemøte i kveld om en familie der far har slått. Barna bor nå hos mormor og far har besøksforbud. Hva skal stå på sakslista?').emergency, false);
    assert.equal(detectEmergency('Han har sagt at han skal kjøre meg og barna ut på isen i kveld. Han ler når han sier det, men han har gjort farlige ting før.').emergency, true);
  });

  it('reads "every time he comes home", a partner described as violent whom she left, broken glass found and no blow for over a year as no danger now, by the rules alone', () => {
    byRules(false, [
      'En mor sier at mannen ikke har slått på over et år, men at alle er anspente hver gang han kommer hjem. Er det vold?',
      'A client who left a violent husband now has appointments with NAV, her GP and child welfare. How do we coordinate?',
      'I dag lå det knust glass på gulvet hos en eldre bruker som bor med sønnen. Er eldre i en slik situasjon mer utsatt?',
    ]);
    byRules(true, ['Pappa har knust flasker på kjøkkenet og slår mamma nå.', 'He is violent and drunk and coming home tonight.', 'Han har slått henne før, og han kommer hjem i kveld.']);
  });

  it('reads a call to come quickly, a cry for help a moment ago and a daughter to be married abroad tomorrow as danger', () => {
    assert.equal(detectEmergency('Mamma slår pappa, kom raskt.').emergency, true);
    assert.equal(detectEmergency('Naboen har bråket hele dagen, og kona hans ropte om hjelp for litt siden.').emergency, true);
    const update =
      'Update from the reception team: the new desks arrived and the printer works again. A father at the drop-in said the family flies out tomorrow morning, and that his daughter will be married to a man back home. The rota for December is on the shared drive.';
    assert.equal(detectEmergency(update).emergency, true);
  });

  it('reads a storm, a machine that switches off, a knife enough for the kitchen and a snowplough that broke a mailbox as no harm', () => {
    for (const q of [
      'Stormen i kveld truer med å velte teltet på skoleplassen. Hvem kan hjelpe oss å ta det ned?',
      'Kaffemaskinen slår seg av etter et minutt. Hvem ringer jeg?',
      'Skal eg kjøpe ei kvitløkspresse, eller held det med kniv?',
      'Traktoren knuste gjerdet vårt i natt. Hvor sender vi krav om erstatning?',
    ]) {
      assert.equal(detectEmergency(q).emergency, false, q);
    }
  });

  it('reads an exam task, a case for a course, a script for a phone line, a question with no case behind it and a closed case as no danger now', () => {
    for (const q of [
      'Eksamensoppgave: «Ei jente sier at faren skal drepe henne i kveld.» Hvordan svarer jeg med tanke på avvergeplikten?',
      'Kan du lage ein case der ein gut ringjer og seier han blir send ut av landet i dag?',
      'What if someone calls and says her partner will hurt her tonight? We are rewriting the script for the helpline.',
      'Hvis en bruker sier at sønnen kommer i kveld for å slå henne, hva gjør vi? Det er ingen konkret sak, vi lager rutiner.',
      'I en avsluttet sak fra i fjor skrev gutten: «Han dreper oss i natt.» Kan vi bruke teksten anonymt på kurs?',
      'Mora fortel at faren har sagt han skal ta dei med til utlandet neste sommar. Kva kan vi gjere?',
      'I går måtte vi ringe politiet da en far kom med kniv. Han ble tatt med, og barna er hos mormor. Hva sier vi til de andre?',
    ]) {
      assert.equal(detectEmergency(q).emergency, false, q);
    }
    // Read narrowly: a question about calling the police, a film on and an old case named are no case handled or made up.
    for (const q of [
      'Skal vi ringe politiet? Hun bor hos meg, og han står utenfor døra nå.',
      'We are watching a film and he is banging on the door now, he says he will kill me.',
      'Eksen står utenfor nå og roper om en gammel sak, og han har kniv.',
    ]) {
      assert.equal(detectEmergency(q).emergency, true, q);
    }
  });
});
