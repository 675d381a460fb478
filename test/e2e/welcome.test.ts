import assert from 'node:assert/strict';
import path from 'node:path';
import { RESULTS, cards, openPlayground, send, waitForMoreCards, type Session } from './support/playground';

describe('Agents Playground (end to end)', function () {
  let session: Session;
  before(async () => {
    session = await openPlayground();
  });
  after(async () => session?.close());

  it('greets on install and shows the welcome card again on "hjelp"', async () => {
    const { page } = session;
    await cards(page).first().waitFor({ timeout: 30_000 });
    const before = await cards(page).count();
    await send(page, 'hjelp');
    await waitForMoreCards(page, before);
    const last = cards(page).last();
    assert.match(await last.innerText(), /Ikke skriv navn, fødselsnummer/);
    assert.match(await last.innerText(), /kommunens egne dokumenter/);
    await page.screenshot({ path: path.join(RESULTS, 'welcome-hjelp.png') });
  });

  it('shows the welcome card again when the Playground is reloaded', async () => {
    const { page } = session;
    await page.reload();
    const welcome = cards(page).filter({ hasText: /Ikke skriv navn, fødselsnummer/ });
    await welcome.first().waitFor({ timeout: 30_000 });
    assert.equal(await welcome.count(), 1, 'one welcome card for the reload, not two');
    await page.screenshot({ path: path.join(RESULTS, 'welcome-reload.png') });
  });
});
