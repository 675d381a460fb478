import assert from 'node:assert/strict';
import type { Activity } from '@microsoft/teams.api';
import { Logger } from '../../src/common/logger';
import { tenantGuard, tenantOf, turnErrorBoundary } from '../../src/bot/middleware';

function ctx(activity: Partial<Activity>, next: () => Promise<unknown> = async () => 'next') {
  const sent: unknown[] = [];
  return { activity: activity as Activity, next, send: async (a: unknown) => sent.push(a), sent } as never as {
    activity: Activity; next: () => Promise<unknown>; send: (a: unknown) => Promise<unknown>; sent: unknown[];
  };
}

describe('tenantGuard', () => {
  const lines: string[] = [];
  const log = new Logger('t', 'debug', (l) => lines.push(l));
  const guard = tenantGuard(['tenant-a'], log);

  it('lets allowed tenants through', async () => {
    const c = ctx({ type: 'message', channelData: { tenant: { id: 'TENANT-A' } } } as never);
    assert.equal(await guard(c as never), 'next');
  });

  it('refuses other tenants with 403 and logs without content', async () => {
    const c = ctx({ type: 'message', text: 'hemmelig', channelData: { tenant: { id: 'tenant-b' } } } as never);
    const res = (await guard(c as never)) as { status: number };
    assert.equal(res.status, 403);
    assert.ok(lines.some((l) => l.includes('tenant-b')));
    assert.ok(lines.every((l) => !l.includes('hemmelig')));
  });

  it('logs a refused tenant id with a line break on one line, so it cannot forge a record', async () => {
    const before = lines.length;
    const forged = 'evil\r\n2026-11-23T08:00:00.000Z INFO  t: tenant allowed';
    await guard(ctx({ type: 'message', channelData: { tenant: { id: forged } } } as never) as never);
    const logged = lines.slice(before);
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /refused activity from tenant evil\\r\\n2026/);
    assert.doesNotMatch(logged[0]!, /[\r\n]/);
  });

  it('refuses activities with no tenant at all', async () => {
    const res = (await guard(ctx({ type: 'message' }) as never)) as { status: number };
    assert.equal(res.status, 403);
  });

  it('finds the tenant on the conversation when channelData lacks it', () => {
    assert.equal(tenantOf({ conversation: { tenantId: 'x' } } as never), 'x');
  });
});

describe('turnErrorBoundary', () => {
  const log = new Logger('t', 'error', () => {});

  it('turns a failing message turn into a polite reply instead of a 500', async () => {
    const c = ctx({ type: 'message' }, async () => {
      throw new Error('boom');
    });
    const res = (await turnErrorBoundary(log)(c as never)) as { status: number };
    assert.equal(res.status, 200);
    assert.match(String(c.sent[0]), /Noe gikk galt/);
  });

  it('answers a failing invoke with a message response', async () => {
    const c = ctx({ type: 'invoke' }, async () => {
      throw new Error('boom');
    });
    const res = (await turnErrorBoundary(log)(c as never)) as { body: { value: string } };
    assert.match(res.body.value, /Noe gikk galt/);
  });
});
