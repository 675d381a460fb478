import type { Reply, RouteRequest } from './routes';
import { itemResource, type EmulatedList, type FieldsView } from './store';

/**
 * GET …/lists/{id}/items/delta like Graph: without a token every current item, paged, ending in
 * an @odata.deltaLink; with a token only items written since and tombstones ({ id, deleted }) of
 * removed ones. Tokens from before expireDeltaTokens() answer 410 resyncRequired.
 */
export function listDelta(list: EmulatedList, req: RouteRequest, view: FieldsView): Reply {
  const token = req.query['token'];
  let since: number | undefined;
  if (token !== undefined) {
    const [gen, seq] = token.split('.').map(Number);
    if (gen !== list.generation || !Number.isInteger(seq)) {
      const restart = `${req.baseUrl}${req.path}`;
      return { status: 410, body: { error: { code: 'resyncRequired', message: 'Resync required.' } }, headers: { location: restart } };
    }
    since = seq;
  }
  // Every page of one round answers as of the same change, so nothing slips between pages.
  const asOf = Number(req.query['asof'] ?? list.seq);
  const changed = list.items
    .filter((i) => since === undefined || i.seq > since)
    .map((i) => itemResource(i, view));
  const removed = since === undefined ? [] : list.tombstones.filter((t) => t.seq > since!).map((t) => ({ id: t.id, deleted: { state: 'deleted' } }));
  const all = [...changed, ...removed];
  const top = Math.max(1, Number(req.query['$top'] ?? req.pageSize) || req.pageSize);
  const skip = Number(req.query['$skiptoken'] ?? 0) || 0;
  const body: Record<string, unknown> = { value: all.slice(skip, skip + top) };
  const base = `${req.baseUrl}${req.path}`;
  const keep = Object.fromEntries(Object.entries(req.query).filter(([k]) => k === '$expand' || k === 'expand' || k === '$top'));
  if (skip + top < all.length) {
    body['@odata.nextLink'] = `${base}?${new URLSearchParams({ ...keep, ...(token ? { token } : {}), asof: String(asOf), $skiptoken: String(skip + top) })}`;
  } else {
    body['@odata.deltaLink'] = `${base}?${new URLSearchParams({ ...keep, token: `${list.generation}.${asOf}` })}`;
  }
  return { status: 200, body };
}
