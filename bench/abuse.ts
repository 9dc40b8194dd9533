/**
 * `npm run bench:abuse`: Newsgraph under attack, on a real port, in its own process.
 *
 * 1. Content: a synthetic store as large as the cost rule's list bounds assume (every article with
 *    25 people, 50 quotes, long bodies; every person in many articles), so the most expensive
 *    accepted query really does that much work.
 * 2. Abuse: four loops send the most expensive query the limits still accept (the slowest of a few
 *    candidates, measured), two loops send normal queries, for 10 s. Prints normal-traffic p50, p95
 *    and max latency and the errors (goal: p95 <= 50 ms, max <= 250 ms, 0 errors).
 * 3. Memory soak: 5,000 unique documents of the largest accepted size (longest query text, most
 *    tokens); prints the server's RSS growth (goal: <= 250 MB) and that it still answers.
 *
 * Options: ABUSE_SECONDS (default 10), SOAK_DOCUMENTS (default 5000).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import type { ParsedArticle, ParsedQuote } from '../src/parse/types.ts';
import { createServer } from '../src/server/createServer.ts';
import { closeGracefully, createHttpServer, listen } from '../src/server/http.ts';
import { DEFAULT_LIMITS } from '../src/server/limits.ts';
import { buildStore } from '../src/store/store.ts';

const SECONDS = Number(process.env.ABUSE_SECONDS ?? 10);
const SOAK_DOCUMENTS = Number(process.env.SOAK_DOCUMENTS ?? 5_000);

// --- content --------------------------------------------------------------------------------

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = (
  'harbour storm council minister navy cooperation election budget river bridge school hospital ' +
  'court police market energy climate border trade summit strike railway festival museum city'
).split(' ');
/** A vocabulary of 3,000 words, drawn with a Zipf-like skew as in real text. */
const WORDS = [
  ...COMMON,
  ...Array.from({ length: 3_000 - COMMON.length }, (_, i) => `w${i.toString(36)}ord`),
];

function syntheticArticles(count: number, peoplePool: number): ParsedArticle[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const zipf = () => WORDS[Math.floor(WORDS.length ** next()) - 1]!;
  const sentence = (words: number) => Array.from({ length: words }, zipf).join(' ') + '.';
  const names = Array.from(
    { length: peoplePool },
    (_, i) => `Person${i} ${pick(COMMON)}son${i % 97}`,
  );
  const articles: ParsedArticle[] = [];
  for (let a = 0; a < count; a++) {
    const paragraphs = Array.from({ length: 40 }, () => sentence(30));
    let offset = 0;
    const blocks = paragraphs.map((text, index) => {
      const span = { start: offset, end: offset + text.length };
      offset = span.end + 2;
      return { kind: 'PARAGRAPH' as const, index, text, span };
    });
    const people = new Set<string>();
    while (people.size < 25) people.add(pick(names));
    const speakers = [...people];
    const quotes: ParsedQuote[] = Array.from({ length: 50 }, (_, q) => ({
      text: sentence(12),
      location: 'BODY',
      continues: false,
      span: null,
      imageIndex: null,
      speaker: { kind: 'PERSON', name: speakers[q % speakers.length]! },
      cue: 'said',
      attribution: speakers[q % speakers.length]!,
      attributionMethod: 'NAME',
    }));
    articles.push({
      headline: `${sentence(8)} (${a})`,
      lead: sentence(20),
      publishedAt: `20${10 + (a % 14)}-0${1 + (a % 9)}-1${a % 10}`,
      language: a % 3 ? 'en' : 'de',
      tags: [pick(COMMON), pick(COMMON)],
      shortUrl: `https://p.dw.com/p/B${a.toString(36).padStart(4, '0')}`,
      byline: null,
      editedBy: null,
      authorInitials: ['ab'],
      agencies: ['AFP'],
      bodyText: paragraphs.join('\n\n'),
      blocks,
      images: [],
      people: speakers.map((name) => ({ name, aliases: [], titles: [], roles: [] })),
      organizations: [],
      quotes,
      wordCount: 40 * 30,
    });
  }
  return articles;
}

// --- server process --------------------------------------------------------------------------

type Message = { type: 'memory' } | { type: 'ready'; port: number; stats: string };

async function serve(): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const started = performance.now();
  const { store } = buildStore(
    syntheticArticles(400, 600).map((article, i) => ({ source: `bench-${i}.txt`, article })),
  );
  const yoga = createServer({ store });
  const server = createHttpServer(yoga);
  const port = await listen(server, 0, '127.0.0.1');
  const maxArticles = Math.max(...store.people.map((person) => person.articles.length));
  process.send!({
    type: 'ready',
    port,
    stats:
      `${store.articles.length} articles, ${store.people.length} people, ${store.quotes.length} ` +
      `quotes (a person in up to ${maxArticles} articles), built in ` +
      `${Math.round(performance.now() - started)} ms`,
  } satisfies Message);
  process.on('message', (message: Message) => {
    if (message.type !== 'memory') return;
    gc();
    gc();
    process.send!({ type: 'memory', ...process.memoryUsage() });
  });
  process.on('disconnect', () => void closeGracefully(server, 100).then(() => process.exit(0)));
}

// --- client -----------------------------------------------------------------------------------

/** Queries near the cost limit, each as large as the limits let it be (checked at run time). */
const EXPENSIVE_CANDIDATES: Record<string, string> = {
  'articles(first: 29) with bodies': `{ articles(first: 29) { nodes { id headline lead bodyText tags } } }`,
  'people(first: 55) with all their articles': `{ people(first: 55) { nodes { id name articles { id headline publishedAt } } } }`,
  '20 aliased pages of 100 articles (first: 14)': `{ ${Array.from(
    { length: 20 },
    (_, i) =>
      `a${i}: articles(first: 14, filter: { language: "${i % 2 ? 'en' : 'de'}" }) { nodes { id headline } }`,
  ).join(' ')} }`,
  'quotes(first: 27) with speakers and their articles': `{ quotes(first: 27) { nodes { id text article { headline } speaker { ... on Person { name aliases articles { headline } } } } } }`,
  'articles(first: 3) with quotes, speakers and their articles': `{ articles(first: 3) { nodes { quotes { id text cue speaker { ... on Person { id name articles { id } } } } } } }`,
  '5 aliased searches': `{ ${Array.from({ length: 5 }, (_, i) => `s${i}: search(query: "${COMMON[i]} ${COMMON[i + 1]}", first: 100) { totalCount nodes { __typename ... on Article { id headline } ... on Quote { id text } } }`).join(' ')} }`,
};

const NORMAL_QUERIES = [
  '{ articles(first: 10) { totalCount nodes { id headline publishedAt } } }',
  '{ article(shortUrl: "B000a") { id headline lead tags quotes { id text speaker { ... on Person { name } } } } }',
  '{ people(first: 10, filter: { name: "Person1" }) { totalCount nodes { id name } } }',
  '{ quotes(first: 10) { nodes { id text speaker { ... on Person { name } } } } }',
  '{ search(query: "harbour storm", first: 10) { totalCount nodes { __typename ... on Article { id headline } } } }',
];

async function request(url: string, query: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.text() };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function memoryOf(child: ChildProcess): Promise<NodeJS.MemoryUsage> {
  return new Promise((resolve) => {
    const onMessage = (message: { type: string } & NodeJS.MemoryUsage) => {
      if (message.type !== 'memory') return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.send({ type: 'memory' });
  });
}

/**
 * A unique document of the largest accepted size: valid, within every limit, nearly the most
 * tokens (20 aliases of some 45 tokens each), padded with a comment to the longest text.
 */
function maxSizeDocument(i: number): string {
  const aliases = Array.from(
    { length: DEFAULT_LIMITS.maxAliases },
    (_, k) =>
      `a${k}: articles(first: 1, filter: { tag: "soak-${i}-${k}" }) { nodes { id headline lead ` +
      `publishedAt language tags byline authorInitials agencies editedBy wordCount subheadings ` +
      `relatedTitles shortUrl people { id name aliases titles roles } organizations { id name } } }`,
  );
  const body = `query Soak${i} { ${aliases.join(' ')} }`;
  const padding = DEFAULT_LIMITS.maxQueryLength - body.length - 2;
  return `${body}\n#${'x'.repeat(Math.max(0, padding))}`;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Extract<Message, { type: 'ready' }>>((resolve, reject) => {
    child.once('message', (message: Message) => {
      if (message.type === 'ready') resolve(message);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${ready.port}/graphql`;
  console.log(`content: ${ready.stats}`);

  // The most expensive accepted query: every candidate must pass the limits; take the slowest.
  let expensive = { name: '', query: '', ms: 0, bytes: 0 };
  for (const [name, query] of Object.entries(EXPENSIVE_CANDIDATES)) {
    await request(url, query);
    const started = performance.now();
    const { status, body } = await request(url, query);
    const ms = performance.now() - started;
    const accepted = status === 200 && !body.includes('"errors"');
    console.log(
      `  candidate ${name}: ${accepted ? 'accepted' : `REJECTED ${status} ${body.slice(0, 160)}`}, ` +
        `${ms.toFixed(1)} ms, ${(body.length / 1024).toFixed(0)} KB`,
    );
    if (accepted && ms > expensive.ms) expensive = { name, query, ms, bytes: body.length };
  }
  console.log(`most expensive accepted query: ${expensive.name}`);

  // Abuse: four attackers, two normal clients.
  const deadline = performance.now() + SECONDS * 1_000;
  const latencies: number[] = [];
  let normalErrors = 0;
  let attackerRequests = 0;
  let attackerErrors = 0;
  const attacker = async () => {
    while (performance.now() < deadline) {
      const { status } = await request(url, expensive.query).catch(() => ({ status: 0 }));
      attackerRequests++;
      if (status !== 200) attackerErrors++;
    }
  };
  const normal = async (offset: number) => {
    for (let i = offset; performance.now() < deadline; i++) {
      const started = performance.now();
      try {
        const { status, body } = await request(url, NORMAL_QUERIES[i % NORMAL_QUERIES.length]!);
        latencies.push(performance.now() - started);
        if (status !== 200 || body.includes('"errors"')) normalErrors++;
      } catch {
        normalErrors++;
      }
    }
  };
  console.log(`abuse: 4 loops of "${expensive.name}" + 2 loops of normal queries for ${SECONDS} s`);
  await Promise.all([attacker(), attacker(), attacker(), attacker(), normal(0), normal(2)]);
  latencies.sort((a, b) => a - b);
  console.log(
    `  normal: ${latencies.length} requests, p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms, ` +
      `errors ${normalErrors}`,
  );
  console.log(`  attackers: ${attackerRequests} requests, errors ${attackerErrors}`);

  // Memory soak.
  const before = await memoryOf(child);
  let soakErrors = 0;
  const started = performance.now();
  const concurrency = 8;
  let nextDocument = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = nextDocument++; i < SOAK_DOCUMENTS; i = nextDocument++) {
        const { status, body } = await request(url, maxSizeDocument(i));
        if (status !== 200 || body.includes('"errors"')) soakErrors++;
      }
    }),
  );
  const after = await memoryOf(child);
  const still = await request(url, NORMAL_QUERIES[0]!);
  console.log(
    `memory soak: ${SOAK_DOCUMENTS} unique documents of ${maxSizeDocument(0).length} characters ` +
      `(near the token limit) in ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
      `errors ${soakErrors}`,
  );
  console.log(
    `  RSS ${mb(before.rss)} -> ${mb(after.rss)} (growth ${mb(after.rss - before.rss)}), ` +
      `heap used ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}; ` +
      `afterwards the server answers ${still.status}`,
  );
  child.disconnect();
}

if (process.argv.includes('--serve')) await serve();
else await main();
