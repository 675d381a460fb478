import { contentWords, namesToldKind, wordTerms } from './analyzer';
import { isRosterLine } from './roster';
import { fitsIntent } from './answer-types';
import type { Intent } from './intent';
import type { Passage, PlacedUnit, SectionLines } from './passages';
import { EVALUATION_LABEL, MEMBERS, RESPONSIBLE, ROLE_CELL, TIME_FACT, WHEN_LABEL, WHO_LABEL } from './fact-kinds';
import { isUrlOnly, SectionView, words } from './section-view';
import type { Vocabulary } from './vocabulary';
import { factKey } from './reading';

/**
 * Longest answer we compose, in words: staff read it on a phone, under stress. A unit longer
 * than this is still shown whole (a cut sentence is a fragment); nothing is added to it.
 */
export const MAX_ANSWER_WORDS = 80;
/** Longest list shown, in items; the rest is behind "Les mer". */
const MAX_ITEMS = 8;
/** The steps of a "what do I do" answer are shown whole, up to this many words. */
const MAX_STEPS_WORDS = 130;
/** A table cell longer than this is a paragraph, not a cell to read with its row. */
const ROW_CELL_WORDS = 30;
/** The most words of a table cell that names who is responsible ("Virksomhetsledere i Oppvekst"). */
const ROLE_CELL_WORDS = 6;
/** Lines a flattened table's row runs over at most, its cells and their lists. */
const ROW_LINES = 12;
/** Cells a row has before its role cell at most: its group, goal, measure and how and when. */
const ROW_CELLS = 4;
/** A line that opens with its own name and a colon ("Forebyggende plan for barn og unge: …"). */
const OWN_NAME = /^[^:]{2,60}:\s/u;
/** What a cell that says when weighs, against other units, for a question that asks something else. */
const OFF_INTENT_CELL = 0.3;
/** A sentence whose content is told elsewhere: "… er beskrevet under kapittel Barn og unge." */
const POINTS_ELSEWHERE = /(?<!\p{L})(beskrevet|beskrives|omtalt|omtales|omtala|behandlet|behandles|utdypet|utdypes) (under|i) (kapittel|kapitlet|kap\.|avsnitt|avsnittet|delkapittel|punkt)(?!\p{L})|^(se|sjå|jf\.?) (kapittel|kap\.|avsnitt|punkt)(?!\p{L})/iu;
/**
 * A finding reported from research ("Forskning og erfaringer peker på at … et team som har ansvar
 * …"): it tells why, never who does it, when or how here.
 */
const REPORTS_FINDINGS = /^(forskning|erfaring|erfaringer|studier|undersøkelser|research|studies)(?!\p{L})[^.]{0,80}?(?<!\p{L})(viser|peker på|tyder på|indikerer|shows?|suggests?|indicates?)(?!\p{L})/iu;
/** The intents a reported finding does not answer. */
const NOT_FROM_FINDINGS: ReadonlySet<Intent> = new Set<Intent>(['who', 'when', 'contact', 'howto']);
/** A sentence that says by what means something is done: "Dette skal sikres gjennom …", "skjer ved at …". */
const TELLS_MEANS = /(?<!\p{L})(sikres|skjer|gjøres|gjennomføres|oppnås|ivaretas|løses|følges opp) (\p{L}+ ){0,2}(gjennom|ved (å|at|bruk av|hjelp av))(?!\p{L})/iu;
/** A line this short, in words, answers "who" or "when" at most. */
const SHORT_LINE_WORDS = 3;
/** A list in a table cell is shown whole as the fact asked for up to this many items. */
const MAX_FACT_ITEMS = 4;
/** A sentence takes the next sentence of its paragraph along while the two stay this short, in words. */
const PAIR_WORDS = 45;
/** Words of a bare "Tiltak:" cell read whole as one measure. */
const MEASURE_CELL_WORDS = 45;
/**
 * Lines such a cell has at least: two short lines are often two measures ("Kursdag …" / "Bruke
 * veilederen …"), and read together they outweigh a better place by their words alone.
 */
const MEASURE_CELL_LINES = 3;
/** A measure named in this few words, with no sentence, is shown with its when and who cells. */
const BARE_MEASURE_WORDS = 20;
/** A when or who cell this long is a text of its own, not a line on a bare measure's card. */
const BARE_MEASURE_CELL_WORDS = 15;
/** The line above a bracketed note, shown before it, is a goal or a heading of at most this many words. */
const NOTE_HEAD_WORDS = 25;
/** A lead-in this short ("Eksempel:", "Aktuelle programmer:") says nothing without what it leads into. */
const STRAY_LEAD_IN_WORDS = 4;

/**
 * What an answer is made of, for the card's label: the cell or unit that holds the asked fact,
 * a definition, a list, a measure with its text, or a sentence.
 */
export type AnswerShape = 'fact' | 'definition' | 'list' | 'measure' | 'sentence' | 'none';

/** A composed answer: the text the card shows, and what it is made of. */
export interface ComposedAnswer {
  text: string;
  shape: AnswerShape;
  /** The unit the question matched best, whose words say how well the answer fits. */
  matched?: PlacedUnit;
}

/** What composing needs to know about the question. */
export interface AnswerQuery {
  intent: Intent;
  /** The question asks for several things: a list right under the matched sentence answers it. */
  enumerate?: boolean;
  /** The question asks who made the plan: the list of its authors may answer (roster.ts). */
  authors?: boolean;
  /** The question asks who a team is made of: a sentence naming its members says who. */
  members?: boolean;
  /** The question asks who is responsible: in a table whose rows end with who does it, that cell answers. */
  responsible?: boolean;
  /** Question terms with their weight (already multiplied by idf). */
  terms: ReadonlyMap<string, number>;
  /** What an "er det vold?" question tells (analyzer `toldTerms`): the definition of the kind it names answers. */
  told?: ReadonlySet<string>;
}

/**
 * How well the passage's next best sentence must score, against the best, to be shown after it.
 * On the 613 dev questions the answer holds the fact in 0.693 without it, 0.715 at 0.5 and 0.718
 * at 0.2; below 0.5 the gain is two questions and the answers grow by a sentence more often.
 */
const RUNNER_UP = 0.5;

/** A sentence naming three or more things: "A, B og C", "A, B, C eller D". */
const ENUMERATES = /[^,]+,[^,]+,?\s(og|eller)\s/u;

/** A sentence that names three or more things, each in a few words: "COS-P, De utrolige årene, ICDP og PMTO". */
function namesSeveral(text: string): boolean {
  return text.split(/,\s*|\s(?:og|eller)\s/u).filter((part) => words(part) <= 4).length >= 3;
}

/** A sentence that leans on the one before it ("Dette er …", "Den skal …"). */
const LEANS_BACK = /^(dette|denne|disse|det|den|de|dem|her|slik|da|derfor|i tillegg|også|samtidig|videre)\b/iu;

/**
 * A role cell ("Rektor ved hver skole"), the row's last two cells on one line ("Hver vår Rektor ved
 * hver skole"), or a measure with its role at the line's end (`trailingRole`).
 */
function endsRow(text: string): boolean {
  return isRole(text) || timeAndRole(text) !== undefined || trailingRole(text);
}

/**
 * A measure and its role cell run together on one line, with no time between them ("… ivareta
 * dyr de har ansvar for Plangruppa for Handlingsplanen"): a capitalised role after a word in
 * lower case, at the line's end, starts the row's last cell.
 */
function trailingRole(text: string): boolean {
  const parts = text.split(' ');
  for (let k = Math.max(MIN_CELL_BEFORE_ROLE, parts.length - ROLE_CELL_WORDS); k < parts.length; k++) {
    const before = parts[k - 1]!;
    if (/^\p{Lu}/u.test(parts[k]!) && /^\p{Ll}+$/u.test(before) && isRole(parts.slice(k).join(' '))) return true;
  }
  return false;
}
/** Words a cell has at least before a role run together with it. */
const MIN_CELL_BEFORE_ROLE = 4;

/** A role cell: a few words naming who. A cell that says something ("Skolen skal styrke foreldrerollen") is a goal. */
const isRole = (t: string): boolean => words(t) <= ROLE_CELL_WORDS && ROLE_CELL.test(t) && !SAYS.test(t);

/** The row's last two cells run together on one line ("I løpet av våren 2023 Ledere i NAV Porsgrunn"): when, and who. */
function timeAndRole(text: string): { when: string; who: string } | undefined {
  const parts = text.split(' ');
  // The longest role that leaves a time before it: "Ledere i NAV Lunde", not "NAV Lunde".
  for (let k = Math.max(1, parts.length - ROLE_CELL_WORDS); k < parts.length; k++) {
    const who = parts.slice(k).join(' ');
    const when = parts.slice(0, k).join(' ');
    if (isRole(who) && TIME_FACT.test(when)) return { when, who };
  }
  return undefined;
}

/** The verbs that make a line a statement rather than the name of a role. */
const SAYS = /(?<!\p{L})(skal|må|kan|bør|vil|er|blir|får|har|gjør|sikrer|lager)(?!\p{L})/iu;

/**
 * A sentence that names what its paragraph defined only by its kind ("Teamet er …", "Tilbudet
 * gis …"). For questions of SUBJECT_INTENTS the name that was defined counts for it at
 * SUBJECT_WEIGHT, and it is shown after the sentence that defined it.
 */
const SUBJECT_WEIGHT = 0.5;
const SUBJECT_INTENTS: ReadonlySet<Intent> = new Set<Intent>(['who', 'howto', 'other']);
const SUBJECT_AGAIN = /^(Teamet|Teamene|Tilbudet|Tilbodet|Gruppa|Gruppen|Modellen|Nettverket|Nettverkene|Tjenesten|Tenesta|Senteret|Programmet|Prosjektet|Utvalget|Ordningen|Kurset|Verktøyet|Veilederen|Rettleiaren|Nettsiden|Ressurssiden|Rådet|Kontoret)\b/u;

/** A measure's name shown as one: "Tiltak: …", once. */
const asMeasure = (name: string): string => (/^tiltak\s*:/iu.test(name) ? name : `Tiltak: ${name}`);

/** Composes the answer a card shows from the best window of a section. */
class Composer extends SectionView {
  private readonly scores = new Map<PlacedUnit, number>();
  private readonly topicScores = new Map<PlacedUnit, number>();

  constructor(
    section: SectionLines,
    units: PlacedUnit[],
    private readonly q: AnswerQuery,
    private readonly vocab: Vocabulary,
  ) {
    super(section, units);
  }

  /** A line naming one of the plan's authors is shown only to a question about them. */
  override showable(u: PlacedUnit): boolean {
    return super.showable(u) && (this.q.authors === true || !isRosterLine(u.text));
  }

  /** A unit's idf-weighted share of the question's terms; a unit of the asked type gains. */
  score(u: PlacedUnit): number {
    return this.scored(this.scores, u, true);
  }

  /** The same share without the gain of the asked type: which unit is about what is asked. */
  private topicScore(u: PlacedUnit): number {
    return this.scored(this.topicScores, u, false);
  }

  private scored(cache: Map<PlacedUnit, number>, u: PlacedUnit, byIntent: boolean): number {
    const known = cache.get(u);
    if (known !== undefined) return known;
    const line = this.lines[u.first]!;
    const terms = new Set(wordTerms(contentWords(`${u.term} ${u.text} ${line.label ?? ''}`).map((w) => w.word), this.vocab));
    let s = 0;
    for (const [t, w] of this.q.terms) if (terms.has(t)) s += w;
    // "Teamet er tverretatlig sammensatt …" names what it is about only by its kind: the name the
    // sentence before it defined ("KONVO er kommunens konsultasjonsteam …") counts too.
    const named = this.subjectTerms(u);
    for (const [t, w] of this.q.terms) if (named.has(t) && !terms.has(t)) s += w * SUBJECT_WEIGHT;
    // Read for its topic alone, the asked type neither gains nor loses.
    if (byIntent) s *= this.askedTypeWeight(u);
    // "Er dette vold?" after "sønnen knuser tingene hans": "Materiell vold: …", not another kind
    // that shares the word "vold".
    if (u.kind === 'definition' && this.q.told && this.q.told.size > 0 && !fitsIntent('contact', u) && namesToldKind(new Set(wordTerms(contentWords(u.term).map((w) => w.word), this.vocab)), this.q.terms, this.q.told)) s *= 2;
    // Three words that are no list item ("Som gir bekymring") tell who or when at most: they
    // cannot say how, or what something is, so they answer only when nothing else does. A cell
    // under a table's header row is read with its row ("Barn i barneskolen" and its measure).
    else if (words(u.text) <= SHORT_LINE_WORDS && line.kind !== 'item' && !this.inTable(u) && (this.q.intent === 'howto' || this.q.intent === 'define' || this.q.intent === 'other')) s = 0;
    // "Hvilke programmer …?" is answered by a sentence that names several ("ICDP, De utrolige årene og COS-P").
    // So is the line that leads into a list ("… noen innsatsområder og målgrupper:").
    else if (this.q.enumerate && line.kind === 'para' && /:$/.test(u.text) && this.lines[u.last + 1]?.kind === 'item') s *= 2;
    else if (this.q.enumerate && line.kind === 'para' && ENUMERATES.test(u.text)) s *= 1.5;
    cache.set(u, s);
    return s;
  }

  /**
   * The sentence that defined what a sentence names again only by its kind ("Teamet er …"): the
   * nearest definition before it in its paragraph ("KONVO er kommunens konsultasjonsteam …").
   */
  private subject(u: PlacedUnit): PlacedUnit | undefined {
    const line = this.lines[u.first]!;
    if (line.kind !== 'para' || !SUBJECT_AGAIN.test(u.text)) return undefined;
    for (let k = u.first - 1; k >= 0 && this.lines[k]!.kind === 'para' && this.lines[k]!.group === line.group; k--) {
      const o = this.at(k);
      if (o && o.first === k && o.kind === 'definition' && o.term !== '') return this.showable(o) ? o : undefined;
    }
    return undefined;
  }

  /** The name a sentence stands for when it names it again only by its kind ("KONVO"), for questions that ask who, how or what. */
  private subjectTerms(u: PlacedUnit): Set<string> {
    const o = SUBJECT_INTENTS.has(this.q.intent) ? this.subject(u) : undefined;
    return o === undefined ? new Set() : new Set(wordTerms(contentWords(o.term).map((w) => w.word), this.vocab));
  }

  /** How the asked type weighs a unit: a fact of the asked kind gains, a cell or link of another kind loses. */
  private askedTypeWeight(u: PlacedUnit): number {
    const line = this.lines[u.first]!;
    // "Dette skal sikres gjennom undervisningsopplegg …" says how: a "how" question's asked type.
    if (this.q.intent === 'howto' && TELLS_MEANS.test(u.text)) return 1.5;
    // "Forskning … peker på at … et team som har ansvar …" names a role only as research found it.
    if (NOT_FROM_FINDINGS.has(this.q.intent) && REPORTS_FINDINGS.test(u.text)) return OFF_INTENT_CELL;
    // A link's text ("KS Læring kurssøk") is shown with its address: a place to find, as an address is.
    if (fitsIntent(this.q.intent, u) || (this.q.intent === 'contact' && line.link !== undefined)) return 1.5;
    // A "Tidsrom:" or "Frist:" cell says when; it repeats the measure's words but answers nothing else.
    if (this.q.intent !== 'when' && WHEN_LABEL.test(line.label ?? '')) return OFF_INTENT_CELL;
    // A document named with its address ("Forebyggende plan for barn og unge: https://…") says where
    // to read it: it answers "where", not what the document says.
    if (this.q.intent !== 'contact' && /https?:\/\//.test(u.text) && words(u.text.replace(/https?:\/\/\S+/g, '')) <= 8) return OFF_INTENT_CELL;
    // "… er beskrevet under kapittel Barn og unge." only says where the answer is told.
    if (POINTS_ELSEWHERE.test(u.text)) return OFF_INTENT_CELL;
    // A note in brackets ("(spesielt utsatte kan være: …)") is an aside to the line above it: it
    // may say who is meant, never how to do something.
    if (this.q.intent === 'howto' && /^\(.*\)[.]?$/su.test(u.text)) return OFF_INTENT_CELL;
    return 1;
  }

  /** A unit starting in lower case, no list item, with no text of its own before it to start it. */
  private orphanTail(u: PlacedUnit): boolean {
    if (!/^\p{Ll}/u.test(u.text) || /^(•|\d{1,2}\.)/u.test(u.text)) return false;
    const prev = this.at(u.first - 1);
    return !prev || !this.showable(prev);
  }

  /** The question asks about evaluating ("evalueres", "evaluering", "evaluate" read through the glossary). */
  private asksEvaluation(): boolean {
    const stems = wordTerms(['evaluering', 'evaluere', 'evalueres', 'evaluert'], this.vocab);
    return stems.some((t) => this.q.terms.has(t));
  }

  /** True when a unit holds the fact a question of this intent asks for. */
  holdsFact(u: PlacedUnit, intent: Intent): boolean {
    const label = this.line(u).label ?? '';
    // A flattened table's "who" cell is a short line naming a role: "Rektor ved hver skole".
    if (intent === 'who') return WHO_LABEL.test(label) || RESPONSIBLE.test(u.text.toLowerCase()) || (this.q.members === true && MEMBERS.test(u.text)) || (words(u.text) <= 8 && ROLE_CELL.test(u.text));
    if (intent === 'when') return WHEN_LABEL.test(label) || TIME_FACT.test(u.text);
    // "How many" is answered by a count, not by the years the question names.
    if (intent === 'howmany') return /\d/.test(u.text.replace(/\b(19|20)\d\d\b/g, ''));
    // A link's text ("KS Læring kurssøk") is where to find it: shown with its address (link-titles.ts).
    if (intent === 'contact' && this.line(u).link !== undefined) return true;
    return fitsIntent(intent, u);
  }

  compose(passage: Passage): ComposedAnswer {
    const inside = this.units.filter((u) => u.first >= passage.first && u.last <= passage.last && this.showable(u));
    if (inside.length === 0) return { text: '', shape: 'none' };
    // A tail whose sentence lost its start in extraction (after a page's link list: "i nære
    // relasjoner, der det …") starts mid-sentence whatever is done with it: another unit answers.
    const whole = inside.filter((u) => !this.orphanTail(u));
    const candidates = whole.length > 0 ? whole : inside;
    let best = candidates[0]!;
    for (const u of candidates) if (this.score(u) > this.score(best)) best = u;
    // A caption ("Nær relasjon") names the text under it; that text answers.
    const afterCaption = (this.q.intent === 'define' || this.q.intent === 'howto') && this.isCaption(best) ? this.nextShowable(best) : undefined;
    if (afterCaption) best = afterCaption;
    best = this.leading(best);
    const intent = this.q.intent;
    // "Hvordan evalueres …?", "blir … evaluert?": the measure's "Evaluering:" cell says how and when.
    const evaluation = (intent === 'howto' || intent === 'other') && this.asksEvaluation() ? this.labelledCell(best, EVALUATION_LABEL) : undefined;
    if (evaluation) return this.factAnswer(best, evaluation);
    // Asked when, the time of the unit about what is asked answers: a time cell holds few of the
    // question's words, and gaining as the asked type it may win from another row of a flattened
    // table ("innen våren 2023" of the row above the one about the info meeting, which ends "i løpet
    // av en toårsperiode").
    if (intent === 'when') {
      const topic = this.leading(candidates.reduce((a, u) => (this.topicScore(u) > this.topicScore(a) ? u : a)));
      const fact = topic !== best && this.topicScore(topic) > this.topicScore(best) ? this.factFor(topic, intent) : undefined;
      if (fact && (fact !== topic || this.isCell(fact))) return this.factAnswer(topic, fact);
    }
    /** The matched unit itself says who, when, whom to call or how many: no list below it answers instead. */
    let factItself = false;
    if (intent === 'who' || intent === 'when' || intent === 'contact' || intent === 'howmany') {
      const fact = this.factFor(best, intent);
      if (fact && (fact !== best || this.isCell(fact))) return this.factAnswer(best, fact);
      factItself = fact === best;
    }
    // A flattened table's row end ("I løpet av våren 2023 Ledere i NAV Porsgrunn") says when and
    // who, but not what: the row it ends is read after it, when the row is read whole (a time
    // before its last cell is another row's, whose end was missed).
    const row = this.rowOf(best);
    if (row && row.to === best.first && row.from < best.first) {
      const cells = this.units.filter((u) => u.first >= row.from && u.first < best.first && this.showable(u));
      const whole = cells.length > 0 && cells.length <= ROW_CELLS && !cells.slice(0, -1).some((u) => TIME_FACT.test(u.text));
      // Asked who or when, the row's end comes first; asked anything else, the row reads in its order.
      const said = [this.namedCell(best), ...cells.map((u) => u.text)];
      if (whole) return { text: this.fit(intent === 'who' || intent === 'when' ? said : [...said.slice(1), said[0]!]), shape: 'fact', matched: best };
    }
    const line = this.line(best);
    if (best.kind === 'item' || line.kind === 'item') {
      if (this.titles(best)) {
        const said = [this.itemTitle(best), ...this.body(best)];
        const cells = this.bareMeasureCells(best, said);
        return { text: this.fit(cells.length > 0 ? [asMeasure(said[0]!), ...said.slice(1), ...cells] : said), shape: 'measure', matched: best };
      }
      // A numbered measure alone in its list ("2. TryggEst- Tidlig innsats …") is its name: the paragraph under it in its cell says what it is.
      const under = this.underSoleMeasure(best);
      if (under.length > 0) return { text: this.fit([best.text, ...under]), shape: 'measure', matched: best };
      if (best.kind !== 'definition' || intent !== 'define') return { text: this.fitList(this.wholeList(best, best)), shape: 'list', matched: best };
    }
    // The lead-in of a list ("Gjør du dette:"), or a goal right above its measures, is answered by the list under it.
    const after = this.at(best.last + 1);
    if (after && this.showable(after) && line.kind === 'para' && !factItself && this.line(after).kind === 'item' && this.line(after).group !== line.group && (/:$/.test(best.text) || !/[.!?]$/.test(best.text) || words(best.text) < 30)) {
      return { text: this.fitList(this.wholeList(after, intent === 'howto' ? after : this.bestItem(after))), shape: 'list', matched: best };
    }
    // A measure's title with its best sentence, and the next best when it scores half as well: the
    // paragraph under a title often says what is asked a sentence or two further on.
    if (line.title && intent !== 'who' && intent !== 'when') {
      const said = [line.title, ...this.sentences(best)];
      const cells = this.bareMeasureCells(best, said);
      if (cells.length > 0) return { text: this.fit([asMeasure(said[0]!), ...said.slice(1), ...cells]), shape: 'measure', matched: best };
      return { text: this.fit([...said, ...this.runnerUp(inside, best, said)]), shape: 'measure', matched: best };
    }
    // "Hvilke programmer …?": the list a sentence leads into, a line or two below it.
    const list = this.q.enumerate && line.kind === 'para' ? this.listBelow(best) : undefined;
    if (list) return { text: this.fitList([best.text, ...this.wholeList(list, list).filter((l) => l !== this.lines[list.first - 1]?.text || /:$/.test(l))]), shape: 'list', matched: best };
    // A cell of a flattened table is read with the cells after it in its row: the measure after
    // its goal, how and when after the measure.
    if (this.inTable(best) && line.kind === 'para' && (intent === 'howto' || intent === 'other') && words(best.text) <= ROW_CELL_WORDS) {
      return { text: this.fit([best.text, ...this.rowAfter(best)]), shape: 'sentence', matched: best };
    }
    // A measure told in a few short sentences under a bare "Tiltak:" ("Fagdager …" / "Gruppearbeid,
    // caser" / "Få en oversikt …") is one measure: what it is, how and why are read together.
    const measure = (intent === 'howto' || intent === 'other' || (intent === 'define' && best.kind !== 'definition')) && line.kind === 'para' && line.label === 'Tiltak' ? this.shortMeasureCell(best) : undefined;
    if (measure) return { text: this.fit(measure), shape: 'measure', matched: best };
    const shape: AnswerShape = best.kind === 'definition' ? 'definition' : this.holdsFact(best, intent) && intent !== 'other' && intent !== 'howto' ? 'fact' : 'sentence';
    const main = [...this.sentences(best), ...(line.title ? [line.title] : []), ...this.namesAfter(best)];
    return { text: this.fit([...main, ...this.runnerUp(inside, best, main)]), shape, matched: best };
  }

  /**
   * A measure that is only its name ("Forebyggende plan for barn og unge / Bruke handlingsveileder
   * «fra magefølelse til handling»") reads as a bare heading: its own when and who cells after it
   * ("Tidsrom: Kontinuerlig", "Ansvar: Alle som jobber med barn og unge.") say what it is. None for
   * a measure told in a sentence, or when a cell is long.
   */
  private bareMeasureCells(best: PlacedUnit, said: string[]): string[] {
    if (words(said.join(' ')) > BARE_MEASURE_WORDS || /[.!?]$/u.test(said[said.length - 1]!)) return [];
    const after = this.measureOf(best).filter((u) => u.first > best.last && this.showable(u));
    const out: string[] = [];
    for (const labels of [WHEN_LABEL, WHO_LABEL]) {
      const cell = after.find((u) => labels.test(this.line(u).label ?? ''));
      const lines = cell ? this.cell(cell) : [];
      if (lines.length > 0 && words(lines.join(' ')) <= BARE_MEASURE_CELL_WORDS) out.push(...lines);
    }
    return out;
  }

  /** The sentences of the paragraph right under a numbered measure that stands alone in its list, in the same cell. */
  private underSoleMeasure(item: PlacedUnit): string[] {
    const line = this.line(item);
    if (!/^\d{1,2}[.)]\s/u.test(item.text) || this.lines.some((l, k) => l.group === line.group && l.kind === 'item' && k !== item.first)) return [];
    const next = this.lines[item.last + 1];
    if (!next || next.kind !== 'para' || next.label !== line.label) return [];
    const out: string[] = [];
    for (let k = item.last + 1; k < this.lines.length && this.lines[k]!.group === next.group; k++) {
      const u = this.at(k);
      if (u && u.first === k && this.showable(u)) out.push(u.text);
    }
    return out;
  }

  /** A unit that starts in lower case is the tail of the one before it: that one leads. */
  private leading(u: PlacedUnit): PlacedUnit {
    let lead = u;
    while (/^\p{Ll}/u.test(lead.text) && !/^(•|\d{1,2}\.)/u.test(lead.text)) {
      const prev = this.at(lead.first - 1);
      if (!prev || !this.showable(prev)) break;
      lead = prev;
    }
    return lead;
  }

  /** A fact (a labelled cell, a time, a role), named by what it is about. */
  private factAnswer(about: PlacedUnit, fact: PlacedUnit): ComposedAnswer {
    const said = this.cell(fact).map((t) => (t === fact.text ? this.namedCell(fact) : t));
    return { text: this.fit([...said, ...this.nameOf(about, fact)]), shape: 'fact', matched: about };
  }

  /**
   * The sentences of a bare "Tiltak:" cell, right under its label and up to the next, when they are
   * few and short and no list: one measure. Undefined for a longer cell, which holds several.
   */
  private shortMeasureCell(u: PlacedUnit): string[] | undefined {
    const label = this.cellStart(u);
    if (this.lines[label]?.kind !== 'label') return undefined;
    const start = label + 1;
    const out: string[] = [];
    for (let k = start; k < this.lines.length && this.lines[k]!.label === 'Tiltak' && this.lines[k]!.kind === 'para'; k++) {
      const o = this.at(k);
      if (o && o.first === k && this.showable(o)) out.push(o.text);
    }
    const end = start + out.length;
    const closed = this.lines[end]?.kind === 'label' || this.lines[end] === undefined;
    return closed && out.length >= MEASURE_CELL_LINES && words(out.join(' ')) <= MEASURE_CELL_WORDS ? out : undefined;
  }

  /**
   * The passage's next best sentence, when it scores at least half of the best: a paragraph often
   * says what is asked in the sentence after the one that repeats the question's words. It comes
   * after the best sentence, whole, and only a sentence that starts and ends as one.
   */
  private runnerUp(inside: PlacedUnit[], best: PlacedUnit, shown: string[]): string[] {
    let second: PlacedUnit | undefined;
    for (const u of inside) {
      if (u === best || shown.includes(u.text) || this.line(u).kind !== 'para' || this.isCaption(u) || !/^[\p{Lu}\d«"“]/u.test(u.text) || !/[.!?)»"”]$/u.test(u.text)) continue;
      // A told case is one kind: the definition of another kind does not go with it.
      if (u.kind === 'definition' && best.kind === 'definition' && (this.q.told?.size ?? 0) > 0) continue;
      if (!second || this.score(u) > this.score(second)) second = u;
    }
    if (!second || this.score(second) < RUNNER_UP * this.score(best)) return [];
    return [second.text];
  }

  /**
   * "Hvilke programmer …?" asked of a sentence that only talks about them ("Kommunen lager en
   * oversikt over programmene"): the sentence of its paragraph that names them, right after it
   * ("Aktuelle tiltak kan være COS-P, De utrolige årene og ICDP").
   */
  private namesAfter(best: PlacedUnit): string[] {
    if (!this.q.enumerate || namesSeveral(best.text)) return [];
    const group = this.line(best).group;
    for (let k = best.last + 1; k <= best.last + 3 && this.lines[k]?.group === group; k++) {
      const u = this.at(k);
      if (u && this.showable(u) && namesSeveral(u.text)) return [u.text];
    }
    return [];
  }

  /**
   * The sentence itself, with the one before it when it leans on it, and the next when it is
   * short or goes on from it. A sentence that ends on a colon takes what it leads into.
   */
  private sentences(u: PlacedUnit): string[] {
    const line = this.line(u);
    const out = [this.withLabel(u)];
    if (/:$/.test(u.text)) {
      for (let k = u.last + 1, n = 0; k < this.lines.length && n < 4 && this.lines[k]!.kind !== 'heading'; k++) {
        const o = this.at(k);
        if (o && this.showable(o)) {
          out.push(o.text);
          n++;
        }
      }
      return out;
    }
    const prev = this.at(u.first - 1);
    // A sentence that only says where something is told is no start to lean on.
    if (prev && LEANS_BACK.test(u.text) && this.line(prev).group === line.group && this.showable(prev) && !POINTS_ELSEWHERE.test(prev.text)) out.unshift(prev.text);
    // "Teamet er tverretatlig sammensatt …" alone does not say which team: the sentence that defined it comes first.
    const subject = this.subject(u);
    if (subject && !out.includes(subject.text)) out.unshift(subject.text);
    const next = this.at(u.last + 1);
    const sameGroup = next !== undefined && this.line(next).group === line.group && this.showable(next);
    // The next sentence goes along when this one is short, or when it goes on from this one ("Dette skal sikres gjennom …").
    if (line.kind === 'para' && sameGroup && (words(u.text) + words(next!.text) <= PAIR_WORDS || LEANS_BACK.test(next!.text))) out.push(next!.text);
    return out;
  }

  /** The sentences of the cell (or paragraph) a unit is in, from the label on: "Ansvar: TryggEst teamet. SLT er pådriver." */
  private cell(u: PlacedUnit): string[] {
    const line = this.line(u);
    // A table cell that is a short list ("• Innen utgangen av 2023 …", "• Innen første arbeidsår for
    // nyansatte") says its fact in all its items: the first alone may be the wrong one.
    if (!this.isCell(u) && line.kind === 'item' && line.label === undefined) return this.itemsOf(u);
    if (!this.isCell(u)) return this.sentences(u);
    const out: string[] = [];
    for (let k = this.cellStart(u); k < this.lines.length && this.lines[k]!.label === line.label && this.lines[k]!.kind !== 'heading'; k++) {
      const o = this.at(k);
      if (o && this.showable(o)) out.push(this.withLabel(o));
      if (this.lines[k + 1]?.kind === 'label') break;
    }
    return out;
  }

  /** The items of the list a unit is an item of, each a line, as far as they stay short. */
  private itemsOf(u: PlacedUnit): string[] {
    const group = this.line(u).group;
    const items = this.lines.filter((l) => l.group === group && l.kind === 'item').map((l) => l.text);
    return items.length <= MAX_FACT_ITEMS ? items : [u.text];
  }

  /**
   * A unit in a labelled cell that says one thing ("Ansvar: …", "Tidsrom: …"). The lines under a
   * bare "Tiltak:" are the measures themselves, a list and its text: a sentence among them is read
   * as a sentence, not with the whole cell from its first measure on.
   */
  private isCell(u: PlacedUnit): boolean {
    const label = this.line(u).label;
    return label !== undefined && label !== 'Tiltak';
  }

  /** A labelled cell shown with its label, once: "Tidsrom: Årlig." */
  private withLabel(u: PlacedUnit): string {
    const label = this.line(u).label;
    // "• Frist: 30.6.2027" says its label itself: shown as "Frist: 30.6.2027", never "Frist: • Frist: …".
    const bare = u.text.replace(/^[•▪●\-–]\s*/u, '');
    if (label && new RegExp(`^${label}\\s*:`, 'iu').test(bare)) return bare;
    if (!label || label === 'Tiltak') return u.text;
    const first = this.units.find((o) => o.first < u.first && o.kind !== 'label' && this.line(o).label === label && o.first >= this.cellStart(u));
    return first ? u.text : `${label}: ${u.text}`;
  }


  /** A unit of a labelled cell with its cell's label, wherever in the cell it stands. */
  private labelled(u: PlacedUnit): string {
    const label = this.line(u).label!;
    const bare = u.text.replace(/^[•▪●\-–]\s*/u, '');
    return new RegExp(`^${label}\\s*:`, 'iu').test(bare) ? bare : `${label}: ${u.text}`;
  }

  /** The cell with one of these labels in the best unit's measure: the best unit's own, the nearest after it, or else the last before it. */
  private labelledCell(best: PlacedUnit, labels: RegExp): PlacedUnit | undefined {
    if (labels.test(this.line(best).label ?? '')) return best;
    const cells = this.measureOf(best).filter((u) => labels.test(this.line(u).label ?? '') && this.showable(u));
    return cells.find((u) => u.first > best.first) ?? cells[cells.length - 1];
  }

  /**
   * For "who", "when", "whom do I call" and "how many": the unit that holds the fact. In a
   * plan's measure block the labelled cell says it ("Ansvar: …", "Frist: …") and wins over any
   * other unit; elsewhere the best unit, or the nearest unit of the asked type after it (a
   * flattened table's row runs on to its "when" and "who" cells), or just before it.
   */
  private factFor(best: PlacedUnit, intent: Intent): PlacedUnit | undefined {
    const block = this.measureOf(best);
    // "Når evalueres …?" asks when the measure is evaluated: its "Evaluering:" cell, when it has one.
    const evaluation = intent === 'when' && this.asksEvaluation() && block.some((u) => EVALUATION_LABEL.test(this.line(u).label ?? '') && this.showable(u));
    const labels = intent === 'who' ? WHO_LABEL : evaluation ? EVALUATION_LABEL : intent === 'when' ? WHEN_LABEL : null;
    const cell = labels ? this.labelledCell(best, labels) : undefined;
    if (cell) return cell;
    // "Hvem har ansvar for kontaktpersonen i NAV?": the row's last cell ("Ledere i NAV Porsgrunn")
    // answers, not the measure that says "med ansvar for å veilede".
    const responsibleRow = intent === 'who' && this.q.responsible === true ? this.rowOf(best) : undefined;
    if (responsibleRow && responsibleRow.to > best.first) {
      const end = block.find((u) => u.first === responsibleRow.to && this.showable(u));
      if (end && this.holdsFact(end, intent)) return end;
    }
    if (this.holdsFact(best, intent)) return best;
    // In a flattened table whose rows end with who does it, the fact is in the best unit's row.
    const row = intent === 'who' || intent === 'when' ? (responsibleRow ?? this.rowOf(best)) : undefined;
    if (row) {
      const inRow = block.filter((u) => u.first >= row.from && u.first <= row.to && this.showable(u) && this.holdsFact(u, intent));
      // A cell of the row that names a role (“Ha en kontaktperson … med ansvar for å veilede”), or else
      // the role cell that ends it, also when the row's time stands before it on its line.
      if (intent === 'who') return inRow.find((u) => u.first > best.first) ?? block.find((u) => u.first === row.to && this.showable(u));
      // A row says when after what is done; only the role cell that ends it comes later.
      const before = (u: PlacedUnit): number => (u.first < best.first ? 1 : 0);
      const nearest = inRow.sort((a, b) => before(a) - before(b) || Math.abs(a.first - best.first) - Math.abs(b.first - best.first))[0];
      if (nearest) return nearest;
    }
    const candidates = block.filter((u) => u !== best && this.showable(u) && words(u.text) <= 40 && this.holdsFact(u, intent));
    // Whom to call is often told at the end of what is said of them ("Kontaktinformasjon: Telefon …"),
    // further down than six lines, but not past a label: that is another measure's cell.
    const unlabelled = (u: PlacedUnit): boolean => this.lines.slice(best.first + 1, u.first).every((l) => l.kind !== 'label' && l.label === undefined);
    const after = candidates.filter((u) => u.first > best.first && (u.first - best.first <= 6 || (intent === 'contact' && unlabelled(u))));
    const before = candidates.filter((u) => u.first < best.first && best.first - u.first <= 2).reverse();
    return after[0] ?? before[0];
  }


  /**
   * What a fact is about: the measure's title above its text, or the unit the question matched,
   * or, when that only leads into a list, the measure's "Tiltak:" cell or the heading that
   * names it ("3.1.1 Tiltak: …").
   */
  private nameOf(best: PlacedUnit, fact: PlacedUnit): string[] {
    const title = this.line(best).title ?? this.line(fact).title;
    if (title) return [`Tiltak: ${title}`];
    // The unit the question matched names what the fact is about, unless it only leads into a
    // list or is the fact itself.
    // Shown apart from its cell, a cell's later line still says which cell it is ("Evaluering: TryggEst teamet har ansvar.").
    // A line that names itself ("Forebyggende plan for barn og unge: https://…") keeps its own name.
    if (best !== fact && !/:$/.test(best.text)) return [this.isCell(best) && !OWN_NAME.test(best.text) ? this.labelled(best) : this.withLabel(best)];
    const block = this.measureOf(best);
    const cell = block.find((u) => this.line(u).label === 'Tiltak' && this.showable(u));
    if (cell) return [/^tiltak\s*:/iu.test(cell.text) ? cell.text : `Tiltak: ${cell.text.replace(/^(•|\d{1,2}\.)\s*/u, '')}`];
    const heading = block.find((u) => u.kind === 'heading' && /\btiltak\b/iu.test(u.text));
    return heading ? [heading.text.replace(/^[\d.]+\s*/u, '')] : [];
  }


  /**
   * A bare cell of a flattened table's row that names a role, shown with its column's name when
   * the table has a column for who ("Hvem har ansvar"): "BVT" alone does not say it is who does
   * the measure; "Ansvar: BVT" does. A cell that says when reads as a time already; naming it too
   * made some answers one word longer than "Se også" allows (two dev answers lost the fact).
   */
  private namedCell(u: PlacedUnit): string {
    const line = this.line(u);
    if (line.label !== undefined || line.kind !== 'para' || /^[\p{L} ]{1,20}:/u.test(u.text)) return u.text;
    const header = this.headerAbove(u);
    if (header === undefined || !/\bansvar/iu.test(header)) return u.text;
    if (words(u.text) <= ROLE_CELL_WORDS && ROLE_CELL.test(u.text)) return `Ansvar: ${u.text}`;
    // The when and who cells run together are shown apart: "I løpet av våren 2023. Ansvar: Ledere i NAV".
    const both = timeAndRole(u.text);
    return both ? `${both.when.replace(/[.,;:]$/u, '')}. Ansvar: ${both.who}` : u.text;
  }

  /**
   * The lines of a flattened table's row, when the table's last column says who ("Målgruppe Mål
   * Tiltak Hvordan og når Hvem har ansvar"): a row ends at its role cell ("Virksomhetsledere i
   * barnehage"), and the next starts after it. Undefined when no role cell ends the row nearby.
   */
  private rowOf(u: PlacedUnit): { from: number; to: number } | undefined {
    const header = this.headerAbove(u);
    if (header === undefined || !/ansvar\p{L}*\s*$/iu.test(header)) return undefined;
    const open = (k: number): boolean => k >= 0 && k < this.lines.length && this.lines[k]!.kind !== 'heading' && this.lines[k]!.kind !== 'header';
    const ends = (k: number): boolean => this.lines[k]!.kind === 'para' && endsRow(this.lines[k]!.text);
    let to = u.first;
    while (open(to) && to - u.first < ROW_LINES && !ends(to)) to++;
    if (!open(to) || !ends(to)) return undefined;
    let from = u.first - 1;
    while (open(from) && !ends(from)) from--;
    return { from: from + 1, to };
  }

  /** The header row of the flattened table a unit stands under, when it stands under one. */
  private headerAbove(u: PlacedUnit): string | undefined {
    for (let k = u.first - 1; k >= 0; k--) {
      const l = this.lines[k]!;
      if (l.kind === 'header') return l.text;
      if (l.kind === 'heading') return undefined;
    }
    return undefined;
  }

  /** The next cells of a table row after a cell: up to two, each a line of its own. */
  private rowAfter(u: PlacedUnit): string[] {
    const out: string[] = [];
    const header = this.headerAbove(u);
    const ownsRow = header !== undefined && /ansvar\p{L}*\s*$/iu.test(header);
    for (let k = u.last + 1; k < this.lines.length && out.length < 2 && this.lines[k]!.kind !== 'heading' && this.lines[k]!.kind !== 'header'; k++) {
      const o = this.at(k);
      if (!o || !this.showable(o)) continue;
      // A cell that is a list ("• 1.-4. trinn – …, • 5.-6. trinn – …") is read whole, not cut after its first item.
      if (this.line(o).kind === 'item') return [...out, ...this.wholeList(o, o).filter((l) => !out.includes(l))];
      out.push(this.namedCell(o));
      // The row ends at its who cell: the line after it is the next row's group or goal.
      if (ownsRow && endsRow(o.text)) break;
      // A cell that leads into a list ("Aktuelle programmer:") is read with its list.
      const next = this.at(o.last + 1);
      if (/:$/.test(o.text) && next && this.line(next).kind === 'item') return [...out, ...this.wholeList(next, next).filter((l) => l !== o.text)];
    }
    return out;
  }






  /** The paragraph under a titling item: its best sentences, in order. */
  private body(item: PlacedUnit): string[] {
    const body: PlacedUnit[] = [];
    for (let k = item.last + 1; k < this.lines.length && this.lines[k]!.title !== undefined; k++) {
      const u = this.at(k);
      if (u && this.showable(u)) body.push(u);
    }
    if (body.length === 0) return [];
    // From the start of the text while it fits, and the sentence that answers best in any case.
    const ranked = [...body].sort((a, b) => this.score(b) - this.score(a) || a.first - b.first);
    const picked = new Set([ranked[0]!]);
    let budget = MAX_ANSWER_WORDS - words(this.itemTitle(item)) - words(ranked[0]!.text);
    for (const u of body) {
      if (picked.has(u)) continue;
      if (words(u.text) > budget) break;
      picked.add(u);
      budget -= words(u.text);
    }
    return body.filter((u) => picked.has(u)).map((u) => u.text);
  }

  /** The item of a list that best answers the question. */
  private bestItem(first: PlacedUnit): PlacedUnit {
    const group = this.line(first).group;
    let best = first;
    for (let k = first.first; k < this.lines.length && this.lines[k]!.group === group; k++) {
      const u = this.at(k);
      if (u && this.score(u) > this.score(best)) best = u;
    }
    return best;
  }

  /**
   * A list item's whole list, with the line that leads into it. A list too long to show is
   * cut around the item that answers, and "…" stands for the rest.
   */
  private wholeList(item: PlacedUnit, answering: PlacedUnit): string[] {
    const line = this.line(item);
    const members = this.lines.map((l, k) => [l, k] as const).filter(([l]) => l.group === line.group && l.kind === 'item');
    const firstIndex = members[0]![1];
    const lead = this.lines[firstIndex - 1];
    // "Gjør du dette:" or a short paragraph right above a list is what the list answers.
    const withLead = lead && lead.kind === 'para' && !isUrlOnly(lead.text) && (/:$/.test(lead.text) || words(lead.text) < 30) ? [lead.text] : [];
    // A lead-in that only says what the list is ("Hvordan snakke med:") under a measure's short name
    // in the same cell ("Tiltak: Nora | IMDi") is read with that name: it is what the list is about.
    const above = this.lines[firstIndex - 2];
    if (withLead.length > 0 && /:$/.test(lead!.text) && lead!.label && above && above.kind === 'para' && above.label === lead!.label && words(above.text) <= 8 && !/[.:]$/.test(above.text) && !isUrlOnly(above.text)) {
      withLead.unshift(above.label === 'Tiltak' ? `Tiltak: ${above.text}` : above.text);
    }
    const items = members.map(([l]) => l.text);
    let budget = this.listBudget() - words(withLead.join(' '));
    const at = Math.max(0, members.findIndex(([, k]) => k === answering.first));
    // The answering item first, then its neighbours, nearest first, while they fit.
    const keep = new Set<number>([at]);
    budget -= words(items[at]!);
    for (let d = 1; d < items.length; d++) {
      for (const j of [at + d, at - d]) {
        if (j < 0 || j >= items.length || keep.size >= MAX_ITEMS) continue;
        if (words(items[j]!) <= budget) {
          keep.add(j);
          budget -= words(items[j]!);
        } else budget = -1;
      }
      if (budget < 0) break;
    }
    const out = [...withLead];
    items.forEach((text, j) => {
      if (keep.has(j)) out.push(text);
      else if (out[out.length - 1] !== '…') out.push('…');
    });
    return out;
  }

  /** How many words a list may take: the steps of a "what do I do" are shown whole. */
  private listBudget(): number {
    return this.q.intent === 'howto' ? MAX_STEPS_WORDS : MAX_ANSWER_WORDS;
  }

  private fitList(lines: string[]): string {
    return this.fit(lines, this.listBudget());
  }

  /**
   * Joins the picked lines, dropping repeats and whatever would pass the word limit. The first
   * line is always kept whole; a list cut short ends on "…" on a line of its own.
   */
  private fit(lines: string[], budget = MAX_ANSWER_WORDS): string {
    const out: string[] = [];
    let n = 0;
    for (const l of lines) {
      if (!l || out.includes(l)) continue;
      if (out.length > 0 && l !== '…' && n + words(l) > budget) {
        if (/^(•|\d{1,2}\.)\s/u.test(l) && out[out.length - 1] !== '…') out.push('…');
        break;
      }
      out.push(l);
      n += words(l);
    }
    // A lead-in left last ("Eksempel:") promises what the answer does not show.
    while (out.length > 1 && /:$/.test(out[out.length - 1]!)) out.pop();
    return this.namedCells(this.withoutStrayLeadIns(this.withLineAboveNote(out))).join('\n');
  }

  /**
   * A note in brackets ("(spesielt utsatte kan være: …)") says something of the line above it, a
   * goal or a heading: shown first and alone it reads as a fragment, so that line comes before it.
   */
  private withLineAboveNote(out: string[]): string[] {
    if (out.length === 0 || !/^\(.*\)[.]?$/su.test(out[0]!)) return out;
    const k = this.lines.findIndex((l) => l.text === out[0]);
    const above = k > 0 ? this.lines[k - 1] : undefined;
    // Only a goal or a heading: a label ("Tiltak:") or a table's header row says nothing of the note.
    if (!above || (above.kind !== 'heading' && above.kind !== 'para') || isUrlOnly(above.text) || /^\(/u.test(above.text) || words(above.text) > NOTE_HEAD_WORDS || out.includes(above.text)) return out;
    return [above.text, ...out];
  }

  /**
   * A short lead-in ("Eksempel:", "Aktuelle programmer:") followed on the card by a line that is
   * not what follows it in the document promises what the answer does not show: in a flattened
   * table the example it led into was a link, and the next line shown is another cell.
   */
  private withoutStrayLeadIns(out: string[]): string[] {
    // Label lines ("Ansvar") may stand between a lead-in and what it leads into.
    const after = (k: number): number => {
      let j = k + 1;
      while (j < this.lines.length && this.lines[j]!.kind === 'label') j++;
      return j;
    };
    return out.filter((text, i) => {
      // A longer line ending on a colon says something of its own; "…" stands for a list cut short.
      if (i === out.length - 1 || !/:$/.test(text) || words(text) > STRAY_LEAD_IN_WORDS || out[i + 1] === '…') return true;
      // A line may stand in the document more than once: any place where the next line follows will do.
      const places = this.lines.flatMap((l, k) => (l.text === text ? [k] : []));
      return places.length === 0 || places.some((k) => this.lines[after(k)]?.text === out[i + 1]);
    });
  }

  /**
   * Each labelled cell the answer shows is named where it first shows: "Undersøke om alle …" and
   * its items are how a measure is evaluated, not the measure; shown without the cell's first
   * line, they said so nowhere. An item is named by a line of its own ("Evaluering:").
   */
  private namedCells(out: string[]): string[] {
    const named = new Set<number>();
    const result: string[] = [];
    for (const text of out) {
      const k = this.lines.findIndex((l) => l.text === text && l.kind !== 'label');
      const label = k >= 0 ? this.lines[k]!.label : undefined;
      const unit = k >= 0 ? this.at(k) : undefined;
      if (!label || label === 'Tiltak' || !unit) {
        result.push(text);
        continue;
      }
      const cell = this.cellStart(unit);
      const first = !named.has(cell) && !result.some((r) => r.startsWith(`${label}:`));
      named.add(cell);
      if (!first || new RegExp(`^(?:[•▪●\\-–]\\s*)?${label}\\s*:`, 'iu').test(text) || OWN_NAME.test(text)) result.push(text);
      else if (/^(•|\d{1,2}\.)\s/u.test(text)) result.push(`${label}:`, text);
      else result.push(`${label}: ${text}`);
    }
    return result;
  }
}

/**
 * Picks what to show from the best window: the unit that answers, whole. A list item comes with
 * its whole list and lead-in ("what do I do"), a measure's title with its text, a definition
 * or a row alone; for "who" and "when" the cell that says who or when, with the measure's name.
 * The answer is whole sentences or whole items, never a heading, a label or a web address alone.
 */
export function composeAnswer(
  passage: Passage,
  /** The units of the passage's section (not of the whole corpus: this runs on every answer). */
  units: PlacedUnit[],
  sections: SectionLines[],
  q: AnswerQuery,
  vocab: Vocabulary,
): ComposedAnswer {
  const composed = new Composer(sections[passage.section]!, units, q, vocab).compose(passage);
  return { ...composed, text: withoutRepeatedLines(composed.text.split('\n').map(withoutRepeatedOpening)).join('\n') };
}

/** A short label opening a line ("Tiltak: ", "• Ansvar: "). */
const LINE_LABEL = /^(?:[•\-–*]\s*)?\p{L}[\p{L} ]{0,30}:\s+/u;

/**
 * A line said twice is shown once: a measure's title matched on its own and again as its
 * labelled cell ("Nora | IMDi", "Tiltak: Nora | IMDi"). The labelled form stands where the line
 * first stood: the label says what the line is.
 */
export function withoutRepeatedLines(lines: string[]): string[] {
  const out: string[] = [];
  const seen = new Map<string, number>();
  for (const line of lines) {
    const key = factKey(line.replace(LINE_LABEL, '')).trim();
    const at = key ? seen.get(key) : undefined;
    if (at === undefined) {
      if (key) seen.set(key, out.length);
      out.push(line);
    } else if (LINE_LABEL.test(line) && !LINE_LABEL.test(out[at]!)) out[at] = line;
  }
  return out;
}

/**
 * A flattened table's group cell run together with a goal cell that opens with the same words
 * ("NAV-brukere NAV-brukere skal ha kunnskap …", "Barn i barnehage Barn i barnehage blir …")
 * is shown once: the goal names the group itself.
 */
export function withoutRepeatedOpening(line: string): string {
  const m = /^((?:\S+\s+){0,3}\S+)\s+(\1(?=[\s.,:;]|$).*)$/iu.exec(line);
  return m && m[1]!.length >= 4 ? m[2]! : line;
}
