/**
 * A parse worker of the content library (`parsePool.ts`): reads and parses the page files it is
 * given, a batch at a time, and sends back each page's outcome in the same order: a parsed page
 * as bytes (`EncodedPage`, all of a batch's pages in one transferred buffer, so nothing is cloned
 * on the way and the parse cache can store the same bytes), a page left out as its reason.
 */
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { EncodedPage } from './compact.ts';
import { parsePageFileSync } from './pagefile.ts';

export interface ParseBatch {
  batch: number;
  maxBytes: number;
  /** [file, size] */
  jobs: [string, number][];
}

export interface ParsedBatch {
  batch: number;
  /** Per page: null when parsed (its bytes are in `pages`), else why it is left out. */
  reasons: (string | null)[];
  /** The parsed pages' bytes, one after another. */
  pages: Uint8Array;
  /** Per page, where its bytes end in `pages` (equal to the previous end when left out). */
  ends: Uint32Array;
  /** This worker's busy time so far (reading and parsing), in milliseconds. */
  busyMs: number;
}

parentPort?.on('message', (message: ParseBatch) => {
  const reasons: (string | null)[] = [];
  const encoded: EncodedPage[] = [];
  const ends = new Uint32Array(message.jobs.length);
  let length = 0;
  message.jobs.forEach(([file, size], i) => {
    const outcome = parsePageFileSync(file, size, message.maxBytes, true);
    if (outcome.article) {
      const page = new EncodedPage(outcome.article, outcome.terms!);
      encoded.push(page);
      length += page.byteLength;
    }
    reasons.push(outcome.reason);
    ends[i] = length;
  });
  // A buffer of its own (never Node's shared pool), so it can be transferred.
  const pages = Buffer.allocUnsafeSlow(length);
  let offset = 0;
  for (const page of encoded) {
    page.writeTo(pages, offset);
    offset += page.byteLength;
  }
  const reply: ParsedBatch = {
    batch: message.batch,
    reasons,
    pages,
    ends,
    busyMs: performance.eventLoopUtilization().active,
  };
  parentPort!.postMessage(reply, [pages.buffer, ends.buffer]);
});
