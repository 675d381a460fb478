import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Logger } from '../../src/common/logger';
import { RestifyAdapter } from '../../src/server/restify-adapter';

const quiet = new Logger('test', 'error', () => {});

async function started(maxBodyBytes = 1024) {
  const adapter = new RestifyAdapter({ host: '127.0.0.1', maxBodyBytes, logger: quiet });
  return { adapter, url: () => `http://127.0.0.1:${adapter.port}` };
}

describe('RestifyAdapter', () => {
  let adapter: RestifyAdapter;
  let url: () => string;
  beforeEach(async () => ({ adapter, url } = await started()));
  afterEach(() => adapter.stop(100));

  it('passes the parsed body and headers to a pure POST handler and sends its answer', async () => {
    adapter.registerRoute('POST', '/api/messages', async ({ body, headers }) => ({
      status: 202,
      body: { got: body, auth: headers['authorization'] },
    }));
    await adapter.start(0);
    const res = await fetch(`${url()}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer x' },
      body: JSON.stringify({ a: 1 }),
    });
    assert.equal(res.status, 202);
    assert.deepEqual(await res.json(), { got: { a: 1 }, auth: 'Bearer x' });
  });

  it('answers a handler that throws with 500 and a generic Norwegian message', async () => {
    adapter.registerRoute('POST', '/boom', async () => {
      throw new Error('secret detail');
    });
    await adapter.start(0);
    const res = await fetch(`${url()}/boom`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 500);
    assert.doesNotMatch(await res.text(), /secret detail/);
  });

  it('refuses a body over the limit with 413', async () => {
    adapter.registerRoute('POST', '/api/messages', async () => ({ status: 200 }));
    await adapter.start(0);
    const res = await fetch(`${url()}/api/messages`, { method: 'POST', body: 'x'.repeat(2048), headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 413);
  });

  it('rejects methods other than POST for SDK routes', () => {
    assert.throws(() => adapter.registerRoute('GET' as 'POST', '/x', async () => ({ status: 200 })), {
      name: 'Error',
      message: 'Unsupported HTTP method: GET',
    });
  });

  it('serves GET routes and static files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-'));
    fs.writeFileSync(path.join(dir, 'hello.txt'), 'hei');
    adapter.registerGet('/healthz', async () => ({ status: 200, body: { status: 'ok' } }));
    adapter.serveStatic('/static', dir);
    await adapter.start(0);
    assert.deepEqual(await (await fetch(`${url()}/healthz`)).json(), { status: 'ok' });
    assert.equal(await (await fetch(`${url()}/static/hello.txt`)).text(), 'hei');
  });

  it('lets an in-flight request finish when stopping, then refuses new connections', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    adapter.registerRoute('POST', '/slow', async () => {
      await gate;
      return { status: 200, body: { done: true } };
    });
    await adapter.start(0);
    const base = url();
    const inFlight = fetch(`${base}/slow`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    await new Promise((r) => setTimeout(r, 20));
    const stopped = adapter.stop(5000);
    release();
    const res = await inFlight;
    assert.deepEqual(await res.json(), { done: true });
    await stopped;
    await assert.rejects(fetch(`${base}/slow`, { method: 'POST', body: '{}' }), { name: 'TypeError' });
  });
});
