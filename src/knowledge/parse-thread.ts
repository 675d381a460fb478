import { Worker } from 'node:worker_threads';
import type { ParsedFile, ReadLimits } from './loaders';

/**
 * The worker parses one file at a time with the loaders' own `parseBytes`, so a file gives the
 * same pages here as in the command-line tools. The project runs TypeScript through tsx, so the
 * worker registers tsx's require hook before it loads the loaders (as document-thread.ts does).
 * It says `ready` once pdfjs is loaded too: what it holds then is not any file's doing.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
require(${JSON.stringify(require.resolve('tsx/cjs'))});
const { parseBytes } = require(${JSON.stringify(require.resolve('./loaders'))});
require(${JSON.stringify(require.resolve('./pdf'))}).loadPdfjs().then(() => parentPort.postMessage({ ready: true }));
parentPort.on('message', async ({ name, data, limits }) => {
  try {
    parentPort.postMessage({ parsed: await parseBytes(name, Buffer.from(data.buffer, data.byteOffset, data.byteLength), limits) });
  } catch (err) {
    parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
`;

/** Turns a file's bytes into pages; `parseBytes` in process, or `ParseThread` in a worker. */
export interface FileParser {
  parse(name: string, data: Buffer): Promise<ParsedFile>;
  /** Ends what the parser holds (its worker); it may be used again after. */
  close(): Promise<void>;
}

/** Calls `run` after `ms` (once) or every `ms`; returns what cancels it. */
export type Timer = (ms: number, run: () => void) => () => void;

const after: Timer = (ms, run) => {
  const t = setTimeout(run, ms);
  t.unref();
  return () => clearTimeout(t);
};

const every: Timer = (ms, run) => {
  const t = setInterval(run, ms);
  t.unref();
  return () => clearInterval(t);
};

/** The time and memory a `ParseThread` watches with; tests replace them to stop a read when they choose. */
export interface ParseGuards {
  /** Ends a read at its time limit. */
  after?: Timer;
  /** Reads the resident memory while a file is parsed, every `pollMs`. */
  every?: Timer;
  /** The process's resident memory in bytes (the worker's buffers live outside its heap). */
  residentBytes?: () => number;
  pollMs?: number;
}

/** A read the worker did not finish: it ran out of memory or time, or stopped; the worker is gone. */
export class ParseStoppedError extends Error {
  override readonly name = 'ParseStoppedError';
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10}`.replace('.', ',');

/**
 * Parses untrusted files in a worker thread, so pdfjs and mammoth never hold the bot's event
 * loop and a hostile file can at worst end its worker. The worker's heap is capped by V8
 * (`maxParseHeapMb`); the buffers pdfjs inflates into live outside that heap, so the process's
 * resident memory may not grow by more than `maxParseMemoryMb` while a file is read; and a file
 * gets `maxParseMs`. A file over a limit is refused with a Norwegian reason, and the next
 * file gets a fresh worker. One worker serves file after file until then; it is started on the
 * first file, so a sync with nothing to read starts none. pdfjs runs only in the worker, so its
 * polyfills (it replaces `Array.prototype.push`) never touch the bot's own thread.
 */
export class ParseThread implements FileParser {
  private worker: Worker | undefined;
  private readonly guards: Required<ParseGuards>;
  /** The worker reads one file at a time: a parse asked for meanwhile waits for the one before. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly limits: ReadLimits, guards: ParseGuards = {}) {
    this.guards = { after, every, residentBytes: () => process.memoryUsage.rss(), pollMs: 100, ...guards };
  }

  parse(name: string, data: Buffer): Promise<ParsedFile> {
    const next = this.queue.then(() => this.parseNow(name, data));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async parseNow(name: string, data: Buffer): Promise<ParsedFile> {
    this.worker ??= this.spawn();
    const worker = this.worker;
    try {
      return await this.ask(worker, name, data);
    } catch (err) {
      if (err instanceof ParseStoppedError) {
        if (this.worker === worker) this.worker = undefined;
        await worker.terminate();
      }
      throw err;
    }
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxParseHeapMb },
    });
    // A parse in flight keeps its own promise; an idle worker must not keep the process alive.
    worker.unref();
    return worker;
  }

  private ask(worker: Worker, name: string, data: Buffer): Promise<ParsedFile> {
    return new Promise((resolve, reject) => {
      const { residentBytes } = this.guards;
      let baseline = residentBytes();
      const maxGrowth = this.limits.maxParseMemoryMb * 1024 * 1024;
      const stop = (reason: string) => {
        done();
        reject(new ParseStoppedError(reason));
      };
      const cancelPoll = this.guards.every(this.guards.pollMs, () => {
        if (residentBytes() - baseline > maxGrowth) stop(`lesingen brukte mer enn ${this.limits.maxParseMemoryMb} MB minne og ble stoppet`);
      });
      const cancelDeadline = this.guards.after(this.limits.maxParseMs, () => stop(`lesingen tok mer enn ${seconds(this.limits.maxParseMs)} sekunder og ble stoppet`));
      const onMessage = (reply: { ready?: true; parsed?: ParsedFile; error?: string }) => {
        // A fresh worker has just loaded its modules: the file's memory counts from here.
        if (reply.ready) {
          baseline = residentBytes();
          return;
        }
        done();
        if (reply.parsed) resolve(reply.parsed);
        else reject(new Error(reply.error ?? 'ukjent feil'));
      };
      const onError = (err: Error & { code?: string }) => {
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') stop(`lesingen brukte mer enn ${this.limits.maxParseHeapMb} MB minne og ble stoppet`);
        else stop(`lesingen stoppet uventet (${err.message})`);
      };
      const onExit = (code: number) => stop(`lesingen stoppet uventet (kode ${code})`);
      const done = () => {
        cancelPoll();
        cancelDeadline();
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      // While a file is read the worker keeps the process alive, as reading in process would.
      worker.ref();
      worker.postMessage({ name, data, limits: this.limits });
    });
  }
}
