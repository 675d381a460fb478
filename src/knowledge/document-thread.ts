import { Worker } from 'node:worker_threads';
import type { ILogger } from '@microsoft/teams.common';
import { prepareDocument, type PreparedSection, type WindowOptions } from './passages';
import type { LoadedDocument } from './types';

/**
 * The worker reads one document at a time. The project runs TypeScript through tsx, so the
 * worker registers tsx's require hook before it loads the document reader.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
require(${JSON.stringify(require.resolve('tsx/cjs'))});
const { prepareDocument } = require(${JSON.stringify(require.resolve('./passages'))});
parentPort.on('message', ({ doc, window }) => parentPort.postMessage(prepareDocument(doc, window)));
`;

/** Heap of the worker: a document is at most 2 M characters, far below this. */
const WORKER_HEAP_MB = 512;

/**
 * Reads each document into sections, lines and units (`prepareDocument`) in a worker thread.
 * For a long document that is one synchronous pass of 100 ms or more, which would hold the
 * event loop; in the worker it holds nothing. When the worker cannot run, the rest is read
 * here, with a warning.
 */
export async function prepareOffThread(docs: LoadedDocument[], window: WindowOptions, log?: ILogger): Promise<PreparedSection[][]> {
  const out: PreparedSection[][] = [];
  if (docs.length === 0) return out;
  let worker: Worker | undefined;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    for (const doc of docs) out.push(await ask(worker, doc, window));
  } catch (err) {
    log?.warn(`kunnskap: dokumentene leses i hovedtråden (${(err as Error).message})`);
    for (const doc of docs.slice(out.length)) out.push(prepareDocument(doc, window));
  } finally {
    await worker?.terminate();
  }
  return out;
}

function ask(worker: Worker, doc: LoadedDocument, window: WindowOptions): Promise<PreparedSection[]> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (sections: PreparedSection[]) => {
      done();
      resolve(sections);
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`arbeidstråden stoppet (${code})`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ doc, window });
  });
}
