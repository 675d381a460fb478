import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { YearReportDto } from '../../src/year-report/tab-route';
import { startTestService, type TestService } from '../support/service';

const OLA = '00000000-0000-0000-0000-000000000021'; // owns measures, not a coordinator

describe('POST /api/tab/report (local mode)', () => {
  let ctx: TestService;
  beforeEach(async () => {
    ctx = await startTestService();
  });
  afterEach(() => ctx.service.stop());

  async function post(body: unknown, as?: string) {
    const res = await fetch(`${ctx.url}/api/tab/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(as ? { 'x-local-user': as } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as YearReportDto & { error?: string } };
  }

  it('saves the chosen year as a Word document and links to it', async () => {
    const year = ctx.clock.now().getUTCFullYear();
    const res = await post({ year: String(year) });
    assert.equal(res.status, 200);
    assert.equal(res.body.year, year);
    assert.match(res.body.name, new RegExp(`${year}.*\\.docx$`));
    const file = await fetch(res.body.url);
    assert.equal(file.status, 200);
    const bytes = Buffer.from(await file.arrayBuffer());
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a DOCX is a zip archive');
  });

  it('refuses a year that is not a year, or lies ahead, in Norwegian, and saves nothing', async () => {
    const folder = path.join(ctx.config.dataDir, 'reports');
    const before = fs.existsSync(folder) ? fs.readdirSync(folder).length : 0;
    const next = ctx.clock.now().getUTCFullYear() + 1;
    for (const year of ['i fjor', String(next), { forged: true }]) {
      const res = await post({ year });
      assert.equal(res.status, 400, JSON.stringify(year));
      assert.match(res.body.error ?? '', /år/i);
    }
    assert.equal(fs.existsSync(folder) ? fs.readdirSync(folder).length : 0, before);
  });

  it('is for coordinators only', async () => {
    const res = await post({}, OLA);
    assert.equal(res.status, 403);
    assert.equal(res.body.error, 'Bare koordinatorer har tilgang til dette.');
  });
});
