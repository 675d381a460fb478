import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Download } from 'playwright-core';
import { ManualClock } from '../../src/common/clock';
import { docxToText } from '../../src/knowledge/docx';
import { loadPlan } from '../../src/plan/load';
import { RESULTS, cards, openPlayground, send, type Session } from './support/playground';

const SAMPLE = loadPlan(path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml'));

describe('the yearly report in the Agents Playground (end to end)', function () {
  let session: Session;
  before(async () => {
    session = await openPlayground({}, { clock: new ManualClock('2026-11-23T08:00:00Z') });
  });
  after(async () => session?.close());

  it('"rapport" gives a card whose link downloads a Word file that opens and lists every measure with its status', async () => {
    const { page } = session;
    await cards(page).first().waitFor({ timeout: 30_000 });
    await send(page, 'rapport');
    const card = cards(page).filter({ hasText: 'Statusrapport 2026 er klar' }).last();
    await card.waitFor({ timeout: 30_000 });
    await card.screenshot({ path: path.join(RESULTS, 'year-report-card.png') });

    // The link in the card, clicked as a user would: it opens a tab that downloads the file.
    const link = card.locator('a[href*="/api/reports/"]').first();
    const href = await link.getAttribute('href');
    assert.match(href ?? '', new RegExp(`^http://127\\.0\\.0\\.1:${session.service.port}/api/reports/[0-9a-f]{32}$`));
    const download = new Promise<Download>((resolve) => {
      page.on('download', resolve);
      page.context().on('page', (tab) => tab.on('download', resolve));
    });
    await link.click();
    const file = await download;
    assert.equal(file.suggestedFilename(), 'Statusrapport 2026 – Handlingsplan mot vold i nære relasjoner.docx');
    const saved = path.join(RESULTS, 'year-report.docx');
    await file.saveAs(saved);

    const text = await docxToText(fs.readFileSync(saved));
    assert.match(text, /^Eksempel kommune – Statusrapport 2026\n/);
    for (const m of SAMPLE.measures) assert.ok(text.includes(`| ${m.id} ${m.title} | ${m.status} |`), `measure ${m.id} with its status`);
  });
});
