import type { Config } from '../config';
import type { GetHandler } from './restify-adapter';

/** Liveness only: answers as long as the process serves HTTP. Readiness is a separate concern. */
export function healthHandler(config: Pick<Config, 'mode'>, version: string): GetHandler {
  return async () => ({ status: 200, body: { status: 'ok', version, mode: config.mode } });
}
