import assert from 'node:assert/strict';
import path from 'node:path';
import { ManualClock } from '../../src/common/clock';
import { loadPlan } from '../../src/plan/load';
import { addDays, osloDate } from '../../src/reminders/calendar';
import { computeOccurrences } from '../../src/reminders/occurrences';
import type { Page } from 'playwright-core';
import { RESULTS, cards, openPlayground, type Session } from './support/playground';

const PLAN = path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml');
const SECRET = 'e2e-nokkel';

/** A channel has a "new post" box at the top; the Playground composes a mention from its menu. */
async function mentionInChannel(page: Page, text: string): Promise<void> {
  const post = page.locator('[role="textbox"][contenteditable="true"]').first();
  await post.click();
  await page.keyboard.type('@');
  await page.getByRole('menuitem', { name: /Planassistenten/ }).click();
  await page.keyboard.type(` ${text}`);
  await page.getByRole('button', { name: 'Post' }).click();
}

describe('reminders in the Agents Playground (end to end)', function () {
  let session: Session;
  const clock = new ManualClock(new Date());
  const plan = loadPlan(PLAN);

  before(async () => {
    session = await openPlayground({ REMINDER_TRIGGER_SECRET: SECRET }, { clock });
  });
  after(async () => session?.close());

  it('a coordinator subscribes General with an @mention, and the due reminder card appears there', async () => {
    const { page } = session;
    await cards(page).first().waitFor({ timeout: 30_000 });
    await page.locator('[aria-label="Ledere oppvekst - General"]').click();
    await mentionInChannel(page, 'abonner alle-ledere');
    await page.getByText(/får nå påminnelser for «alle-ledere»/).first().waitFor({ timeout: 15_000 });

    // Move the bot's clock to the next alle-ledere reminder and trigger a run as a scheduler would.
    const today = osloDate(clock.now());
    const next = computeOccurrences(plan.wheel, { from: today, to: addDays(today, 366) }).occurrences.find(
      (o) => o.at > clock.now() && plan.wheel.find((e) => e.id === o.entryId)?.audience === 'alle-ledere',
    );
    assert.ok(next, 'the sample wheel has an alle-ledere reminder within a year');
    clock.set(new Date(next.at.getTime() + 30_000));
    const res = await fetch(`http://127.0.0.1:${session.service.port}/api/reminders/run`, { method: 'POST', headers: { 'x-reminder-secret': SECRET } });
    assert.equal(res.status, 200);
    assert.ok(((await res.json()) as { sent: number }).sent >= 1);

    const title = plan.wheel.find((e) => e.id === next.entryId)?.title ?? '';
    const reminder = cards(page).filter({ hasText: title }).filter({ hasText: 'Marker som gjort' }).last();
    await reminder.waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(RESULTS, 'reminder-channel.png') });
  });

  it('a coordinator posts the channel\'s next reminder now with "påminnelse", and sees the card', async () => {
    const { page } = session;
    const before = await cards(page).filter({ hasText: 'Marker som gjort' }).count();
    // The bot's clock stands still unless moved; Teams' pacing of posts to a channel follows it.
    clock.advance(60_000);
    await mentionInChannel(page, 'påminnelse');
    const confirmation = page.getByText(/Påminnelsen «.+» er postet nå\. Den var planlagt \d\d\.\d\d\.\d{4}/).first();
    await confirmation.waitFor({ timeout: 15_000 });
    const title = /«(.+)»/.exec(await confirmation.innerText())?.[1] ?? '';
    assert.ok(title, 'the confirmation names the reminder');
    const reminder = cards(page).filter({ hasText: title }).filter({ hasText: 'Marker som gjort' }).last();
    await reminder.waitFor({ timeout: 15_000 });
    assert.equal(await cards(page).filter({ hasText: 'Marker som gjort' }).count(), before + 1);
    await page.screenshot({ path: path.join(RESULTS, 'reminder-now.png') });
  });
});
