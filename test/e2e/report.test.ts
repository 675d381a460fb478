import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { RESULTS, cards, openPlayground, send, waitForMoreCards, type Session } from './support/playground';

describe('status approval in the Agents Playground (end to end)', function () {
  let session: Session;
  before(async () => {
    session = await openPlayground();
  });
  after(async () => session?.close());

  it('a proposal of "Fullført" is approved on the card and lands in the measures list', async () => {
    const { page } = session;
    await cards(page).first().waitFor({ timeout: 30_000 });

    let count = await cards(page).count();
    await send(page, 'status 1.2');
    await waitForMoreCards(page, count);
    const form = cards(page).last();
    // "status 1.2" preselects the measure in the form.
    assert.equal(await form.getByRole('combobox').first().inputValue(), '1.2 En uke mot vold');
    await form.getByRole('radio', { name: 'Fullført' }).check();
    await form.locator('textarea').first().fill('Gjennomført uke 47 i alle skoler.');
    count = await cards(page).count();
    await form.getByRole('button', { name: 'Send til koordinator' }).click();

    // The approval card arrives in the coordinator's chat (Kari is both owner and coordinator here).
    await page.getByText('Forslag om ny status').last().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(RESULTS, 'report-proposed.png') });
    const approval = cards(page).filter({ hasText: 'Forslag om ny status' }).last();
    await approval.getByRole('button', { name: 'Godkjenn' }).click();
    await page.getByText(/Godkjent av Kari Nordmann kl\. \d\d:\d\d/).first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(RESULTS, 'report-approved.png') });

    const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), 'src/cli/measures.ts', 'list', '--json'], {
      cwd: path.resolve(__dirname, '..', '..'),
      env: { ...process.env, DATA_DIR: session.dataDir },
      encoding: 'utf8',
    });
    const measure = (JSON.parse(out) as Array<{ id: string; status: string; approvedBy?: string }>).find((m) => m.id === '1.2');
    assert.equal(measure?.status, 'Fullført');
    assert.equal(measure?.approvedBy, 'Kari Nordmann');
  });
});
