/**
 * npm run eval [-- --json] [-- --details] [-- --set dev|holdout]
 *
 * Parses every page in eval/dev and eval/holdout with parseArticle and compares the result with the
 * hand-written expected files. Prints per page and overall (dev, holdout, all) figures. Exit code 0
 * whatever the figures are; 2 when a page or expected file can't be read.
 *
 *   --json      machine-readable output (per-page figures, summaries, target checks)
 *   --details   also list what differs on each dev page (missing/spurious quotes, wrong speakers,
 *               people, images, metadata fields). Holdout pages never show details unless
 *               --holdout-details is given too: they are kept back from tuning.
 *   --set S     only the dev or only the holdout pages
 */
import { parseArticle } from '../src/parse/index.ts';
import { loadPages, PageReadError, SETS, type EvalPage, type EvalSet } from './load.ts';
import {
  checkTargets,
  evaluatePages,
  prf,
  summarize,
  type PageScore,
  type Summary,
} from './metrics.ts';

interface Options {
  json: boolean;
  details: boolean;
  holdoutDetails: boolean;
  sets: EvalSet[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = { json: false, details: false, holdoutDetails: false, sets: [...SETS] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--details') o.details = true;
    else if (a === '--holdout-details') o.holdoutDetails = true;
    else if (a === '--set') {
      const s = argv[++i];
      if (s !== 'dev' && s !== 'holdout') {
        console.error(`--set takes dev or holdout, not ${s ?? 'nothing'}`);
        process.exit(1);
      }
      o.sets = [s];
    } else {
      console.error(`unknown option ${a}`);
      process.exit(1);
    }
  }
  return o;
}

const f2 = (x: number): string => x.toFixed(2);
const f3 = (x: number): string => x.toFixed(3);
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function pageRow(s: PageScore): string {
  const q = prf(s.quotes.counts);
  const p = prf(s.people.counts);
  const im = prf(s.images.counts);
  const c = s.quotes.counts;
  const cells = [
    pad(s.set, 8),
    pad(s.page, 28),
    lpad(f2(q.precision), 5),
    lpad(f2(q.recall), 5),
    lpad(f2(q.f1), 5),
    lpad(`${c.tp}/${c.expected}/${c.actual}`, 9),
    lpad(`${s.quotes.speakerCorrect}/${c.tp}`, 6),
    lpad(f2(p.f1), 6),
    lpad(f2(im.f1), 6),
    lpad(`${s.metadata.equal}/${s.metadata.total}`, 6),
    lpad(`${s.paragraphs.expected}/${s.paragraphs.actual ?? '-'}`, 6),
  ];
  return cells.join('  ') + (s.failure ? `  FAILED: ${s.failure}` : '');
}

function summaryRow(label: string, s: Summary): string {
  return [
    pad(label, 15),
    lpad(f3(s.quotes.precision), 7),
    lpad(f3(s.quotes.recall), 7),
    lpad(f3(s.quotes.f1), 8),
    lpad(f3(s.speaker.accuracy), 8),
    lpad(f3(s.people.f1), 9),
    lpad(f3(s.images.f1), 8),
    lpad(f3(s.metadata.accuracy), 8),
    lpad(`${s.paragraphs.exactPages}/${s.paragraphs.pages}`, 10),
    lpad(String(s.paragraphs.absError), 7),
    lpad(f3(s.continues.accuracy), 9),
  ].join('  ');
}

function details(s: PageScore): string[] {
  const out: string[] = [];
  const show = (x: unknown) => JSON.stringify(x);
  for (const q of s.quotes.missing) out.push(`  quote missing   [${q.location}] ${show(q.text)}`);
  for (const q of s.quotes.spurious) out.push(`  quote spurious  [${q.location}] ${show(q.text)}`);
  for (const w of s.quotes.wrongSpeaker)
    out.push(
      `  speaker wrong   [${w.quote.location}] ${show(w.quote.text)}: expected ${show(w.quote.speaker)}, got ${w.actual}`,
    );
  for (const n of s.people.missing) out.push(`  person missing  ${show(n)}`);
  for (const n of s.people.spurious) out.push(`  person spurious ${show(n)}`);
  for (const k of s.images.missing) out.push(`  image missing   ${k}`);
  for (const k of s.images.spurious) out.push(`  image spurious  ${k}`);
  for (const d of s.metadata.diffs)
    out.push(`  field ${d.field}: expected ${show(d.expected)}, got ${show(d.actual)}`);
  if (s.paragraphs.actual !== s.paragraphs.expected)
    out.push(`  paragraphs: expected ${s.paragraphs.expected}, got ${s.paragraphs.actual ?? '-'}`);
  return out;
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  let pages: EvalPage[];
  try {
    pages = loadPages(opts.sets);
  } catch (e) {
    if (e instanceof PageReadError) {
      console.error(`eval: cannot read page: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }

  const scores = evaluatePages(pages, parseArticle);
  const groups: Array<[string, PageScore[]]> = [
    ...opts.sets.map((set): [string, PageScore[]] => [set, scores.filter((s) => s.set === set)]),
    ['all', scores],
  ];
  const summaries = groups.map(([label, ss]) => ({ label, summary: summarize(ss) }));
  const all = summaries[summaries.length - 1]!.summary;
  const targets = checkTargets(all);

  if (opts.json) {
    const withDetails = (s: PageScore) =>
      opts.details && (s.set !== 'holdout' || opts.holdoutDetails);
    const out = {
      pages: scores.map((s) => ({
        set: s.set,
        page: s.page,
        failure: s.failure,
        quotes: { ...s.quotes.counts, ...prf(s.quotes.counts) },
        speaker: { correct: s.quotes.speakerCorrect, matched: s.quotes.counts.tp },
        continues: { correct: s.quotes.continuesCorrect, matched: s.quotes.counts.tp },
        people: { ...s.people.counts, ...prf(s.people.counts) },
        images: { ...s.images.counts, ...prf(s.images.counts) },
        metadata: {
          equal: s.metadata.equal,
          total: s.metadata.total,
          wrongFields: s.metadata.diffs.map((d) => d.field),
        },
        paragraphs: s.paragraphs,
        ...(withDetails(s)
          ? {
              details: {
                missingQuotes: s.quotes.missing,
                spuriousQuotes: s.quotes.spurious,
                wrongSpeakers: s.quotes.wrongSpeaker,
                missingPeople: s.people.missing,
                spuriousPeople: s.people.spurious,
                missingImages: s.images.missing,
                spuriousImages: s.images.spurious,
                metadataDiffs: s.metadata.diffs,
              },
            }
          : {}),
      })),
      summary: Object.fromEntries(summaries.map(({ label, summary }) => [label, summary])),
      targets,
    };
    console.log(JSON.stringify(out, null, 2));
    return;
  }

  const counts = opts.sets
    .map((set) => `${set} ${scores.filter((s) => s.set === set).length}`)
    .join(', ');
  console.log(`Newsgraph parser evaluation: ${scores.length} pages (${counts})\n`);
  console.log(
    [
      pad('set', 8),
      pad('page', 28),
      lpad('q.P', 5),
      lpad('q.R', 5),
      lpad('q.F1', 5),
      lpad('tp/exp/act', 9),
      lpad('spkr', 6),
      lpad('ppl F1', 6),
      lpad('img F1', 6),
      lpad('meta', 6),
      lpad('paras', 6),
    ].join('  '),
  );
  for (const s of scores) {
    console.log(pageRow(s));
    if (opts.details && (s.set !== 'holdout' || opts.holdoutDetails))
      for (const line of details(s)) console.log(line);
  }
  console.log(
    '\n(spkr = right speakers / matched quotes; meta = equal fields / 13; paras = expected/actual paragraphs)\n',
  );
  console.log(
    [
      pad('overall', 15),
      lpad('quote P', 7),
      lpad('quote R', 7),
      lpad('quote F1', 8),
      lpad('speaker', 8),
      lpad('people F1', 9),
      lpad('image F1', 8),
      lpad('metadata', 8),
      lpad('paras=', 10),
      lpad('|Δparas|', 7),
      lpad('continues', 9),
    ].join('  '),
  );
  for (const { label, summary } of summaries)
    console.log(
      summary.pages > 0
        ? summaryRow(`${label} (${summary.pages})`, summary)
        : // An empty set has no figures; printing the 1.000 its empty ratios default to would read as a perfect score.
          `${pad(`${label} (0)`, 15)}  no pages`,
    );
  console.log(
    [
      pad('target (all)', 15),
      lpad('', 7),
      lpad('', 7),
      lpad('>=0.97', 8),
      lpad('>=0.95', 8),
      lpad('>=0.95', 9),
      lpad('>=0.98', 8),
      lpad('>=0.98', 8),
    ].join('  '),
  );
  const missed = targets.filter((t) => !t.met);
  console.log(
    missed.length === 0
      ? '\nAll targets met.'
      : `\nTargets missed: ${missed.map((t) => `${t.name} ${f3(t.value)} < ${t.target}`).join(', ')}`,
  );
  if (all.failures > 0) console.log(`${all.failures} page(s) failed to parse.`);
}

main();
