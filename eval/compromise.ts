/**
 * npm run eval:compromise
 *
 * Issue 3 asks whether an NLP library would find people better than our rules. This measures the
 * `compromise` library's person recogniser on the same pages and with the same people metric as
 * `npm run eval`, so the two can be compared. compromise gets the reader's text of each page
 * (headline, lead, body, captions, as our parser separates them from the page chrome, which is
 * the fair input: it was not built to strip navigation) and its names are made comparable the way
 * the annotators wrote them: titles dropped, and a name that is a part of a longer found name (a
 * surname used alone) folded into the longer one. Only set summaries are printed, never the
 * holdout's details.
 */
import nlp from 'compromise';
import { parseArticle } from '../src/parse/index.ts';
import { loadPages, SETS } from './load.ts';
import { addCounts, prf, scorePeople, type Counts } from './metrics.ts';

const TITLE_WORDS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'professor',
    'president',
    'chancellor',
    'minister',
    'mayor',
    'admiral',
    'general',
    'judge',
    'sir',
    'dame',
    'herr',
    'frau',
    'bürgermeister',
    'bürgermeisterin',
    'senator',
    'governor',
    'captain',
    'coach',
  ].map((word) => word.toLowerCase()),
);

function withoutTitles(name: string): string {
  const words = name.replace(/[’']s$/u, '').split(/\s+/u);
  while (words.length > 1 && TITLE_WORDS.has(words[0]!.replace(/\.$/u, '').toLowerCase()))
    words.shift();
  return words.join(' ').replace(/[.,;:]+$/u, '');
}

/** The fullest names compromise finds: a found name inside a longer found name is its alias. */
export function compromisePeople(text: string): string[] {
  const found = new Set(
    (nlp(text).people().out('array') as string[]).map(withoutTitles).filter(Boolean),
  );
  const names = [...found];
  return names.filter(
    (name) =>
      !names.some(
        (other) => other !== name && other.length > name.length && other.split(' ').includes(name),
      ),
  );
}

function readerText(text: string): string {
  const result = parseArticle(text);
  if (!result.ok) return '';
  const { article } = result;
  const captions = article.images.map((image) => `${image.alt ?? ''}\n${image.caption}`);
  return [article.headline, article.lead ?? '', article.bodyText, ...captions].join('\n\n');
}

const empty = (): Counts => ({ tp: 0, expected: 0, actual: 0 });
const bySet = new Map(SETS.map((set) => [set, { ours: empty(), compromise: empty() }]));
for (const page of loadPages()) {
  const totals = bySet.get(page.set)!;
  const ours = parseArticle(page.text);
  totals.ours = addCounts(
    totals.ours,
    scorePeople(page.expected.people, ours.ok ? ours.article.people : []).counts,
  );
  const theirs = compromisePeople(readerText(page.text)).map((name) => ({ name }));
  totals.compromise = addCounts(
    totals.compromise,
    scorePeople(page.expected.people, theirs).counts,
  );
}

console.log('people found, by name (same metric as npm run eval)\n');
console.log('set        recogniser   precision  recall     F1');
for (const [set, totals] of bySet) {
  if (totals.ours.expected === 0) continue;
  for (const [label, counts] of Object.entries(totals)) {
    const score = prf(counts);
    console.log(
      `${set.padEnd(10)} ${label.padEnd(12)} ${score.precision.toFixed(3).padStart(9)}  ` +
        `${score.recall.toFixed(3).padStart(6)}  ${score.f1.toFixed(3).padStart(6)}`,
    );
  }
}
