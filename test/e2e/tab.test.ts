import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { ensureTabBuilt } from '../../scripts/build-tab';
import { ManualClock } from '../../src/common/clock';
import { planDecision } from '../../src/measures/decision';
import { groupId } from '../../src/unanswered/redact';
import type { UnansweredEntry } from '../../src/unanswered/types';
import { axeViolations, openTabBrowser, screenshot, type TabBrowser } from './support/tab-browser';

const KARI = { aadObjectId: '00000000-0000-0000-0000-000000000020', name: 'Kari Nordmann' };
const OLA = { aadObjectId: '00000000-0000-0000-0000-000000000021', name: 'Ola Hansen' };
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

const text = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

async function noViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${where}: ${JSON.stringify(violations, null, 2)}`);
}

/** Tab presses until the focused element is labelled `label`; only the keyboard moves focus. */
async function tabTo(page: Page, label: string, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const id = el?.id;
      return (id && document.querySelector(`label[for="${id}"]`)?.textContent) || el?.textContent || '';
    });
    if (focused.trim() === label) return;
  }
  assert.fail(`could not reach "${label}" with Tab`);
}

/**
 * The tab "Handlingsplan" in headless Chromium, local mode, against the sample municipality:
 * each page's content, axe-core in the three themes, keyboard only, and screenshots at a phone's
 * and a desktop's width.
 */
describe('the tab "Handlingsplan" in a browser (local mode)', function () {
  let tab: TabBrowser;
  const clock = new ManualClock('2026-11-23T08:00:00Z');

  before(async function () {
    this.timeout(180_000);
    assert.ok(ensureTabBuilt(), 'the tab could not be built');
    tab = await openTabBrowser(clock);
    // One decision, so the pages have a last decision and a log entry with both comments.
    const ledger = tab.service.state.decisions;
    const proposal = { id: 'p-e2e', measureId: '1.1', fromStatus: 'Ikke startet' as const, toStatus: 'Pågår' as const, comment: 'Datoen er satt', proposer: OLA, createdAt: '2026-11-02T09:00:00.000Z', baseVersion: '1', state: 'pending' as const };
    await ledger.addProposal(proposal);
    const { decision, payload } = planDecision(proposal, { approve: true, decider: KARI, comment: 'Godt jobbet' }, new Date('2026-11-02T10:15:00Z'), 'd-e2e');
    await ledger.decide(decision, payload, decision.decidedAt);
    // Questions without a good answer, as the recorder stores them: masked, without the asker.
    const unanswered = tab.service.state.unanswered;
    const q = (text: string, reason: UnansweredEntry['reason'], label: UnansweredEntry['label'], answerLine = ''): UnansweredEntry => ({ id: groupId(text), text, reason, label, answerLine });
    const kinder = q('Hvem følger opp «navn» etter at barnevernet har vært på hjemmebesøk? Ring [telefonnummer fjernet]', 'refused', 'Ikke besvart');
    await unanswered.record(kinder, new Date('2026-11-10T09:00:00Z'));
    await unanswered.record(kinder, new Date('2026-11-20T13:30:00Z'));
    await unanswered.record(q('Hva gjør jeg med en uro for et barn uten noe konkret?', 'uncertain', 'Mulig svar', 'Mistenker du at et barn blir utsatt for vold, eller forteller et barn at noen hjemme slår, gjør du dette:'), new Date('2026-11-18T08:00:00Z'));
    await unanswered.record(q('Hvordan melder jeg bekymring når foreldrene ikke snakker norsk?', 'downvoted', 'Svar', 'Ved bekymring for vold – slik gjør du det'), new Date('2026-11-19T10:00:00Z'));
  });
  after(() => tab?.close());

  it('Status shows the sample plan: counts per goal, overdue measures, last decisions, no SharePoint links', async () => {
    const page = await tab.open('/tab', DESKTOP);
    await page.getByRole('heading', { name: 'Alle tiltak (15)' }).waitFor();
    assert.deepEqual(await text(page, 'h1'), ['Handlingsplan']);
    assert.deepEqual(await text(page, '#goals-heading ~ ul h3'), [
      'G1 Forebygge vold (4 tiltak)', 'G2 Avdekke vold tidlig (4 tiltak)', 'G3 Beskytte og hjelpe (4 tiltak)', 'G4 Kompetanse og samarbeid (3 tiltak)',
    ]);
    assert.deepEqual(await text(page, '#overdue-heading ~ ul li'), [
      '2.2 Rutinemessige spørsmål om vold: frist 31.12.2025, forsinket',
      '3.2 Samarbeidsavtale med krisesenteret: frist 30.06.2026, pågår',
    ]);
    const body = await page.locator('main').innerText();
    assert.match(body, /Sist avgjort: Godkjent av Kari Nordmann 02\.11\.2026 kl\. 11:15 \(Ikke startet → Pågår\)/);
    assert.doesNotMatch(body, /Godt jobbet|Datoen er satt/, 'comments are for coordinators\' log only');
    assert.equal(await page.getByText('Åpne i SharePoint').count(), 0);
    assert.deepEqual(await text(page, 'nav a'), ['Status', 'Årshjul', 'Beslutninger', 'Spørsmål uten godt svar', 'Kuraterte svar']);
    assert.equal(await page.locator('nav a[aria-current="page"]').innerText(), 'Status');
    await page.close();
  });

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`has no axe-core violations on any page in the ${theme} theme, at 1280 px and 375 px`, async function () {
      this.timeout(120_000);
      for (const viewport of [DESKTOP, PHONE]) {
        for (const [route, ready] of [['status', 'Alle tiltak (15)'], ['arshjul', 'Måned for måned'], ['beslutninger', 'Siste beslutninger (1)'], ['uten-svar', 'Spørsmål uten godt svar (3)'], ['kuraterte', 'Alle kuraterte svar (8)']] as const) {
          const page = await tab.open(`/tab/?theme=${theme}#/${route}`, viewport);
          await page.getByRole('heading', { name: ready }).waitFor();
          await noViolations(page, `${route} ${theme} ${viewport.width}px`);
          if (route !== 'beslutninger' && theme !== 'contrast') await screenshot(page, `tab-${route}-${viewport.width}-${theme}`);
          if (route === 'uten-svar' && theme === 'contrast' && viewport === PHONE) await screenshot(page, `tab-${route}-${viewport.width}-contrast`);
          if (route === 'kuraterte') {
            // The list's items open their variants; axe checks them open too.
            await page.locator('main details summary').first().click();
            await noViolations(page, `${route} ${theme} ${viewport.width}px, variants open`);
          }
          if (theme === 'contrast' && viewport === DESKTOP) await screenshot(page, `tab-${route}-${viewport.width}-contrast`);
          if (viewport === PHONE) {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.ok(overflow <= 0, `${route} ${theme}: ${overflow}px wider than a phone`);
          }
          await page.close();
        }
      }
    });
  }

  it('works keyboard-only: Tab to a filter, change it with the arrow keys, and switch pages from the navigation', async () => {
    const page = await tab.open('/tab/#/status', DESKTOP);
    await page.getByRole('heading', { name: 'Alle tiltak (15)' }).waitFor();
    await tabTo(page, 'Delmål');
    await page.keyboard.press('ArrowDown'); // the first goal, G1
    await page.getByRole('heading', { name: 'Alle tiltak (4)' }).waitFor();
    assert.deepEqual(await text(page, '#goals-heading ~ ul h3'), ['G1 Forebygge vold (4 tiltak)']);
    await tabTo(page, 'Eier');
    await page.keyboard.press('ArrowDown'); // the first responsible role, Barneverntjenesten: none of its measures is in G1
    await page.getByRole('heading', { name: 'Alle tiltak (0)' }).waitFor();
    assert.equal(await page.locator('main select').nth(1).inputValue(), 'r:Barneverntjenesten');
    await page.getByText('Ingen tiltak passer filteret.').waitFor();
    const focusedTag = await page.evaluate(() => document.activeElement?.tagName);
    assert.equal(focusedTag, 'SELECT', 'focus stays on the filter while the page updates');
    await screenshot(page, 'tab-status-keyboard');

    await page.close();

    // The navigation: Tab to a page's link and press Enter.
    const fresh = await tab.open('/tab/#/status', DESKTOP);
    await fresh.getByRole('heading', { name: 'Alle tiltak (15)' }).waitFor();
    await tabTo(fresh, 'Årshjul');
    await fresh.keyboard.press('Enter');
    await fresh.getByRole('heading', { name: 'Måned for måned' }).waitFor();
    assert.match(fresh.url(), /#\/arshjul$/);
    await fresh.close();
  });

  it('gives coordinators the year\'s report as a Word document from a button on Status, with the keyboard; not others', async () => {
    const page = await tab.open('/tab/#/status', DESKTOP);
    await page.getByRole('heading', { name: 'Alle tiltak (15)' }).waitFor();
    await tabTo(page, 'År', 40);
    await page.keyboard.press('ArrowDown'); // last year, 2025
    await tabTo(page, 'Lag årsrapport (Word)');
    await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: /^Statusrapport 2025.*\.docx$/ });
    await link.waitFor();
    assert.match(await page.locator('#report-heading ~ div[aria-live]').innerText(), /Statusrapport 2025 er lagret/);
    const file = await fetch((await link.getAttribute('href'))!);
    assert.equal(file.status, 200);
    assert.equal(Buffer.from(await file.arrayBuffer()).subarray(0, 2).toString('latin1'), 'PK');
    await noViolations(page, 'status with the report link');
    await screenshot(page, 'tab-status-report');
    await page.close();

    const ola = await tab.open(`/tab/?as=${OLA.aadObjectId}#/status`, DESKTOP);
    await ola.getByRole('heading', { name: 'Alle tiltak (15)' }).waitFor();
    assert.equal(await ola.getByRole('heading', { name: 'Årsrapport' }).count(), 0);
    await ola.close();
  });

  it('Årshjul shows the chat\'s wheel for the twelve months from this one, with the entries under it', async () => {
    const page = await tab.open('/tab#/arshjul', PHONE);
    await page.getByRole('heading', { name: 'Måned for måned' }).waitFor();
    const alt = await page.locator('main img').getAttribute('alt');
    assert.match(alt ?? '', /^Årshjulet fra november 2026 til oktober 2027, med antall aktiviteter per måned\./);
    const months = await text(page, 'main h3');
    assert.equal(months.length, 12);
    assert.deepEqual([months[0], months[11]], ['November 2026', 'Oktober 2027']);
    assert.match(await page.locator('main').innerText(), /Årlig evaluering av handlingsplanen/);
    await page.close();
  });

  it('shows the coordinators\' decision log with both comments, and hides it from others', async () => {
    const page = await tab.open('/tab#/beslutninger', DESKTOP);
    await page.getByRole('heading', { name: 'Siste beslutninger (1)' }).waitFor();
    const log = await page.locator('main').innerText();
    assert.match(log, /1\.1 Temadag om vold i nære relasjoner: Ikke startet → Pågår/);
    assert.match(log, /Eierens kommentar: \W?Datoen er satt/);
    assert.match(log, /Koordinatorens kommentar: \W?Godt jobbet/);
    await page.close();

    const ola = await tab.open(`/tab/?as=${OLA.aadObjectId}#/beslutninger`, DESKTOP);
    await ola.getByText('Fant ikke siden. Velg en side over.').waitFor();
    assert.deepEqual(await text(ola, 'nav a'), ['Status', 'Årshjul']);
    assert.match(await ola.locator('header').innerText(), /Ola Hansen/);
    await ola.close();
  });

  it('shows coordinators the questions without a good answer, masked, most asked first, each with "Lag kuratert svar"; hides them from others', async () => {
    const page = await tab.open('/tab#/uten-svar', DESKTOP);
    await page.getByRole('heading', { name: 'Spørsmål uten godt svar (3)' }).waitFor();
    const items = await text(page, 'main li');
    assert.equal(items.length, 3);
    assert.match(items[0]!, /^Hvem følger opp «navn» etter at barnevernet har vært på hjemmebesøk\? Ring \[telefonnummer fjernet\]/);
    assert.match(items[0]!, /Ikke besvart/);
    assert.match(items[0]!, /Stilt 2 ganger · først 10\.11\.2026 kl\. 10:00 · sist 20\.11\.2026 kl\. 14:30/);
    assert.match(items[0]!, /Dokumentene svarte ikke\./);
    assert.match(items.join('\n'), /Svaret som ble gitt \(Mulig svar\): \W?Mistenker du at et barn/);
    assert.match(items.join('\n'), /Markert som ikke nyttig/);
    assert.match(await page.locator('main').innerText(), /slettes 90 dager etter at det sist ble stilt/);
    const link = page.getByRole('link', { name: 'Lag kuratert svar' }).first();
    const href = await link.getAttribute('href');
    assert.equal(href, `#/kuraterte?sporsmal=${encodeURIComponent('Hvem følger opp «navn» etter at barnevernet har vært på hjemmebesøk? Ring [telefonnummer fjernet]')}`);
    // Keyboard: the action is reachable with Tab and opens the curated-answer form's address.
    await tabTo(page, 'Lag kuratert svar', 40);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/kuraterte\?sporsmal=Hvem%20f%C3%B8lger/);
    await page.close();

    const ola = await tab.open(`/tab/?as=${OLA.aadObjectId}#/uten-svar`, DESKTOP);
    await ola.getByText('Fant ikke siden. Velg en side over.').waitFor();
    assert.doesNotMatch(await ola.locator('body').innerText(), /hjemmebesøk/);
    await ola.close();
  });

  it('Kuraterte svar lists the sample\'s curated answers with their review dates, the one past it first, for coordinators only', async () => {
    const page = await tab.open('/tab/#/kuraterte', DESKTOP);
    await page.getByRole('heading', { name: 'Alle kuraterte svar (8)' }).waitFor();
    assert.deepEqual(await text(page, '#due-heading ~ ul h3'), ['Hvem ringer jeg hvis jeg er bekymret for en eldre?']);
    const body = await page.locator('main').innerText();
    assert.match(body, /Gjennomgås innen 01\.10\.2026 – skal gjennomgås nå/);
    assert.match(body, /Kilde: Handlingsveileder, «Hvem ringer du\?»/);
    assert.match(body, /I Teams ligger svarene i SharePoint-listen «Kuraterte svar»\. Her lagres forslaget i en lokal fil/);
    await page.close();
    const ola = await tab.open(`/tab/?as=${OLA.aadObjectId}#/kuraterte`, DESKTOP);
    await ola.getByText('Fant ikke siden. Velg en side over.').waitFor();
    await ola.close();
  });

  it('opens the form prefilled from #/kuraterte?sporsmal=…, and saves a new answer with the keyboard alone', async () => {
    const question = 'Hva gjør jeg hvis en kollega forteller om vold hjemme?';
    const page = await tab.open(`/tab/?theme=dark#/kuraterte?sporsmal=${encodeURIComponent(question)}`, PHONE);
    await page.getByRole('heading', { name: 'Alle kuraterte svar (8)' }).waitFor();
    assert.equal(await page.getByLabel('Spørsmål').inputValue(), question);
    // Required fields' labels end in "*".
    await tabTo(page, 'Svar*');
    await page.keyboard.type('Spør hvordan kollegaen har det, og fortell om krisesenteret og dinutvei.no.');
    await tabTo(page, 'Kilde*');
    await page.keyboard.type('Handlingsveileder, «Hvis du er bekymret for en voksen»');
    await tabTo(page, 'Lagre svaret');
    await page.keyboard.press('Enter');
    await page.getByText('Lagret i den lokale filen.', { exact: false }).waitFor();
    await page.getByRole('heading', { name: 'Alle kuraterte svar (9)' }).waitFor();
    await noViolations(page, 'kuraterte after saving, dark 375px');
    await screenshot(page, 'tab-kuraterte-saved-375-dark');
    await page.close();
  });

  it('offers the channel tab\'s configuration page: which page the tab opens on', async () => {
    const page = await tab.open('/tab/?theme=dark#/config', PHONE);
    await page.getByRole('radiogroup').waitFor();
    assert.deepEqual(await page.getByRole('radio').evaluateAll((els) => els.map((e) => (e.closest('.fui-Radio') as HTMLElement | null)?.innerText.trim())), ['Status', 'Årshjul']);
    assert.equal(await page.locator('nav').count(), 0, 'no navigation on the configuration page');
    await noViolations(page, 'config dark 375px');
    await page.close();
  });

  it('does not wait for Teams in a frame that is not Teams: the page falls back and loads', async function () {
    this.timeout(30_000);
    const page = await tab.browser.newPage({ viewport: DESKTOP });
    await page.goto(`${tab.url}/healthz`);
    await page.setContent(`<iframe title="Handlingsplan" src="${tab.url}/tab/#/status" width="1000" height="800"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { name: 'Alle tiltak (15)' }).waitFor({ timeout: 15_000 });
    await page.close();
  });
});

describe('the tab in tenant mode, opened outside Teams (no token)', function () {
  let tab: TabBrowser;
  before(async () => {
    tab = await openTabBrowser(new ManualClock('2026-11-23T08:00:00Z'), { CLIENT_ID: 'app-id', CLIENT_SECRET: 's', TENANT_ID: 'tenant-a', HOST: '127.0.0.1', BOT_DOMAIN: 'example.no' });
  });
  after(() => tab?.close());

  it('says in Norwegian that the user is not signed in, and has no axe violations', async () => {
    const page = await tab.open('/tab/', PHONE);
    await page.getByText('Du er ikke logget inn. Åpne Handlingsplan i Teams på nytt.').waitFor();
    await noViolations(page, 'not signed in');
    await page.close();
  });
});
