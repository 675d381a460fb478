import assert from 'node:assert/strict';
import path from 'node:path';
import { RESULTS, cards, openPlayground, send, waitForMoreCards, type Session } from './support/playground';

describe('answers in the Agents Playground (end to end)', function () {
  let session: Session;
  before(async () => {
    session = await openPlayground();
    await cards(session.page).first().waitFor({ timeout: 30_000 });
  });
  after(async () => session?.close());

  it('answers a worried member of staff with the coordinator\'s curated answer, its source, and the guide\'s passages', async () => {
    const { page } = session;
    const count = await cards(page).count();
    await send(page, 'Hva gjør jeg hvis jeg er bekymret for et barn?');
    await waitForMoreCards(page, count);
    const answer = cards(page).last();
    const text = await answer.innerText();
    assert.match(text, /^Godkjent svar fra planansvarlig/);
    assert.match(text, /Kilde: Handlingsveileder/);
    assert.match(text, /Mer i dokumentene/);
    assert.match(text, /Ved bekymring for vold/);
    await answer.getByRole('button', { name: 'Les mer' }).first().click();
    await page.screenshot({ path: path.join(RESULTS, 'ask-answer.png') });
  });

  it('shows the emergency block first when someone is threatened with a knife', async () => {
    const { page } = session;
    await send(page, 'Eleven forteller at faren truer moren med kniv nå');
    const reply = cards(page).filter({ hasText: 'Alarmtelefonen for barn og unge' }).last();
    await reply.waitFor({ timeout: 15_000 });
    const text = await reply.innerText();
    assert.match(text.trim(), /^Er noen i fare nå\? Ring 112 \(politi\) eller 113 \(ambulanse\)\./);
    assert.match(text, /116 111/);
    await page.screenshot({ path: path.join(RESULTS, 'ask-emergency.png') });
  });
});
