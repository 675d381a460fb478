import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * Azurite's well-known development account (public, documented by Microsoft; it only opens a
 * local emulator). Never a real key.
 */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  port: number;
  /** For AZURE_STORAGE_CONNECTION_STRING. */
  connectionString: string;
  stop(): Promise<void>;
}

/** Starts Azurite's Table service in its own process, in memory, on a free port. */
export async function startAzurite(): Promise<Azurite> {
  const child: ChildProcess = fork(path.join(__dirname, 'azurite-server.cjs'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`azurite exited (${code}) before it listened`)));
  });
  // The test run may end while Azurite runs: it exits when the channel closes.
  child.unref();
  (child.channel as { unref?: () => void } | undefined)?.unref?.();
  return {
    port,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      // Held again while it stops, so this process waits for it.
      child.ref();
      child.disconnect();
      await exited;
    },
  };
}

let shared: Promise<Azurite> | undefined;

/** One Azurite for the whole test run; tests keep apart by table prefix. It ends with the run. */
export function sharedAzurite(): Promise<Azurite> {
  shared ??= startAzurite();
  return shared;
}

let counter = 0;
/** A table prefix no other test uses. */
export function uniquePrefix(name = 't'): string {
  return `${name}${process.pid}x${Date.now().toString(36)}x${(counter++).toString(36)}`.replace(/[^A-Za-z0-9]/g, '');
}
