/**
 * `npm run bench:cold`: cold start of the production bundle (what `npm start` runs) to the first
 * answered GraphQL query, on the seed content, and its RSS.
 *
 * Builds dist/ once (runs `prestart`'s scripts/build.mjs), then spawns the `node ...` command of
 * `npm start` N times, one process at a time, with NODE_ENV=production, LOG_LEVEL=warn and a free
 * PORT, polling POST /graphql with a small query every 5 ms until it answers 200. Prints every
 * run, the median and RSS at the first answer. With `--load=S` it then drives the last process
 * with the canonical article query (POST) and its persisted GET, S seconds each at 50
 * connections (autocannon, like `npm run bench`), and prints the RSS after that load.
 *
 *   npm run bench:cold [-- --runs=N] [--no-build] [--load=S] [--query=canonical] [--json]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort, median, rssMiB, serverEnv, sleep, stopProcess } from './processes.ts';
import { buildProduction, productionArgs } from './production.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RUNS = Math.max(1, option('runs', 7));
const LOAD_SECONDS = option('load', 0);
const CANONICAL = readFileSync(path.join(ROOT, 'operations/ArticleWithQuotes.graphql'), 'utf8');
const SMALL = '{ articles(first: 1) { totalCount nodes { headline } } }';
const FIRST_QUERY = args.includes('--query=canonical') ? CANONICAL : SMALL;
const JSON_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
};

/** What `npm start` runs after `prestart`. */
const START_COMMAND = productionArgs();

/** POST a body with node:http (no fetch: undici's first use would cost this process CPU). */
function post(port: number, body: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { ...JSON_HEADERS, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

interface Started {
  child: ChildProcess;
  port: number;
  ms: number;
  stderr: () => string;
}

async function startOnce(): Promise<Started> {
  const port = await freePort();
  const body = JSON.stringify({ query: FIRST_QUERY });
  const began = performance.now();
  const child = spawn(process.execPath, START_COMMAND, {
    cwd: ROOT,
    env: serverEnv(port),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`);
    if ((await post(port, body)) === 200) break;
    if (performance.now() - began > 30_000) throw new Error(`server did not answer: ${stderr}`);
    await sleep(5);
  }
  return { child, port, ms: performance.now() - began, stderr: () => stderr };
}

const stop = stopProcess;

async function load(port: number, seconds: number): Promise<number> {
  const hash = createHash('sha256').update(CANONICAL).digest('hex');
  let requests = 0;
  for (const spec of [
    {
      method: 'POST' as const,
      path: '/graphql',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: CANONICAL }),
    },
    {
      method: 'GET' as const,
      path: `/graphql?documentId=sha256:${hash}`,
      headers: { accept: JSON_HEADERS.accept },
    },
  ]) {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: 50,
      duration: seconds,
      requests: [spec],
    });
    if (result.non2xx + result.errors + result.timeouts > 0) {
      throw new Error(`load: ${result.non2xx} non-2xx, ${result.errors} errors`);
    }
    requests += result['2xx'];
  }
  return requests;
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) {
    buildProduction();
  }
  const runs: number[] = [];
  const rssAtFirst: number[] = [];
  let last: Started | undefined;
  for (let i = 0; i < RUNS; i++) {
    const started = await startOnce();
    runs.push(started.ms);
    rssAtFirst.push(rssMiB(started.child.pid!));
    if (i < RUNS - 1 || LOAD_SECONDS <= 0) await stop(started.child);
    else last = started;
    await sleep(200);
  }
  const result: Record<string, unknown> = {
    command: `node ${START_COMMAND.join(' ')}`,
    runsMs: runs.map((ms) => Math.round(ms)),
    medianMs: Math.round(median(runs)),
    rssAtFirstAnswerMiB: Math.round(median(rssAtFirst)),
  };
  if (last) {
    const requests = await load(last.port, LOAD_SECONDS);
    result.loadRequests = requests;
    result.rssAfterLoadMiB = Math.round(rssMiB(last.child.pid!));
    await stop(last.child);
  }
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const lines = [
    `cold start (${result.command}, seed content, first answered query):`,
    `  runs ms: ${runs.map((ms) => ms.toFixed(0)).join(', ')}`,
    `  median:  ${String(result.medianMs)} ms (target <= 250 ms: ${(result.medianMs as number) <= 250 ? 'OK' : 'MISS'})`,
    `  RSS at first answer (median): ${String(result.rssAtFirstAnswerMiB)} MiB`,
  ];
  if (last) {
    lines.push(
      `  RSS after ${LOAD_SECONDS} s canonical POST + ${LOAD_SECONDS} s persisted GET at 50 connections ` +
        `(${String(result.loadRequests)} requests): ${String(result.rssAfterLoadMiB)} MiB ` +
        `(target <= 110 MiB: ${(result.rssAfterLoadMiB as number) <= 110 ? 'OK' : 'MISS'})`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
