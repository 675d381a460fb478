import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docxToText } from '../../src/knowledge/docx';
import { loadPlan } from '../../src/plan/load';
import { USERS, personalMessage } from '../support/activities';
import { botUnderTest, post } from '../support/service';

const PLAN = loadPlan(path.resolve(__dirname, '..', '..', 'data', 'eksempel-kommune', 'plan.yaml'));

describe('"rapport" in chat over the real protocol (local mode)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinr-rapport-'));
  const bot = botUnderTest({ DATA_DIR: dataDir });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const saved = () => (fs.existsSync(path.join(dataDir, 'reports')) ? fs.readdirSync(path.join(dataDir, 'reports')).length : 0);

  async function ask(text: string, from = USERS.kari) {
    bot.connector.clear();
    await post(bot.ctx.url, personalMessage(bot.connector.url, text, from));
    await bot.connector.waitFor(1);
    return bot.connector.sent[0]!.activity;
  }

  it('gives a coordinator a card linking the report, which the bot serves as a Word file listing every measure', async () => {
    const reply = await ask('rapport');
    const card = reply.attachments?.[0]?.content as { body: Array<{ text: string }>; actions: Array<{ url: string }> };
    assert.equal(card.body[0]?.text, 'Statusrapport 2026 er klar');
    const url = card.actions[0]!.url;
    assert.ok(url.startsWith(`${bot.ctx.url}/api/reports/`), url);
    assert.ok(card.body.some((b) => b.text === `[Statusrapport 2026 – Handlingsplan mot vold i nære relasjoner.docx](${url})`));

    const res = await fetch(url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const text = await docxToText(Buffer.from(await res.arrayBuffer()));
    assert.match(text, /^Eksempel kommune – Statusrapport 2026\n/);
    for (const m of PLAN.measures) assert.match(text, new RegExp(`\\| ${m.id.replace('.', '\\.')} ${m.title} \\| ${m.status} \\|`), `measure ${m.id}`);
  });

  it('makes the report of an earlier year when asked', async () => {
    const card = (await ask('rapport 2025')).attachments?.[0]?.content as { body: Array<{ text: string }> };
    assert.equal(card.body[0]?.text, 'Statusrapport 2025 er klar');
  });

  it('refuses anyone but a coordinator, in Norwegian, and saves nothing', async () => {
    const before = saved();
    const reply = await ask('rapport', USERS.ola);
    assert.equal(reply.text, 'Bare koordinatorer kan lage årsrapporten.');
    assert.equal(reply.attachments, undefined);
    assert.equal(saved(), before);
  });

  it('answers a bad or future year with a clear message', async () => {
    assert.equal((await ask('rapport i fjor')).text, '«i fjor» er ikke et årstall. Skriv for eksempel «rapport» eller «rapport 2025».');
    assert.equal((await ask('rapport 2031')).text, 'Jeg kan lage rapport for årene 2000–2026. Skriv for eksempel «rapport 2026».');
  });

  it('serves nothing but a saved report: other paths under /api/reports get 404', async () => {
    fs.writeFileSync(path.join(dataDir, 'secret.docx'), 'not a report');
    for (const p of ['/api/reports/..%2Fsecret.docx', '/api/reports/../secret.docx', '/api/reports/%2e%2e', '/api/reports/AAAAAAAAAAAAAAAAAAAAAAAA', '/api/reports/']) {
      const res = await fetch(`${bot.ctx.url}${p}`);
      assert.equal(res.status, 404, p);
      assert.notEqual(res.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    }
  });
});
