import assert from 'node:assert/strict';
import { analyzeQuestion, contentWords, quotedPhrases, termOf, withoutUrlPaths } from '../../src/knowledge/analyzer';
import { normalizeText, tokenize } from '../../src/knowledge/normalize';
import { PHRASES } from '../../src/knowledge/glossary';
import { Vocabulary } from '../../src/knowledge/vocabulary';

function vocabOf(text: string): Vocabulary {
  const v = new Vocabulary();
  for (const t of tokenize(normalizeText(text))) v.add(t.word);
  v.freeze();
  return v;
}

const vocab = vocabOf(
  'hvem har ansvar for opplæring av nyansatte om vold i nære relasjoner. avvergeplikt og meldeplikt. Meråker kommune. ' +
    'fagdager temadager pådriver barnevernet krisesenteret bekymret barn',
);
const words = (q: string): string[] => analyzeQuestion(q, vocab, 3).words;

describe('question analysis', () => {
  it('reads a word typed with a hyphen inside as the document\'s word ("trygg-est" is TryggEst)', () => {
    const v = vocabOf('TryggEst er en modell. barnevernet');
    assert.ok(analyzeQuestion('hva er trygg-est?', v, 3).words.includes('tryggest'));
    // A hyphenated name the documents do not write as one word is left as typed.
    assert.ok(!analyzeQuestion('hva gjør SLT-koordinator?', v, 3).words.includes('sltkoordinator'));
  });

  it('keeps a name the documents read as another word in an English question ("KONVO")', () => {
    // The knowledge base builds its vocabulary from content words, where KONVO is read as "konsultasjonsteam".
    const v = new Vocabulary();
    for (const { word } of contentWords('KONVO er kommunens konsultasjonsteam')) v.add(word);
    v.freeze();
    assert.ok(analyzeQuestion('What is KONVO actually, and who sits on it?', v, 3).words.length > 0);
  });

  it('searches the plan words of an everyday phrase beside the phrase\'s own words', () => {
    const everyday = 'snakke med noen';
    const plan = PHRASES[everyday]!;
    assert.ok(plan, 'the shipped glossary has the phrase');
    const q = analyzeQuestion(`Hun vil bare ${everyday} om det`, vocab, 3);
    for (const w of plan.split(' ')) assert.ok([...q.terms.keys()].includes(termOf(w)), `${everyday} → ${w}`);
  });

  it('reads an everyday phrase told with another possessive as the same phrase ("tar pensjonen hans")', () => {
    const everyday = 'tar pensjonen hennes';
    const plan = PHRASES[everyday]!;
    assert.ok(plan, 'the shipped glossary has the phrase');
    for (const told of ['Sønnen tar pensjonen hans hver måned', 'Sonen tar pensjonen min']) {
      const q = analyzeQuestion(told, vocab, 3);
      for (const w of plan.split(' ')) assert.ok([...q.terms.keys()].includes(termOf(w)), `${told} → ${w}`);
    }
  });

  it('reads a short question of English words the glossary knows as English, with one function word', () => {
    assert.equal(analyzeQuestion('what counts as economic violence?', vocab, 3).english, true);
    assert.equal(analyzeQuestion('Hva regnes som økonomisk vold?', vocab, 3).english, false);
  });

  it('reads "for" as a word of both languages: a Norwegian question with three is no English one', () => {
    assert.equal(analyzeQuestion('Hva er fristen for strategien for kommunale tiltak for sinnemestring?', vocab, 3).english, false);
    assert.equal(analyzeQuestion('Which national plan for 2024-2028 guided the action plan?', vocab, 3).english, true);
  });

  it('keeps question words out of the topic', () => {
    assert.deepEqual(words('Hva menes med vold i nære relasjoner?'), ['vold', 'nære', 'relasjoner']);
    assert.deepEqual(words('Hvem regnes som nyansatte?'), ['nyansatte']);
  });

  it('reads where the asker works as context, not as the topic ("jeg jobber i barnehagen")', () => {
    const topic = words('Jeg jobber i barnevernet. Hvem jobber med nyansatte?');
    assert.ok(topic.includes('nyansatte'), topic.join(' '));
    assert.ok(!topic.some((w) => w.startsWith('jobb')), topic.join(' '));
  });

  it('reads a word the glossary knows as itself, never as a typo of a corpus word', () => {
    const withSoul = vocabOf('sjelen vold leder');
    // "sjefen" is one edit from the corpus's "sjelen", but the glossary knows it (a leader).
    const q = analyzeQuestion('Må jeg si det til sjefen?', withSoul, 3);
    assert.ok(q.words.includes('sjefen') && !q.words.includes('sjelen'), q.words.join(' '));
    assert.ok(q.groups.find((g) => g.word === 'sjefen')!.terms.has(termOf('leder')));
  });

  it('keeps a capitalised name even when it spells a stopword', () => {
    assert.deepEqual(words('Hva er Tidlig Inn?'), ['tidlig', 'inn']);
    assert.deepEqual(words('hva er tidlig inn'), ['tidlig']);
  });

  it('reads Nynorsk words as the Bokmål words of the plans', () => {
    assert.deepEqual(words('Kven har ansvar for opplæringa av nytilsette?'), ['ansvar', 'opplæringen', 'nyansatte']);
    assert.deepEqual(words('Kva gjer eg når eg er uroleg for eit born?'), ['bekymret', 'barn']);
  });

  it('translates an English question with the field glossary, phrases first', () => {
    const w = words('who should new employees get training from about domestic violence?');
    for (const x of ['nyansatte', 'opplæring', 'vold', 'nære', 'relasjoner']) assert.ok(w.includes(x), x);
  });

  it('reads everyday English staff write about services: spotting early, screening, the benefits office, expecting a baby', () => {
    const w = words('how do we spot it earlier at the benefits office, and is there screening for people expecting a baby?');
    for (const x of ['avdekke', 'tidlig', 'nav', 'kartlegging', 'gravide']) assert.ok(w.includes(x), `${x} in ${w.join(' ')}`);
  });

  it('reads loose English of hunches and working together as the plans\' words: a hunch, red flags, cross-disciplinary', () => {
    const w = words('I have a hunch and see some red flags; should we set up a cross disciplinary meeting?');
    for (const x of ['magefølelse', 'tverrfaglig']) assert.ok(w.includes(x), `${x} in ${w.join(' ')}`);
  });

  it('reads another form of an English word through the glossary\'s form of it', () => {
    // The glossary has "residents", "control" and "detect"; the question says "resident", "controls", "detecting".
    const w = words('a resident says her son controls her phone, how do we go about detecting it?');
    for (const x of ['innbyggere', 'kontroll', 'avdekke']) assert.ok(w.includes(x), `${x} in ${w.join(' ')}`);
  });

  it('reads "called" as a name asked for, not a phone call, and "called the police" as a call made', () => {
    const named = words('What is the team for adults at risk called?');
    assert.ok(named.includes('kalles') && !named.includes('ringe'), named.join(' '));
    assert.ok(words('I called the police yesterday, what now?').includes('ringte'));
  });

  it('keeps names the documents use in an English question, and drops English it cannot read', () => {
    const w = words('In Meråker, who is the driving force behind the training days?');
    assert.ok(w.includes('meråker'));
    assert.ok(w.includes('pådriver'));
    assert.ok(!w.includes('behind'));
  });

  it('reads "hjelpe" and the plans\' "bistår" as the same act, at half weight', () => {
    const q = analyzeQuestion('Kan jeg hjelpe henne?', vocab, 3);
    assert.ok((q.terms.get(termOf('bistår')) ?? 0) > 0);
  });

  it('folds domain synonyms together', () => {
    assert.equal(termOf('avvergingsplikt'), termOf('avvergeplikt'));
    assert.equal(termOf('opplysningsplikten'), termOf('meldeplikt'));
    assert.equal(termOf('bvt'), termOf('barneverntjenesten'));
  });

  it('reads a typo as the nearest corpus word, with less weight than a word read right', () => {
    const q = analyzeQuestion('Hvem har ansvar for opplærign?', vocab, 3);
    assert.ok(q.words.includes('opplæring'));
    assert.ok((q.terms.get(termOf('opplæring')) ?? 0) < 1);
    assert.equal(q.terms.get(termOf('ansvar')), 1);
  });

  it('splits an unknown compound into known parts at a lower weight', () => {
    const q = analyzeQuestion('kjærestevold', vocabOf('vold mellom kjæreste og ektefelle kjæreste'), 3);
    assert.ok((q.terms.get(termOf('vold')) ?? 0) > 0);
    assert.ok((q.terms.get(termOf('vold')) ?? 1) < (q.terms.get(termOf('kjærestevold')) ?? 0));
  });

  it('reads a question about who a team is made of', () => {
    const read = (q: string): boolean | undefined => analyzeQuestion(q, vocab, 3).members;
    assert.equal(read('Hvem sitter i konsultasjonsteamet?'), true);
    assert.equal(read('Kven er med i teamet?'), true);
    assert.equal(read('Who is on the team?'), true);
    assert.equal(read('Hvem er representert i teamet?'), true);
    assert.equal(read('hvem sitter egentlig i teamet?'), true);
    assert.equal(read('Hvem har ansvar for teamet?'), false);
  });

  it('reads a glossary phrase in the plural, but a single word in the plural as the documents write it', () => {
    const terms = (q: string): string[] => [...analyzeQuestion(q, vocab, 3).terms.keys()];
    // "new hire" → nyansatte; in the plural too, not "new" read alone as "ny".
    assert.ok(terms('When do new hires get their training?').includes(termOf('nyansatte')));
    assert.ok(!terms('When do new hires get their training?').includes(termOf('ny')));
  });

  it('reads the intent from the question words', () => {
    const intent = (q: string): string => analyzeQuestion(q, vocab, 3).intent;
    assert.equal(intent('Hva er latent vold?'), 'define');
    assert.equal(intent('Hvordan beskriver planen digital vold?'), 'define');
    assert.equal(intent('Hvem ringer jeg om kvelden?'), 'contact');
    assert.equal(intent('Hva er telefonnummeret til barnevernvakten?'), 'contact');
    assert.equal(intent('Hva er e-posten til kompetanseteamet?'), 'contact');
    // When one can call is told with the number, by its opening hours.
    assert.equal(intent('Når kan jeg ringe kompetanseteamet?'), 'contact');
    assert.equal(intent('Når er temadagen?'), 'when');
    assert.equal(intent('What time of year is the theme day held?'), 'when');
    assert.equal(intent('Hvor ofte gjennomgås meldeplikten?'), 'when');
    assert.equal(intent('Hvor lang tid har vi på oss til å lage rutinene?'), 'when');
    assert.equal(intent('Hva gjør jeg når jeg er bekymret for et barn?'), 'howto');
    assert.equal(intent('Hvem har ansvar for opplæringen?'), 'who');
    // Who is responsible for a web page or a phone line is still "who", not whom to contact.
    assert.equal(intent('Hvem har ansvar for ressurssiden på kommunens nettsider?'), 'who');
    assert.equal(intent('Hvem har ansvar for telefonen, og hvem ringer jeg?'), 'contact');
    // An interpreter on the phone is a service, not a number to call.
    assert.equal(intent('Hvem skal følge opp at NAV får rutiner for telefontolk?'), 'who');
    assert.equal(intent('Hvor finner jeg telefonnummeret til krisesenteret?'), 'contact');
    // English plurals ask for addresses as the singular does.
    assert.equal(intent('Which websites can we give parents about violence in the family?'), 'contact');
    assert.equal(intent('Which links do you have for teenagers about dating violence?'), 'contact');
    assert.equal(intent('Hvor mange barn bor på krisesenteret?'), 'howmany');
    assert.equal(intent('What should I do if I suspect abuse?'), 'howto');
    assert.equal(intent('atv hva er det'), 'define');
    // A question asking for the plan's word for what it describes: its frame is no topic.
    for (const q of ['Hva kaller planen det når noen knuser tingene til partneren?', 'Finnes det et eget ord for vold mellom kjærester?', 'What does the plan call the service for adults at risk?', 'Is there a word for violence that hangs in the air?']) {
      assert.equal(intent(q), 'define', q);
      const read = analyzeQuestion(q, vocab, 3);
      for (const frame of ['kall', 'ord', 'ring', 'plan']) assert.equal(read.terms.has(frame), false, `${q}: ${frame}`);
    }
    // "What does the plan say …" asks what it says to do, not what a word means; "what does X mean" does.
    assert.notEqual(intent('What does the plan say we should offer her?'), 'define');
    assert.equal(intent('What does latent violence mean?'), 'define');
    // "… er det vold?" asks which kind of violence a told case is: the definitions answer.
    assert.equal(intent('Mannen tar hele lønna hennes, er det vold?'), 'define');
    assert.equal(analyzeQuestion('Regnes dette som vold?', vocab, 3).classify, true);
    assert.equal(analyzeQuestion('Hva er vold?', vocab, 3).classify, false);
    // So do "hva slags vold er det?", "hva kalles dette?", "er det negativ sosial kontroll?".
    for (const q of ['Han tar pengene hennes. Hva slags vold er det?', 'Familien sjekker telefonen hennes. Hva kalles dette?', 'Broren følger henne overalt. Er dette negativ sosial kontroll?']) {
      assert.equal(intent(q), 'define', q);
      assert.equal(analyzeQuestion(q, vocab, 3).classify, true, q);
    }
    // "What does our plan call this?" asks what the plan defines in the words told: a definition,
    // though "call" is otherwise a call to someone.
    assert.equal(intent('Her family checks her phone. What does our plan call this?'), 'define');
    assert.equal(intent('Hvilket nummer kan jeg ringe?'), 'contact');
    assert.equal(analyzeQuestion('Hva slags tiltak har kommunen?', vocab, 3).classify, false);
    // "Is that something the plan counts as violence?" asks which kind a told case is, even when
    // the case says "who she can see"; "Hva regnes som kjærestevold?" asks what a word means.
    const told = 'Her family reads her messages and decides who she can see. Is that something the plan counts as violence?';
    assert.equal(intent(told), 'define');
    assert.equal(analyzeQuestion(told, vocab, 3).classify, true);
    assert.equal(analyzeQuestion('Hva regnes som kjærestevold?', vocab, 3).classify, false);
    // "Hva er det som …" asks what does something, not what a thing is.
    assert.notEqual(intent('Hva er det som skal koordinere sakene?'), 'define');
    // "når" with a verb right after it asks when, wherever it stands; "når jeg er …" is "if".
    assert.equal(intent('jobber i barnevernet – når må vi ha rutinene klare?'), 'when');
    assert.equal(intent('fagdagene der alle enhetene møtes – når på året er de?'), 'when');
    assert.equal(intent('the theme day for staff, what time of the year is it held?'), 'when');
    assert.equal(intent('Hva gjør jeg når jeg er urolig for et barn?'), 'howto');
    assert.equal(intent('Hva er tidsrommet for tiltaket?'), 'when');
    // A time asked for after an opening, in a compound, or in Nynorsk (read as "hva tid").
    assert.equal(intent('quick q - when did the convention come into force?'), 'when');
    assert.equal(intent('Hva er søknadsfristen for tilskuddet?'), 'when');
    assert.equal(intent('kva tid på året blir fagdagen halden?'), 'when');
    assert.equal(intent('ny ansatt her, når får jeg opplæring?'), 'when');
    assert.equal(intent('Siden når har helsetjenesten hatt denne plikten?'), 'when');
    assert.equal(intent('which years is the toolbox supposed to be made?'), 'when');
    assert.equal(intent('What should I do when I see bruises?'), 'howto');
    // "videreføring" holds no "ring": a word does not end at "ø".
    assert.equal(intent('Hva er fristen for videreføring av drift?'), 'when');
    // "Hva er første steg?" asks how, though it opens as "what is".
    assert.equal(intent('Eleven vil ikke si mer. Hva er første steg for meg?'), 'howto');
    assert.equal(intent('Hva er riktig fremgangsmåte når en beboer blir klypet?'), 'howto');
    // Who makes a web page is "who"; whom to call about one is still "contact".
    assert.equal(intent('Hvem lager ressurssiden på kommunens nettsider?'), 'who');
    assert.equal(intent('Who makes the procedures for the crisis centre?'), 'who');
    assert.equal(intent('Hvem er det som lager ressurssiden om vold på nettsidene?'), 'who');
    assert.equal(intent('Hvem står bak nettsiden med hjelpetilbud?'), 'who');
    assert.equal(intent('Who is behind the website for residents?'), 'who');
    assert.equal(intent("Who's behind the website for residents?"), 'who');
    assert.equal(intent('Hvem ringer jeg om nettsiden?'), 'contact');
    // Dialect question words, and "is there someone I can go to".
    assert.equal(intent('Kem har ansvaret for at meldeplikten blir gjennomgått?'), 'who');
    assert.equal(intent('finnes det noen på NAV jeg kan gå til med spørsmål om vold?'), 'who');
    assert.equal(intent('Er det noen som faktisk skal sørge for at vi får tid til kurset?'), 'who');
    // "… and when?" at the end asks when too.
    assert.equal(intent('Do we post about the theme day on social media too, and when?'), 'when');
  });

  it('keeps the names a question quotes, as written, stop words and all', () => {
    assert.deepEqual(quotedPhrases("Hva er 'Tidlig inn'? Helsesykepleieren nevnte det"), ['tidlig inn']);
    assert.deepEqual(quotedPhrases('Hva gikk «En uke mot vold» ut på?'), ['en uke mot vold']);
    assert.deepEqual(quotedPhrases("Hvordan funker den 'Oh shit'-planen?"), ['oh shit']);
    // One word is a word, not a name to hold as written; an apostrophe in a word quotes nothing.
    assert.deepEqual(quotedPhrases("Hva betyr 'meldeplikt'? Det er barnas beste, ikke foreldrenes"), []);
  });

  it('reads a web address as its site name, not the words of its path', () => {
    assert.equal(withoutUrlPaths('se https://www.helsenorge.no/psykisk-helse/vold-og-overgrep.').trim(), 'se  helsenorge'.trim());
  });
});
