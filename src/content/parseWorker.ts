/**
 * A parse worker of the content library (`parsePool.ts`): reads and parses the page files it is
 * given, a batch at a time, and sends back each page's outcome in the same order (packed:
 * `packArticle`; `parsePool.ts` unpacks it).
 */
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { packArticle } from './compact.ts';
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
  /** This worker's busy time so far (reading and parsing), in milliseconds. */
  busyMs: number;
}

parentPort?.on('message', (message: ParseBatch) => {
  void (async () => {
    const outcomes: PageOutcome[] = [];
    for (const [file, size] of message.jobs) {
      const outcome = await parsePageFile(file, size, message.maxBytes, true);
      if (outcome.article) packArticle(outcome.article);
      outcomes.push(outcome);
    }
    const reply: ParsedBatch = { batch: message.batch, outcomes, busyMs: performance.eventLoopUtilization().active };
    parentPort!.postMessage(reply);
  })();
});
