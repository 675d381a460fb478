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

  it('answers 400 "Field \'X\' is not recognized" to an unknown field on item create and PATCH, like SharePoint', async () => {
    const list = await json(call('POST', '/sites/s/lists', { displayName: 'L', columns: [{ name: 'Status', text: {} }] }));
    const created = await call('POST', `/sites/s/lists/${list.id}/items`, { fields: { Status: 'a', ApprovedBy: 'Kari' } });
    assert.equal(created.status, 400);
    assert.deepEqual(await created.json(), { error: { code: 'invalidRequest', message: "Field 'ApprovedBy' is not recognized" } });
    await json(call('POST', `/sites/s/lists/${list.id}/items`, { fields: { Status: 'a' } }));
    const patched = await call('PATCH', `/sites/s/lists/${list.id}/items/1/fields`, { Status: 'b', DecisionId: 'd1' });
    assert.equal(patched.status, 400);
    assert.match(String(((await patched.json()) as { error: { message: string } }).error.message), /Field 'DecisionId' is not recognized/);
  });

  it('lets a client add a column with manage, refuses it with write (403), and the role can change while running', async () => {
    const list = await json(call('POST', '/sites/s/lists', { displayName: 'L', columns: [] }));
    em.setPermission('write');
    assert.equal((await call('POST', `/sites/s/lists/${list.id}/columns`, { name: 'DecisionId', text: {} })).status, 403);
    assert.equal((await call('POST', '/sites/s/lists', { displayName: 'M' })).status, 403);
    assert.equal((await call('POST', `/sites/s/lists/${list.id}/items`, { fields: { Title: 'a' } })).status, 201, 'write still writes items');
    em.setPermission('read');
    assert.equal((await call('PATCH', `/sites/s/lists/${list.id}/items/1/fields`, { Title: 'b' })).status, 403);
    assert.equal((await call('GET', `/sites/s/lists/${list.id}/items`)).status, 200);
    em.setPermission('manage');
    assert.equal((await call('POST', `/sites/s/lists/${list.id}/columns`, { name: 'DecisionId', text: {} })).status, 201);
    assert.equal((await call('PATCH', `/sites/s/lists/${list.id}/items/1/fields`, { DecisionId: 'd1' })).status, 200);
  });

  it('while hanging takes requests, applies nothing and never answers; coming up cuts them', async () => {
    const list = await json(call('POST', '/sites/s/lists', { displayName: 'L', columns: [] }));
    await em.down('hang');
    const hanging = call('POST', `/sites/s/lists/${list.id}/items`, { fields: { Title: 'a' } });
    while (em.requestsMatching('POST', '/items').length === 0) await new Promise((r) => setImmediate(r));
    assert.equal(em.store.list('s', 'L')!.items.length, 0);
    await em.up();
    await assert.rejects(hanging, { name: 'TypeError', message: 'fetch failed' });
  });
});
