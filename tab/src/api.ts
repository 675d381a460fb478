import type { ErrorDto } from '../../src/tab/api-types';
import type { Host } from './host';

/** An API answer: the data, or the server's Norwegian message with its status. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

const OFFLINE = 'Fikk ikke kontakt med Planassistenten. Sjekk nettet og prøv igjen.';

/** GET /api/tab/<path> as the host's user. */
export async function getJson<T>(host: Host, path: string): Promise<ApiResult<T>> {
  return request<T>(host, path);
}

/** POST /api/tab/<path> with a JSON body, as the host's user. */
export async function postJson<T>(host: Host, path: string, body: unknown): Promise<ApiResult<T>> {
  return request<T>(host, path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}

async function request<T>(host: Host, path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(`/api/tab${path}`, { ...init, headers: { accept: 'application/json', ...init.headers, ...(await host.authHeaders()) } });
  } catch {
    return { ok: false, status: 0, message: OFFLINE };
  }
  const body = (await res.json().catch(() => undefined)) as T | ErrorDto | undefined;
  if (res.ok && body !== undefined) return { ok: true, data: body as T };
  const message = body && typeof (body as ErrorDto).error === 'string' ? (body as ErrorDto).error : OFFLINE;
  return { ok: false, status: res.status, message };
}
