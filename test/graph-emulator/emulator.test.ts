import assert from 'node:assert/strict';
import { GraphEmulator } from '.';

/** The emulator must behave like Graph where our code depends on it. */
describe('GraphEmulator', () => {
  let em: GraphEmulator;
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(em.baseUrl + path, {
      method,
      headers: { authorization: `Bearer ${em.token}`, 'content-type': 'application/json', ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  type Json = Record<string, unknown> & { id: string; eTag: string; value: unknown[] };
  const json = async (r: Response | Promise<Response>): Promise<Json> => (await (await r).json()) as Json;
  beforeEach(async () => {
    em = await GraphEmulator.start();
  });
  afterEach(async () => em.close());

  it('answers 401 without the Bearer token', async () => {
    const r = await fetch(`${em.baseUrl}/sites/s/lists`);
    assert.equal(r.status, 401);
  });

  it('changes the eTag on every write and answers 412 to a stale If-Match', async () => {
    const list = await json(call('POST', '/sites/s/lists', { displayName: 'L', columns: [] }));
    const item = await json(call('POST', `/sites/s/lists/${list.id}/items`, { fields: { Title: 'a' } }));
    assert.match(item.eTag, /^"\{[0-9A-F-]{36}\},1"$/);
    const ok = await call('PATCH', `/sites/s/lists/${list.id}/items/1/fields`, { Title: 'b' }, { 'if-match': item.eTag });
    assert.match(String((await json(ok))['@odata.etag']), /,2"$/);
    const stale = await call('PATCH', `/sites/s/lists/${list.id}/items/1/fields`, { Title: 'c' }, { 'if-match': item.eTag });
    assert.equal(stale.status, 412);
    assert.equal((await call('POST', `/sites/s/lists/${list.id}/items`, { fields: { Nope: 1 } })).status, 400);
  });

  it('refuses a duplicate value in a unique column with 409', async () => {
    const list = await json(call('POST', '/sites/s/lists', { displayName: 'L', columns: [{ name: 'Key', text: {}, indexed: true, enforceUniqueValues: true }] }));
    assert.equal((await call('POST', `/sites/s/lists/${list.id}/items`, { fields: { Key: 'a' } })).status, 201);
    assert.equal((await call('POST', `/sites/s/lists/${list.id}/items`, { fields: { Key: 'a' } })).status, 409);
  });

  it('plays scripted faults in order, with Retry-After, for the matching method only', async () => {
    em.failNext('GET', 429, { retryAfter: 3 });
    em.failNext('GET', 503);
    const first = await call('GET', '/sites/s/lists');
    assert.deepEqual([first.status, first.headers.get('retry-after')], [429, '3']);
    assert.equal((await call('POST', '/sites/s/lists', { displayName: 'L' })).status, 201);
    assert.equal((await call('GET', '/sites/s/lists')).status, 503);
    assert.equal((await call('GET', '/sites/s/lists')).status, 200);
  });

  it('refuses connections while down and serves the same data when up again', async () => {
    await call('POST', '/sites/s/lists', { displayName: 'L' });
    await em.down();
    await assert.rejects(call('GET', '/sites/s/lists'), { name: 'TypeError', message: 'fetch failed' });
    await em.up();
    assert.equal((await json(call('GET', "/sites/s/lists?$filter=displayName eq 'L'"))).value.length, 1);
    await em.down('503');
    assert.equal((await call('GET', '/sites/s/lists')).status, 503);
    await em.up();
  });
});
