import assert from 'node:assert/strict';
import { RecordingConnector } from '../support/recording-connector';
import { cardAction, channelMention, personalInstall, teamInstall } from '../support/activities';
import { post, startTestService } from '../support/service';

type Json = Record<string, unknown>;
const WRONG: unknown[] = [123, 'x', '', [], {}, null, true, [null], { id: 5 }];

/** Every field path of an activity, nested objects and first array elements included. */
function paths(o: Json, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => {
    const p = prefix ? `${prefix}.${k}` : k;
    if (Array.isArray(v) && v[0] && typeof v[0] === 'object') return [p, ...paths(v[0] as Json, `${p}.0`)];
    return v && typeof v === 'object' && !Array.isArray(v) ? [p, ...paths(v as Json, p)] : [p];
  });
}

function withValue(activity: Json, path: string, value: unknown): Json {
  const copy = JSON.parse(JSON.stringify(activity)) as Json;
  const keys = path.split('.');
  let at = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys[keys.length - 1]!] = value;
  return copy;
}

/**
 * Every field of the activities Teams sends, set to each wrong type in turn: the bot answers with
 * a Norwegian 4xx or a clean 200, never a 5xx or an empty error, and keeps running.
 */
describe('activities with a field of the wrong type, field by field', () => {
  let connector: RecordingConnector;
  let ctx: Awaited<ReturnType<typeof startTestService>>;
  before(async () => {
    connector = new RecordingConnector();
    await connector.start();
    ctx = await startTestService();
  });
  after(async () => {
    await ctx.service.stop();
    await connector.stop();
  });

  it('never answers 5xx or an empty 4xx, and logs no error', async function () {
    this.timeout(60_000);
    const bases: Json[] = [
      channelMention(connector.url, 'hjelp'), personalInstall(connector.url), teamInstall(connector.url),
      cardAction(connector.url, 'measure.propose', { measureId: '2.1', status: 'Pågår', comment: 'x' }),
    ];
    const wrong: string[] = [];
    for (const base of bases) {
      for (const path of paths(base)) {
        for (const value of WRONG) {
          const res = await post(ctx.url, withValue(base, path, value));
          const quiet = res.status >= 400 && !(res.body as { error?: string } | undefined)?.error;
          if (res.status >= 500 || quiet) wrong.push(`${String(base.type)} ${path}=${JSON.stringify(value)} → ${res.status}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
    assert.deepEqual(ctx.lines.filter((l) => / ERROR /.test(l)), []);
  });
});
