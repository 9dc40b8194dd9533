/**
 * Parses page files on worker threads, so a large load uses every core and a reload does not block
 * the event loop that serves requests. Each worker runs `parseWorker.ts` (bundled as
 * `parseWorker.js` next to the service); a worker that cannot start or dies hands its pages back
 * to this thread, so the outcome is the same either way.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { compactArticle, decodePage, EncodedPage, type StringTable } from './compact.ts';
import { parsePageFile, type PageOutcome } from './pagefile.ts';
import type { ParseBatch, ParsedBatch } from './parseWorker.ts';

export interface ParseJob {
  file: string;
  size: number;
}

const BATCH = 16;
/**
 * Batches sent to a worker and not yet answered, so it never waits for the next: this thread
 * also adds each page to the store as it comes (`ContentLibrary`), and with 2 the workers
 * waited for it ~8% of a 50,000-page parse, on a busy machine.
 */
const IN_FLIGHT = 4;

function workerUrl(): URL {
  // Sources run through a TypeScript loader; the bundle has the worker as a file of its own.
  return import.meta.url.endsWith('.ts')
    ? new URL('./parseWorker.ts', import.meta.url)
    : new URL('./parseWorker.js', import.meta.url);
}

/**
 * A worker running `url`. A TypeScript source (tests, `tsx` runs) is loaded through tsx's
 * CommonJS hook, registered in the worker itself: Node 20 does not pass the parent's module hooks
 * on to worker threads, nor run ESM hooks registered inside one.
 */
function startWorker(url: URL, options: WorkerOptions): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const hook = createRequire(import.meta.url).resolve('tsx/cjs');
  const file = fileURLToPath(url);
  const code = `require(${JSON.stringify(hook)}); require(${JSON.stringify(file)});`;
  return new Worker(code, { ...options, eval: true });
}

/** Workers for a load: one per core, at most `max`. */
export function defaultPoolSize(max = 8): number {
  return Math.max(1, Math.min(max, availableParallelism()));
}

/** Receives each parsed page's bytes (`EncodedPage`), e.g. for the parse cache. */
export type EncodedPageSink = (job: number, bytes: Uint8Array) => void;

/**
 * Parses one page on this thread with the outcome a worker's would have: words counted, strings
 * shared through `strings`, and, for `onEncoded`, the page's bytes.
 */
export async function parseOnThisThread(
  job: ParseJob,
  index: number,
  maxBytes: number,
  strings: StringTable,
  onEncoded?: EncodedPageSink,
): Promise<PageOutcome> {
  const outcome = await parsePageFile(job.file, job.size, maxBytes, true);
  if (!outcome.article) return outcome;
  if (!onEncoded) {
    compactArticle(outcome.article, strings);
    return outcome;
  }
  const bytes = new EncodedPage(outcome.article, outcome.terms!).toBytes();
  onEncoded(index, bytes);
  return { ...decodePage(bytes, strings), reason: null };
}

/** Where a parse's time went, in milliseconds. */
export interface ParseStats {
  /** Busy time of the workers (reading and parsing), added up over workers. */
  workerMs: number;
}

/** Where a parse's outcomes go, and how. */
export interface ParseRun {
  maxBytes: number;
  /** Strings shared as `compactArticle` shares them. */
  strings: StringTable;
  /**
   * Receives each job's outcome as soon as it is known, in no particular order (the workers' pages
   * come back a batch at a time), so the caller can use a page while the others are parsed.
   */
  onOutcome: (job: number, outcome: PageOutcome) => void;
  onEncoded?: EncodedPageSink;
  stats?: ParseStats;
}

/**
 * Parses `jobs` on `size` workers started for this call and ended when it is done, so their
 * memory is returned after a load.
 */
export async function parseInWorkers(jobs: readonly ParseJob[], size: number, run: ParseRun): Promise<void> {
  const { maxBytes, strings, onOutcome, onEncoded } = run;
  const stats = run.stats ?? { workerMs: 0 };
  const batches: { start: number; end: number }[] = [];
  for (let start = 0; start < jobs.length; start += BATCH) {
    batches.push({ start, end: Math.min(jobs.length, start + BATCH) });
  }
  let next = 0;
  const local = async (batch: number) => {
    const { start, end } = batches[batch]!;
    for (let i = start; i < end; i++) {
      onOutcome(i, await parseOnThisThread(jobs[i]!, i, maxBytes, strings, onEncoded));
    }
  };
  const url = workerUrl();

  const runWorker = () =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      try {
        worker = startWorker(url, {
          // A young generation of this size halves the parser's time in garbage collection.
          resourceLimits: { maxYoungGenerationSizeMb: 96 },
        });
      } catch {
        resolve();
        return;
      }
      const pending = new Set<number>();
      let finished = false;
      let busyMs = 0;
      const send = () => {
        while (pending.size < IN_FLIGHT && next < batches.length) {
          const batch = next++;
          pending.add(batch);
          const { start, end } = batches[batch]!;
          const message: ParseBatch = {
            batch,
            maxBytes,
            jobs: jobs.slice(start, end).map((job) => [job.file, job.size]),
          };
          worker.postMessage(message);
        }
        if (pending.size === 0) finish();
      };
      const finish = () => {
        if (finished) return;
        finished = true;
        void worker.terminate();
        resolve();
      };
      worker.on('message', (reply: ParsedBatch) => {
        const { start } = batches[reply.batch]!;
        stats.workerMs += reply.busyMs - busyMs;
        busyMs = reply.busyMs;
        // The next batch goes out before this one is unpacked, so the worker never waits for it.
        pending.delete(reply.batch);
        send();
        let from = 0;
        reply.reasons.forEach((reason, i) => {
          const to = reply.ends[i]!;
          if (reason !== null) onOutcome(start + i, { article: null, reason });
          else {
            const bytes = reply.pages.subarray(from, to);
            let outcome: PageOutcome;
            try {
              outcome = { ...decodePage(bytes, strings), reason: null };
              onEncoded?.(start + i, bytes);
            } catch (error) {
              // Never expected (the worker encoded it); one page lost, not the load.
              outcome = { article: null, reason: `not decoded (${String(error)})` };
            }
            onOutcome(start + i, outcome);
          }
          from = to;
        });
      });
      const fail = () => {
        if (finished) return;
        finished = true;
        // Its batches are parsed here instead.
        const orphaned = [...pending];
        pending.clear();
        void worker.terminate();
        void (async () => {
          for (const batch of orphaned) await local(batch);
          resolve();
        })();
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      send();
    });

  await Promise.all(Array.from({ length: Math.max(1, size) }, runWorker));
  // Whatever no worker took (none could start) is parsed here.
  while (next < batches.length) await local(next++);
}
