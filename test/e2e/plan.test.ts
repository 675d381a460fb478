import assert from 'node:assert/strict';
import path from 'node:path';
import { QUIET_MS } from '../../src/bot/plan-problems';
import { ManualClock } from '../../src/common/clock';
import type { BuiltFeatures } from '../../src/features';
import { loadPlan } from '../../src/plan/load';
import { SITE } from '../sharepoint/harness';
import { planListsHarness, type PlanListsHarness } from '../sharepoint/plan-lists-harness';
import { RESULTS, cards, openPlayground, send, type Session } from './support/playground';

const SAMPLE = loadPlan(path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml'));
const SECRET = 'e2e-nokkel';

/**
 * The plan in SharePoint lists (the Graph emulator), the bot polling them every 2 s: a coordinator
 * sees the problem card, and an edit in the lists reaches årshjul, oversikt and the next reminder
 * without a restart.
 */
describe('the plan from SharePoint lists in the Agents Playground (end to end)', function () {
  let session: Session;
  let h: PlanListsHarness;
  const clock = new ManualClock('2026-10-20T10:00:00Z');
  const refresh = () => (session.service.features as BuiltFeatures).refreshPlan();

  before(async () => {
    h = await planListsHarness(SAMPLE);
    h.edit('Measures', '1.4', { Goal: 'G9' });
    h.edit('Wheel', 'W03', { Audience: 'helsee' });
    h.add('Measures', { Title: 'Kopi av et tiltak', MeasureId: '2.1', Goal: 'G2', Responsible: 'Skolene', Status: 'Ikke startet' });
    h.setOwners('3.4', [{ name: 'Sluttet Ansatt', email: 'sluttet@eksempel.no' }]);
    h.edit('Wheel', 'W15', { Timing: 'ved behov' });
    session = await openPlayground({
      PLAN_SOURCE: 'sharepoint', SHAREPOINT_SITE_ID: SITE, GRAPH_BASE_URL: h.emulator.baseUrl, GRAPH_STATIC_TOKEN: h.emulator.token,
      PLAN_POLL_SECONDS: '2', REMINDER_TRIGGER_SECRET: SECRET,
    }, { clock });
  });
  after(async () => {
    await session?.close();
    await h?.close();
  });

  it('a coordinator gets the problem card: each bad row with its reason and a link to the list item', async () => {
    const { page } = session;
    // The welcome comes first; the unasked card waits until the chat has been quiet for a while.
    await cards(page).filter({ hasText: 'Ikke skriv navn' }).first().waitFor({ timeout: 30_000 });
    clock.advance(QUIET_MS);
    const card = cards(page).filter({ hasText: 'Planen har' }).last();
    await card.waitFor({ timeout: 30_000 });
    for (const reason of ['tiden «ved behov» kan ikke plasseres', 'delmål «G9» finnes ikke', 'ID 2.1 er allerede brukt', 'målgruppen «helsee» er ukjent', 'eieren «Sluttet Ansatt» finnes ikke']) {
      await card.getByText(reason, { exact: false }).first().waitFor({ timeout: 5_000 });
    }
    assert.ok((await card.getByText('Åpne i listen').count()) >= 5, 'a link per problem');
    await card.screenshot({ path: path.join(RESULTS, 'plan-problems-card.png') });
  });

  it('a wheel entry and a measure edited in the lists show up in årshjul, oversikt and the next reminder, without a restart', async () => {
    const { page } = session;
    h.edit('Wheel', 'W11', { Title: 'Uke mot vold i skolene' });
    h.edit('Measures', '1.2', { Title: 'Kampanjeuke mot vold', Deadline: '2026-09-30T12:00:00Z' });
    await refresh();

    await send(page, 'årshjul');
    await cards(page).filter({ hasText: 'Uke mot vold i skolene' }).first().waitFor({ timeout: 15_000 });
    await send(page, 'oversikt');
    await cards(page).filter({ hasText: 'Kampanjeuke mot vold' }).first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(RESULTS, 'plan-live-edit.png') });

    await page.locator('[aria-label="Ledere oppvekst - General"]').click();
    const post = page.locator('[role="textbox"][contenteditable="true"]').first();
    await post.click();
    await page.keyboard.type('@');
    await page.getByRole('menuitem', { name: /Planassistenten/ }).click();
    await page.keyboard.type(' abonner alle-ledere');
    await page.getByRole('button', { name: 'Post' }).click();
    await page.getByText(/får nå påminnelser for «alle-ledere»/).first().waitFor({ timeout: 15_000 });

    clock.set('2026-11-02T08:00:30Z'); // the first working day of November, 09:00 in Oslo
    const res = await fetch(`http://127.0.0.1:${session.service.port}/api/reminders/run`, { method: 'POST', headers: { 'x-reminder-secret': SECRET } });
    assert.equal(res.status, 200);
    const reminder = cards(page).filter({ hasText: 'Uke mot vold i skolene' }).filter({ hasText: 'Marker som gjort' }).last();
    await reminder.waitFor({ timeout: 15_000 });
    await reminder.getByText('Kampanjeuke mot vold').first().waitFor({ timeout: 5_000 });
    await page.screenshot({ path: path.join(RESULTS, 'plan-live-reminder.png') });
  });
});
