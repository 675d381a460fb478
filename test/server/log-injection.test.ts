import assert from 'node:assert/strict';
import { RecordingConnector } from '../support/recording-connector';
import { personalMessage } from '../support/activities';
import { post, startTestService, type TestService } from '../support/service';

/** What an attacker would put after a line break: a record of their own. */
const FORGED = '2026-11-23T08:00:00.000Z ERROR vinr.forged: admin logged in';
const BREAKS = ['\r\n', '\n', '\r', '\u2028', '\u0085'];

/** Every record the service logged is one line, and no line starts a forged record. */
function assertOneLinePerRecord(lines: string[]): void {
  const broken = lines.filter((l) => /[\r\n\u2028\u2029\u0085]/.test(l));
  assert.deepEqual(broken, [], 'a record holds a line break');
  assert.ok(lines.every((l) => !l.startsWith(FORGED.slice(0, 20))), 'a forged record');
}

describe('values from requests in log lines', () => {
  let connector: RecordingConnector;
  let ctx: TestService;
  beforeEach(async () => {
    connector = new RecordingConnector();
    await connector.start();
  });
  afterEach(async () => {
    await ctx.service.stop();
    await connector.stop();
  });

  it('an activity id with CR/LF on a failed turn is logged on one line, escaped', async () => {
    ctx = await startTestService({}, {
      features: () => ({ commands: { boom: async () => { throw new Error('boom'); } } }),
    });
    for (const [i, br] of BREAKS.entries()) {
      const res = await post(ctx.url, { ...personalMessage(connector.url, 'boom'), id: `act-${i}${br}${FORGED}` });
      assert.equal(res.status, 200);
      await connector.waitFor(i + 1);
    }
    const failed = ctx.lines.filter((l) => /turn failed/.test(l));
    assert.equal(failed.length, BREAKS.length);
    assert.match(failed[0]!, /id=act-0\\r\\n2026-11-23T08:00:00\.000Z ERROR vinr\.forged/);
    assertOneLinePerRecord(ctx.lines);
  });

  it('at debug level, a question and an activity type with line breaks stay on their own record', async () => {
    ctx = await startTestService();
    for (const br of BREAKS) {
      const before = connector.sent.length;
      assert.equal((await post(ctx.url, personalMessage(connector.url, `Hva er meldeplikt?${br}${FORGED}`))).status, 200);
      await connector.waitFor(before + 1);
      assert.equal((await post(ctx.url, { ...personalMessage(connector.url, ''), type: `message${br}${FORGED}` })).status, 200);
    }
    assert.ok(ctx.lines.some((l) => /question: Hva er meldeplikt\?\\n2026/.test(l)), 'the question is logged at debug, escaped');
    assertOneLinePerRecord(ctx.lines);
  });
});
