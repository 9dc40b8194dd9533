/**
 * `npm run bench:corpus`: how Newsgraph grows with the corpus. For 1,000, 10,000 and 50,000
 * generated pages (`bench/corpus.ts`, seed 1), starts Newsgraph in production mode on them
 * (`bench/servers/newsgraph.ts`: main's wiring, response cache off) and measures the cold load
 * (every page parsed, into an empty parse cache; the library's load() and spawn to the first 200
 * from /ready), RSS after load, the warm restart (a second server on the same files and the cache
 * the first one wrote: no page parsed), article-by-id p99 (a different ID every request)
 * and search p99 (varied queries, most of them new to the server), each with autocannon at 10
 * connections, and prints a table with the growth between sizes and the issue #5 targets at
 * 50,000 pages.
 *
 *   npm run bench:corpus [-- --sizes=1000,10000,50000] [--duration=5] [--keep]
 *
 * Corpora are written to $TMPDIR/newsgraph-corpus-<N> and reused while present; they are deleted
 * at the end unless --keep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { encodeGlobalId } from '../src/store/ids.ts';
import { rng, shortCode, VOCABULARY, writeCorpus } from './corpus.ts';
import { serverEnv } from './processes.ts';
import { BY_ID, cpuSeconds, cycling, JSON_HEADERS, rssMiB } from './run.ts';
import { markdownTable } from './table.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const SIZES = (option('sizes') ?? '1000,10000,50000').split(',').map(Number);
const DURATION = Number(option('duration') ?? 5);
const KEEP = args.includes('--keep');
const CONNECTIONS = 10;
const SEARCH = readFileSync(path.join(ROOT, 'operations/Search.graphql'), 'utf8');
const TARGETS = { loadS: 15, rssMiB: 1.5 * 1024, byIdP99: 10, searchP99: 50 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function corpusDir(size: number): Promise<{ dir: string; reused: boolean }> {
  const dir = path.join(tmpdir(), `newsgraph-corpus-${size}`);
  const marker = path.join(dir, '.complete');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(size)) {
    return { dir, reused: true };
  }
  await rm(dir, { recursive: true, force: true });
  await writeCorpus(dir, size);
  await writeFile(marker, String(size));
  return { dir, reused: false };
}

interface Server {
  child: ChildProcess;
  port: number;
  loadMs: number;
  readyMs: number;
  /** Pages the load took from the parse cache. */
  cachedPages: number;
}

async function startServer(dir: string, cacheDir: string): Promise<Server> {
  const began = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/servers/newsgraph.ts'], {
    cwd: ROOT,
    env: serverEnv(0, { CONTENT_DIR: dir, CONTENT_CACHE_DIR: cacheDir, RESPONSE_CACHE_MB: '0' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  let port = 0;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`newsgraph exited: ${stderr}`);
    if (performance.now() - began > 300_000) throw new Error(`newsgraph did not start: ${stderr}`);
    const listening = /READY (\d+)/.exec(stdout);
    if (listening) port = Number(listening[1]);
    if (port) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/ready`);
        await response.arrayBuffer();
        if (response.ok) break;
      } catch {
        // not answering yet
      }
    }
    await sleep(10);
  }
  const readyMs = performance.now() - began;
  const loaded = /LOADED (\d+) \d+ (\d+)/.exec(stdout);
  return {
    child,
    port,
    loadMs: Number(loaded?.[1] ?? NaN),
    readyMs,
    cachedPages: Number(loaded?.[2] ?? NaN),
  };
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await Promise.race([exited, sleep(3_000)]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

/** Search queries as readers type them: names, places, topics, quote words, some typos. */
export function searchQueries(count: number, seed = 7): string[] {
  const next = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const typo = (word: string) => {
    if (word.length < 5) return word;
    const at = 1 + Math.floor(next() * (word.length - 2));
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  };
  const quoteWords = VOCABULARY.quotes.flatMap((quote) =>
    quote
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => word.length >= 4),
  );
  const makers: (() => string)[] = [
    () => pick(VOCABULARY.last),
    () => `${pick(VOCABULARY.first)} ${pick(VOCABULARY.last)}`,
    () => pick(VOCABULARY.places),
    () => `${pick(VOCABULARY.topics).thing.replace(/^an? /, '')} ${pick(VOCABULARY.places)}`,
    () => pick(VOCABULARY.topics).issue,
    () => `${pick(quoteWords)} ${pick(quoteWords)}`,
    () => typo(pick(VOCABULARY.last)),
    () => typo(pick(VOCABULARY.places)),
  ];
  const queries = new Set<string>();
  for (let i = 0; queries.size < count && i < count * 20; i++) queries.add(pick(makers)());
  return [...queries];
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  bad: number;
  cpu: number;
}

async function drive(server: Server, bodies: string[], seconds: number): Promise<Load> {
  const cpuBefore = cpuSeconds(server.child.pid!);
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: cycling(bodies),
  });
  return {
    rps: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts,
    cpu: cpuSeconds(server.child.pid!) - cpuBefore,
  };
}

/**
 * Waits until the server answers /health again (requests a load left in flight are still being
 * served after autocannon stops), so one measurement does not run into the previous one's
 * backlog. Returns how long that took, in milliseconds.
 */
async function settle(server: Server): Promise<number> {
  const began = performance.now();
  for (;;) {
    const asked = performance.now();
    const response = await fetch(`http://127.0.0.1:${server.port}/health`);
    await response.arrayBuffer();
    if (performance.now() - asked < 20 || performance.now() - began > 60_000) break;
    await sleep(20);
  }
  return performance.now() - began;
}

async function check(server: Server, body: string, expect: string): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: JSON_HEADERS,
    body,
  });
  const text = await response.text();
  if (!response.ok || !text.includes(expect) || text.includes('"errors"')) {
    throw new Error(`unexpected answer (${response.status}): ${text.slice(0, 300)}`);
  }
}

interface Row {
  pages: number;
  loaded: number;
  loadS: number;
  readyS: number;
  rss: number;
  peakRss: number;
  /** The restart on the parse cache the cold start wrote. */
  warm: { loadS: number; readyS: number; rss: number; peakRss: number; cachedPages: number };
  byId: Load;
  search: Load;
  distinctQueries: number;
}

async function measureSize(size: number, log: (line: string) => void): Promise<Row> {
  const generated = performance.now();
  const { dir, reused } = await corpusDir(size);
  log(
    `${size} pages: ${reused ? 'reused' : 'written'} ${dir} ` +
      `(${((performance.now() - generated) / 1000).toFixed(1)} s)`,
  );
  // An empty parse cache for the cold start; the warm restart reads what it wrote.
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-parse-cache-'));
  const server = await startServer(dir, cacheDir);
  log(`  load average ${loadavg()[0]!.toFixed(1)}`);
  let cold: Omit<Row, 'warm'>;
  try {
    const rss = rssMiB(server.child.pid!);
    const loadedPages = await (await fetch(`http://127.0.0.1:${server.port}/ready`)).json();
    const loaded = Number((loadedPages as { pages?: number }).pages ?? 0);
    log(
      `  loaded ${loaded} in ${(server.loadMs / 1000).toFixed(2)} s ` +
        `(spawn to /ready ${(server.readyMs / 1000).toFixed(2)} s), RSS ${rss.toFixed(0)} MiB`,
    );
    // A different article on every request, spread over the whole corpus.
    const order = rng(11);
    const ids = Array.from({ length: size }, (_, i) => i);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(order() * (i + 1));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    const byIdBodies = ids.map((i) =>
      JSON.stringify({
        query: BY_ID,
        variables: { id: encodeGlobalId('Article', shortCode(i)) },
      }),
    );
    await check(server, byIdBodies[0]!, '"headline"');
    // Queries: a pool larger than the requests the run can make, so most are first-time queries
    // (the per-store result cache cannot hide the index's cost).
    const queries = searchQueries(6_000);
    const searchBodies = queries.map((query) =>
      JSON.stringify({ query: SEARCH, variables: { query, first: 10 } }),
    );
    await check(server, searchBodies[0]!, '"totalCount"');
    // Warm-up: JIT compile, documents accepted by Yoga once (then the fast path serves by-id).
    await drive(server, byIdBodies.slice(-2_000), 1);
    await settle(server);
    await drive(server, searchBodies.slice(-200), 1);
    // A backlog of slow searches left by the warm-up would otherwise be counted against by-id.
    const drained = await settle(server);
    if (drained > 100) log(`  (search warm-up backlog drained in ${Math.round(drained)} ms)`);
    const byId = await drive(server, byIdBodies, DURATION);
    log(
      `  article by id: ${Math.round(byId.rps)} req/s, p50 ${byId.p50} ms, p99 ${byId.p99} ms` +
        (byId.bad ? `, ${byId.bad} bad` : ''),
    );
    await settle(server);
    const search = await drive(server, searchBodies.slice(0, -200), DURATION);
    const asked = Math.round(search.rps * DURATION);
    const backlog = await settle(server);
    log(
      `  search: ${Math.round(search.rps)} req/s, p50 ${search.p50} ms, p99 ${search.p99} ms ` +
        `(${Math.min(asked, queries.length - 200)} distinct queries; backlog after the run ` +
        `${Math.round(backlog)} ms, load average ${loadavg()[0]!.toFixed(1)})` +
        (search.bad ? `, ${search.bad} bad` : ''),
    );
    cold = {
      pages: size,
      loaded,
      loadS: server.loadMs / 1000,
      readyS: server.readyMs / 1000,
      rss,
      peakRss: peakRssMiB(server.child.pid!),
      byId,
      search,
      distinctQueries: Math.min(asked, queries.length - 200),
    };
  } finally {
    await stopServer(server);
  }
  try {
    const restarted = await startServer(dir, cacheDir);
    try {
      const warm = {
        loadS: restarted.loadMs / 1000,
        readyS: restarted.readyMs / 1000,
        rss: rssMiB(restarted.child.pid!),
        peakRss: peakRssMiB(restarted.child.pid!),
        cachedPages: restarted.cachedPages,
      };
      log(
        `  warm restart: ${warm.cachedPages} pages from the parse cache, loaded in ` +
          `${warm.loadS.toFixed(2)} s (spawn to /ready ${warm.readyS.toFixed(2)} s), RSS ` +
          `${warm.rss.toFixed(0)} MiB`,
      );
      return { ...cold, warm };
    } finally {
      await stopServer(restarted);
    }
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
    if (!KEEP) await rm(dir, { recursive: true, force: true });
  }
}

function table(rows: Row[]): string {
  const header = [
    'pages',
    'cold load s',
    'ms/page',
    'to /ready s',
    'RSS MiB',
    'peak RSS MiB',
    'warm load s',
    'warm to /ready s',
    'warm RSS MiB',
    'by-id req/s',
    'by-id p50/p99 ms',
    'search req/s',
    'search p50/p99 ms',
  ];
  const growth = (value: number, previous: number | undefined) =>
    previous === undefined || previous === 0 ? '' : ` (x${(value / previous).toFixed(1)})`;
  const lines = rows.map((row, i) => {
    const prev = rows[i - 1];
    return [
      String(row.pages),
      row.loadS.toFixed(2) + growth(row.loadS, prev?.loadS),
      ((row.loadS * 1000) / row.pages).toFixed(2),
      row.readyS.toFixed(2),
      row.rss.toFixed(0) + growth(row.rss, prev?.rss),
      row.peakRss.toFixed(0),
      row.warm.loadS.toFixed(2) + growth(row.warm.loadS, prev?.warm.loadS),
      row.warm.readyS.toFixed(2),
      row.warm.rss.toFixed(0),
      String(Math.round(row.byId.rps)),
      `${row.byId.p50} / ${row.byId.p99}` + growth(row.byId.p99, prev?.byId.p99),
      String(Math.round(row.search.rps)) + growth(row.search.rps, prev?.search.rps),
      `${row.search.p50} / ${row.search.p99}` + growth(row.search.p99, prev?.search.p99),
    ];
  });
  return markdownTable(header, lines);
}

async function main(): Promise<void> {
  const log = (line: string) => process.stdout.write(line + '\n');
  log(
    `Newsgraph corpus scale: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, node ${process.version}; ` +
      `${DURATION} s per load, ${CONNECTIONS} connections, response cache off; ` +
      `load average ${loadavg()[0]!.toFixed(1)} at start (other work on the machine skews every figure)`,
  );
  const rows: Row[] = [];
  for (const size of SIZES) rows.push(await measureSize(size, log));
  log('');
  log(table(rows));
  log('');
  const largest = rows.at(-1)!;
  const ok = (pass: boolean) => (pass ? 'OK  ' : 'MISS');
  log(`Targets at ${largest.pages} pages (issue #5; they apply at 50,000):`);
  log(
    `  ${ok(largest.readyS <= TARGETS.loadS)} loaded <= 15 s (cold, spawn to /ready): ` +
      `${largest.readyS.toFixed(1)} s (load() ${largest.loadS.toFixed(1)} s)`,
  );
  log(
    `  ${ok(largest.warm.readyS <= TARGETS.loadS)} loaded <= 15 s (warm restart on the parse ` +
      `cache, spawn to /ready): ${largest.warm.readyS.toFixed(1)} s (load() ${largest.warm.loadS.toFixed(1)} s)`,
  );
  log(
    `  ${ok(Math.max(largest.rss, largest.warm.rss) <= TARGETS.rssMiB)} RSS <= 1.5 GB: ` +
      `${largest.rss.toFixed(0)} MiB cold, ${largest.warm.rss.toFixed(0)} MiB warm`,
  );
  log(
    `  ${ok(largest.byId.rps > 0 && largest.byId.p99 <= TARGETS.byIdP99)} article-by-id p99 <= 10 ms: ` +
      (largest.byId.rps > 0 ? `${largest.byId.p99} ms` : 'no request answered'),
  );
  log(
    `  ${ok(largest.search.rps > 0 && largest.search.p99 <= TARGETS.searchP99)} search p99 <= 50 ms: ` +
      (largest.search.rps > 0 ? `${largest.search.p99} ms` : 'no request answered'),
  );
  const bad = rows.reduce((n, row) => n + row.byId.bad + row.search.bad, 0);
  log(`  ${ok(bad === 0)} no errors or non-2xx responses: ${bad}`);
  await writeFile(
    path.join(ROOT, '.tmp', 'bench-corpus.json'),
    JSON.stringify(rows, null, 2),
  ).catch(() => undefined);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
