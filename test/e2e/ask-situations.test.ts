import assert from 'node:assert/strict';
import path from 'node:path';
import { RESULTS, cards, openPlayground, send, waitForMoreCards, type Session } from './support/playground';

/**
 * The situations a new user tried in the Playground (issue 9), each answered from the sample
 * guide and plan, with a screenshot of the card in test-results/ask-situation-N.png.
 */
describe('Ask in the Agents Playground: what a worried member of staff writes (end to end)', function () {
  let session: Session;
  before(async () => {
    session = await openPlayground();
    await cards(session.page).first().waitFor({ timeout: 30_000 });
  });
  after(async () => session?.close());

  /** Sends a question and returns the text of the card that answers it, saving its picture. */
  async function ask(question: string, shot: string): Promise<string> {
    const { page } = session;
    const count = await cards(page).count();
    await send(page, question);
    await waitForMoreCards(page, count);
    const card = cards(page).last();
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: path.join(RESULTS, `ask-situation-${shot}.png`) });
    return card.innerText();
  }

  it('1. "what do I do if I suspect" shows all five steps with their lead-in', async () => {
    const text = await ask('Hva gjør jeg hvis jeg mistenker at et barn blir utsatt for vold?', '1');
    assert.match(text, /gjør du dette:/);
    for (const step of ['Ta bekymringen på alvor', 'Snakk med lederen din', 'Drøft saken anonymt', 'Send bekymringsmelding', 'Ikke konfronter foreldrene']) {
      assert.ok(text.includes(step), step);
    }
  });

  it('2. a pupil telling that the father hits is answered with the steps, not refused', async () => {
    const text = await ask('Eleven forteller at faren slår ham. Hva gjør jeg?', '2');
    assert.doesNotMatch(text, /svarer ikke på dette/);
    assert.match(text, /Send bekymringsmelding til barneverntjenesten/);
  });

  it('3. the phone number of the child welfare out-of-hours service', async () => {
    const text = await ask('Hva er telefonnummeret til barnevernvakten?', '3');
    assert.match(text, /barnevernvakten.*400 00 004/i);
  });

  it('4. consent from the parents is answered from the duty to report, not a glossary line', async () => {
    const text = await ask('Må jeg ha samtykke fra foreldrene før jeg sender bekymringsmelding?', '4');
    assert.match(text, /samtykke fra foreldrene for å sende bekymringsmelding/);
    assert.doesNotMatch(text, /Seksuell vold/);
  });

  it('5. "whom do I call in the evening" gets the coordinator\'s curated answer with the evening number, without table markup', async () => {
    const text = await ask('Hvem ringer jeg om kvelden?', '5');
    assert.match(text, /^Godkjent svar fra planansvarlig/);
    assert.match(text, /barnevernvakten på 400 00 004 om kvelden og i helgen/);
    assert.match(text, /Kilde: Handlingsveileder, «Hvem ringer du\?»/);
    assert.doesNotMatch(text, /\|/);
  });

  it('6. "he hits me now" puts the emergency block first and then the guide on acute danger', async () => {
    const text = await ask('Han slår meg nå og jeg er redd', '6');
    assert.match(text.trim(), /^Er noen i fare nå\? Ring 112 \(politi\) eller 113 \(ambulanse\)\./);
    assert.match(text, /116 111/);
    assert.match(text, /116 006/);
    assert.match(text, /ring politiet på 112/);
    assert.doesNotMatch(text, /Latent vold/);
  });

  it('7. danger tonight written in Nynorsk gets the emergency block', async () => {
    const text = await ask('Eg er redd for at sambuaren min skal skade meg i kveld', '7');
    assert.match(text.trim(), /^Er noen i fare nå\?/);
  });

  it('8. Nynorsk, English and misspelt questions are answered, with the document title once per source', async () => {
    const nynorsk = await ask('Kva gjer eg viss eg er uroleg for eit barn?', '8a');
    // The sample's curated answer on being uneasy about a child, or the guide's steps.
    assert.match(nynorsk, /Ta (bekymringen|uroen) på alvor/);
    const english = await ask('Who do I call if an adult at risk needs help?', '8b');
    assert.match(english, /TryggEst/);
    const misspelt = await ask('hvordan dokumnterer jeg det jeg har sett', '8c');
    assert.match(misspelt, /Skriv ned dato, klokkeslett/);
    for (const text of [nynorsk, english, misspelt]) {
      assert.doesNotMatch(text, /svarer ikke på dette/);
      for (const line of text.split('\n')) {
        const title = 'Ved bekymring for vold – slik gjør du det';
        assert.ok(line.split(title).length <= 2, `title twice in "${line}"`);
      }
    }
  });

  it('9. the evening question in English and in Bokmål gets the evening number, the English one with a note in English', async () => {
    for (const [question, shot] of [
      ["Who should I call in the evening if I'm worried about a child?", '9a'],
      ['Hvem ringer jeg om kvelden hvis jeg er bekymret for et barn?', '9b'],
    ] as const) {
      const text = await ask(question, shot);
      // Above the sources: "Kilder", or "Mer i dokumentene" under a curated answer.
      const answer = text.split(/Kilder|Mer i dokumentene/)[0]!;
      assert.match(answer, /barnevernvakten.*400 00 004/i, question);
      assert.doesNotMatch(answer, /400 00 003/, question);
      assert.equal(/documents are in Norwegian/.test(answer), shot === '9a', question);
    }
  });

  it('10. "what is" is answered with the definition, labelled "Svar"', async () => {
    const text = await ask('Hva er latent vold?', '10');
    assert.match(text, /^\s*Svar\b/m);
    assert.match(text, /Latent vold: frykten for ny vold/);
  });

  it('11. weak evidence says "Mulig svar" and shows only the contacts that fit the question', async () => {
    const text = await ask('Hvor kan en voksen som blir truet av eksen sin få bo?', '11');
    assert.match(text, /Mulig svar/);
    assert.match(text, /Krisesenteret \(eksempelnummer\)/);
    assert.doesNotMatch(text, /Barnevernvakten \(eksempelnummer\)/);
  });

  it('12. "when" about a measure: the cell that says when comes first, then the measure', async () => {
    const text = await ask('Når er temadagen om vold i nære relasjoner?', '12');
    assert.match(text, /Tidsrom: Hvert år i februar\.\s+Alle enheter i oppvekst, helse og NAV deltar på en felles temadag/);
  });
});
