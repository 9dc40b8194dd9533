/**
 * A parse worker of the content library (`parsePool.ts`): reads and parses the page files it is
 * given, a batch at a time, and sends back each page's outcome in the same order.
 */
import { parentPort } from 'node:worker_threads';
import { parsePageFile, type PageOutcome } from './pagefile.ts';

export interface ParseBatch {
  batch: number;
  maxBytes: number;
  /** [file, size] */
  jobs: [string, number][];
}

export interface ParsedBatch {
  batch: number;
  outcomes: PageOutcome[];
  /** Time spent reading and parsing the batch, in milliseconds. */
  ms: number;
}

parentPort?.on('message', (message: ParseBatch) => {
  void (async () => {
    const began = performance.now();
    const outcomes: PageOutcome[] = [];
    for (const [file, size] of message.jobs) {
      outcomes.push(await parsePageFile(file, size, message.maxBytes, true));
    }
    const reply: ParsedBatch = { batch: message.batch, outcomes, ms: performance.now() - began };
    parentPort!.postMessage(reply);
  })();
});
