/**
 * `npm run bench`: Newsgraph as `npm start` runs it (the production bundle, NODE_ENV=production) against a node:http floor that
 * returns the same precomputed bytes and against Fastify + Mercurius + graphql-jit serving the same
 * executable schema and store. Each server runs in its own process; autocannon (50 connections)
 * drives them in interleaved rounds; the CPU time of each server process comes from /proc.
 *
 *   npm run bench [-- --quick] [--rounds=N] [--duration=S] [--corpus=N] [--only=seed|by-id]
 *                    [--baseline=DIR] [--help]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type RequestSpec } from 'autocannon';
import { DEFAULT_CONTENT_DIR } from '../src/config.ts';
import { encodeGlobalId } from '../src/store/ids.ts';
import { shortCode, writeCorpus } from './corpus.ts';
import {
  cpuSeconds,
  freePort,
  median,
  rssMiB,
  serverEnv,
  sleep,
  stopProcess,
} from './processes.ts';
import { buildProduction, productionArgs } from './production.ts';

export { cpuSeconds, rssMiB };
import { markdownTable } from './table.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const text = (name: string) =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const option = (name: string, fallback: number) => Number(text(name) ?? fallback);
const ROUNDS = option('rounds', quick ? 1 : 3);
const DURATION = option('duration', quick ? 3 : 5);
const CORPUS = option('corpus', quick ? 2_000 : 5_000);
const ONLY = text('only');
/** Another production build (its main.js) measured in the same rounds: A/B under the same load. */
const BASELINE = text('baseline');
const CONNECTIONS = 50;

const USAGE = `npm run bench [-- options]
  --quick            1 round of 3 s, a corpus of 2,000 pages (default 3 rounds of 5 s, 5,000 pages)
  --rounds=N         interleaved rounds
  --duration=S       seconds per measurement
  --corpus=N         generated pages for article by id
  --only=seed        only the seed workloads (canonical POST, persisted GET)
  --only=by-id       only article by id over the generated corpus
  --baseline=DIR     also measure the production build in DIR (its main.js, e.g. another
                     checkout's dist/) with the node flags of npm start in DIR/../package.json
                     (else this checkout's), in the same interleaved rounds, and print its CPU per
                     request against this build's: an A/B that the load on the machine affects
                     alike
  --help             this text`;

export const CANONICAL = readFileSync(
  path.join(ROOT, 'operations/ArticleWithQuotes.graphql'),
  'utf8',
);
export const CANONICAL_HASH = createHash('sha256').update(CANONICAL).digest('hex');
/** The canonical selection, by ID. */
export const BY_ID = CANONICAL.replace(/^#.*\n/, '')
  .replace(
    'query ArticleWithQuotes($shortUrl: String = "https://p.dw.com/p/4TLXn")',
    'query ArticleById($id: ID!)',
  )
  .replace('article(shortUrl: $shortUrl)', 'article(id: $id)');

type Kind =
  'newsgraph' | 'newsgraph-uncached' | 'baseline' | 'baseline-uncached' | 'mercurius' | 'floor';

/** npm start's node flags for the baseline build: its checkout's (DIR/../package.json), or ours. */
function baselineFlags(): string[] {
  const checkout = path.resolve(BASELINE!, '..');
  const own = existsSync(path.join(checkout, 'package.json'));
  return productionArgs(own ? checkout : undefined).slice(0, -1);
}

/** Kinds that run a Newsgraph production build, and the build each runs. */
const BUILD: Partial<Record<Kind, 'this' | 'baseline'>> = {
  newsgraph: 'this',
  'newsgraph-uncached': 'this',
  baseline: 'baseline',
  'baseline-uncached': 'baseline',
};

interface Running {
  kind: Kind;
  child: ChildProcess;
  port: number;
  stderr: () => string;
}

async function post(port: number, body: unknown): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
}

/** Starts a server; resolves once it answers the canonical query (or, for the floor, listens). */
export async function start(
  kind: Kind,
  env: Record<string, string>,
): Promise<Running & { coldStartMs: number }> {
  const port = await freePort();
  const began = performance.now();
  // Newsgraph runs as `npm start` runs it (the bundle built at the start of the benchmark); a
  // baseline build with the node flags of its checkout's `npm start`, or of this one's.
  const build = BUILD[kind];
  const args =
    build === 'this'
      ? productionArgs()
      : build === 'baseline'
        ? [...baselineFlags(), path.resolve(BASELINE!, 'main.js')]
        : ['--import', 'tsx', `bench/servers/${kind}.ts`];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: serverEnv(port, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout!.resume();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${kind} exited: ${stderr}`);
    try {
      const response = await post(port, { query: CANONICAL });
      if (response.ok) {
        await response.arrayBuffer();
        break;
      }
    } catch {
      // not listening yet
    }
    if (performance.now() - began > 120_000) throw new Error(`${kind} did not start: ${stderr}`);
    await sleep(5);
  }
  return { kind, child, port, stderr: () => stderr, coldStartMs: performance.now() - began };
}

const stop = (server: Running) => stopProcess(server.child);

interface Workload {
  name: string;
  /** autocannon requests for this server. */
  requests(kind: Kind): RequestSpec[];
}

interface Sample {
  requests: number;
  seconds: number;
  cpu: number;
  p50: number[];
  p99: number[];
  bad: number;
}

async function measure(server: Running, workload: Workload, seconds: number): Promise<Sample> {
  const pid = server.child.pid!;
  const cpuBefore = cpuSeconds(pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: workload.requests(server.kind),
  });
  const cpu = cpuSeconds(pid) - cpuBefore;
  return {
    requests: result['2xx'],
    seconds: result.duration,
    cpu,
    p50: [result.latency.p50],
    p99: [result.latency.p99],
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

interface Row {
  workload: string;
  kind: Kind;
  rps: number;
  p50: number;
  p99: number;
  cpu: number;
  perCpu: number;
  ratio: number;
  rss: number;
  bad: number;
}

async function runScenario(
  servers: Running[],
  workloads: Workload[],
  log: (line: string) => void,
): Promise<Row[]> {
  const samples = new Map<string, Sample>();
  for (const workload of workloads) {
    for (const server of servers) await measure(server, workload, 1); // warm-up, JIT compile
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const workload of workloads) {
      // Rotate the order each round so no server always runs first or last.
      const order = servers.map((_, i) => servers[(i + round) % servers.length]!);
      for (const server of order) {
        const sample = await measure(server, workload, DURATION);
        const key = `${workload.name}|${server.kind}`;
        const total = samples.get(key);
        if (!total) samples.set(key, sample);
        else {
          total.requests += sample.requests;
          total.seconds += sample.seconds;
          total.cpu += sample.cpu;
          total.p50.push(...sample.p50);
          total.p99.push(...sample.p99);
          total.bad += sample.bad;
        }
        log(
          `  round ${round + 1} ${workload.name} ${server.kind}: ` +
            `${Math.round(sample.requests / sample.seconds)} req/s, cpu ${sample.cpu.toFixed(2)} s`,
        );
      }
    }
  }
  const rows: Row[] = [];
  for (const workload of workloads) {
    const floor = samples.get(`${workload.name}|floor`)!;
    const floorPerCpu = floor.requests / Math.max(floor.cpu, 0.01);
    for (const server of servers) {
      const s = samples.get(`${workload.name}|${server.kind}`)!;
      const perCpu = s.requests / Math.max(s.cpu, 0.01);
      rows.push({
        workload: workload.name,
        kind: server.kind,
        rps: s.requests / s.seconds,
        p50: median(s.p50),
        p99: median(s.p99),
        cpu: s.cpu,
        perCpu,
        ratio: perCpu / floorPerCpu,
        rss: rssMiB(server.child.pid!),
        bad: s.bad,
      });
    }
  }
  return rows;
}

/** One POST request spec that sends `bodies` in turn, a different body each request. */
export function cycling(bodies: string[]): RequestSpec[] {
  let next = 0;
  return [
    {
      method: 'POST',
      path: '/graphql',
      headers: JSON_HEADERS,
      setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length]! }),
    },
  ];
}

export const JSON_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
};

function canonicalPost(): Workload {
  const body = JSON.stringify({ query: CANONICAL });
  return {
    name: 'canonical POST',
    requests: () => [{ method: 'POST', path: '/graphql', headers: JSON_HEADERS, body }],
  };
}

/** The canonical document by its SHA-256, each server in the form it documents. */
export function persistedPath(kind: Kind): string {
  // Mercurius's prepared persisted queries (`persistedQueries`): the hash as `query`, flagged.
  return kind === 'mercurius'
    ? `/graphql?query=${CANONICAL_HASH}&persisted=true`
    : `/graphql?documentId=sha256:${CANONICAL_HASH}`;
}

function persistedGet(): Workload {
  return {
    name: 'persisted GET',
    requests: (kind) => [
      {
        method: 'GET',
        path: persistedPath(kind),
        headers: { accept: 'application/graphql-response+json' },
      },
    ],
  };
}

function byId(ids: string[]): Workload {
  const bodies = ids.map((id) => JSON.stringify({ query: BY_ID, variables: { id } }));
  return {
    name: 'article by id',
    requests: () => cycling(bodies),
  };
}

function table(rows: Row[]): string {
  const header = [
    'workload',
    'server',
    'req/s',
    'p50 ms',
    'p99 ms',
    'CPU s',
    'req/CPU-s',
    'ratio',
    'RSS MiB',
    'non-2xx',
  ];
  const lines = rows.map((row) => [
    row.workload,
    row.kind,
    String(Math.round(row.rps)),
    String(row.p50),
    String(row.p99),
    row.cpu.toFixed(1),
    String(Math.round(row.perCpu)),
    row.ratio.toFixed(3),
    row.rss.toFixed(0),
    String(row.bad),
  ]);
  return markdownTable(header, lines);
}

/** Scenario 1: the seed content; canonical query by POST and as a persisted document by GET. */
async function seedScenario(
  work: string,
  running: Running[],
  log: (line: string) => void,
): Promise<Row[]> {
  const newsgraph = await start('newsgraph', { CONTENT_DIR: DEFAULT_CONTENT_DIR });
  running.push(newsgraph);
  const canonicalBody = Buffer.from(
    await (await post(newsgraph.port, { query: CANONICAL })).arrayBuffer(),
  );
  const seedFile = path.join(work, 'seed-response.json');
  await writeFile(seedFile, canonicalBody);
  const mercurius = await start('mercurius', { CONTENT_DIR: DEFAULT_CONTENT_DIR });
  running.push(mercurius);
  const floor = await start('floor', { BODY_FILE: seedFile });
  running.push(floor);
  const baseline = BASELINE ? await start('baseline', { CONTENT_DIR: DEFAULT_CONTENT_DIR }) : null;
  if (baseline) running.push(baseline);
  log(`canonical response: ${canonicalBody.length} bytes`);
  // Every server must answer the persisted GET with the canonical data before it is measured.
  const canonicalData = JSON.stringify(
    (JSON.parse(canonicalBody.toString()) as { data: unknown }).data,
  );
  for (const server of baseline ? [newsgraph, mercurius, baseline] : [newsgraph, mercurius]) {
    const response = await fetch(`http://127.0.0.1:${server.port}${persistedPath(server.kind)}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    const text = await response.text();
    const data = response.ok ? JSON.stringify((JSON.parse(text) as { data?: unknown }).data) : '';
    if (data !== canonicalData) {
      throw new Error(
        `${server.kind}: persisted GET answered ${response.status} ${text.slice(0, 200)}`,
      );
    }
  }
  const servers = [floor, newsgraph, mercurius];
  if (baseline) servers.push(baseline);
  const rows = await runScenario(servers, [canonicalPost(), persistedGet()], log);
  while (running.length) await stop(running.pop()!);
  return rows;
}

/** Scenario 2: a generated corpus (plus the seed); a different article ID every request. */
async function byIdScenario(
  work: string,
  running: Running[],
  log: (line: string) => void,
): Promise<Row[]> {
  const corpusDir = path.join(work, 'corpus');
  await writeCorpus(corpusDir, CORPUS);
  await copyFile(
    path.join(DEFAULT_CONTENT_DIR, '000_efc4b3a9b3049d34.txt'),
    path.join(corpusDir, 'seed.txt'),
  );
  const ids = Array.from({ length: CORPUS }, (_, i) => encodeGlobalId('Article', shortCode(i)));
  // Every request executed: the response cache is off for this server.
  const uncached = { CONTENT_DIR: corpusDir, RESPONSE_CACHE_MB: '0' };
  const big = await start('newsgraph-uncached', uncached);
  running.push(big);
  log(`corpus: ${CORPUS} generated pages loaded`);
  const sample = await post(big.port, { query: BY_ID, variables: { id: ids[0] } });
  const sampleBody = Buffer.from(await sample.arrayBuffer());
  if (!sampleBody.toString().includes('"headline"')) throw new Error('by-id query failed');
  const idFile = path.join(work, 'id-response.json');
  await writeFile(idFile, sampleBody);
  const bigMercurius = await start('mercurius', { CONTENT_DIR: corpusDir });
  running.push(bigMercurius);
  const bigFloor = await start('floor', { BODY_FILE: idFile });
  running.push(bigFloor);
  const servers = [bigFloor, big, bigMercurius];
  if (BASELINE) {
    const bigBaseline = await start('baseline-uncached', uncached);
    running.push(bigBaseline);
    servers.push(bigBaseline);
  }
  const rows = await runScenario(servers, [byId(ids)], log);
  while (running.length) await stop(running.pop()!);
  return rows;
}

/** This build against the baseline, workload by workload: CPU per request and p99. */
function baselineComparison(rows: Row[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    if (BUILD[row.kind] !== 'this') continue;
    const other = rows.find((r) => r.workload === row.workload && BUILD[r.kind] === 'baseline');
    if (!other) continue;
    lines.push(
      `${row.workload}: CPU per request x${(other.perCpu / row.perCpu).toFixed(3)} of the ` +
        `baseline's (ratio ${row.ratio.toFixed(3)} vs ${other.ratio.toFixed(3)}), ` +
        `p99 ${row.p99} vs ${other.p99} ms`,
    );
  }
  return lines;
}

/** The targets of issue #5 that the measured workloads decide. */
function targets(rows: Row[], coldStart: number): (readonly [boolean, string])[] {
  const find = (workload: string, kind: Kind) =>
    rows.find((row) => row.workload === workload && row.kind === kind);
  const canonical = find('canonical POST', 'newsgraph');
  const canonicalM = find('canonical POST', 'mercurius');
  const id = find('article by id', 'newsgraph-uncached');
  const idM = find('article by id', 'mercurius');
  const ours = rows.filter((row) => BUILD[row.kind] === 'this');
  const worstP99 = Math.max(...ours.map((r) => r.p99));
  const checks: (readonly [boolean, string])[] = [];
  if (canonical && canonicalM) {
    checks.push([
      canonical.ratio >= 0.4 && canonical.ratio > canonicalM.ratio,
      `canonical ratio >= 0.40 and ahead of Mercurius+jit: ${canonical.ratio.toFixed(3)} vs ${canonicalM.ratio.toFixed(3)}`,
    ]);
  }
  if (id && idM) {
    checks.push([
      id.ratio >= 0.25 && id.ratio >= 0.8 * idM.ratio,
      `article-by-id ratio >= 0.25 and >= 0.8x Mercurius+jit: ${id.ratio.toFixed(3)} vs ${idM.ratio.toFixed(3)} (${(id.ratio / idM.ratio).toFixed(2)}x)`,
    ]);
  }
  checks.push([worstP99 <= 6, `p99 <= 6 ms at 50 connections: worst ${worstP99} ms`]);
  if (canonical) {
    checks.push([
      canonical.rss <= 110,
      `RSS after load <= 110 MiB on the seed: ${canonical.rss.toFixed(0)} MiB`,
    ]);
  }
  checks.push([coldStart <= 250, `cold start <= 250 ms: ${coldStart.toFixed(0)} ms`]);
  // The floor's answers count too: it serves the same bytes, so an error there is the bench's.
  const checked = rows.filter((row) => row.kind === 'floor' || BUILD[row.kind] === 'this');
  checks.push([
    checked.every((row) => row.bad === 0),
    `no errors or non-2xx responses from Newsgraph: ${checked.reduce((n, r) => n + r.bad, 0)}`,
  ]);
  return checks;
}

async function main(): Promise<void> {
  const log = (line: string) => process.stdout.write(line + '\n');
  if (args.includes('--help')) {
    log(USAGE);
    return;
  }
  if (ONLY !== undefined && ONLY !== 'seed' && ONLY !== 'by-id') throw new Error(USAGE);
  if (BASELINE && !existsSync(path.resolve(BASELINE, 'main.js'))) {
    throw new Error(`--baseline: no main.js in ${BASELINE}`);
  }
  const work = await mkdtemp(path.join(tmpdir(), 'newsgraph-bench-'));
  const running: Running[] = [];
  try {
    log(
      `Newsgraph benchmark: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, node ${process.version}; ` +
        `${ROUNDS} round(s) of ${DURATION} s, ${CONNECTIONS} connections${quick ? ' (quick)' : ''}`,
    );

    buildProduction();
    // Cold start: process spawn to the first answered canonical query, seed content.
    const coldStarts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const server = await start('newsgraph', { CONTENT_DIR: DEFAULT_CONTENT_DIR });
      coldStarts.push(server.coldStartMs);
      await stop(server);
    }
    const coldStart = median(coldStarts);
    log(`cold start to first answered query: ${coldStart.toFixed(0)} ms (median of 3)`);

    const rows = [
      ...(ONLY === 'by-id' ? [] : await seedScenario(work, running, log)),
      ...(ONLY === 'seed' ? [] : await byIdScenario(work, running, log)),
    ];
    log('');
    log(table(rows));
    log('');
    if (BASELINE) {
      log(`Against the baseline build (${BASELINE}), same rounds:`);
      for (const line of baselineComparison(rows)) log(`  ${line}`);
      log('');
    }
    log('Targets (issue #5):');
    for (const [ok, text] of targets(rows, coldStart)) log(`  ${ok ? 'OK  ' : 'MISS'} ${text}`);
    const json = path.join(ROOT, '.tmp', 'bench.json');
    await writeFile(json, JSON.stringify({ coldStart, rows }, null, 2)).catch(() => undefined);
  } finally {
    for (const server of running) await stop(server);
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
