/**
 * A deterministic generator of synthetic news pages in the DW page format (as in `content/` and
 * `eval/dev/`): chrome lines, run-together tags, headline, optional byline, date, lead, short URL,
 * images with alt line, caption and credit, paragraphs with attributed quotes, sub-headings,
 * related titles and a sign-off. Every name, place and event is invented. The same `seed` and
 * index always give the same page, so benchmarks over N pages are repeatable.
 *
 *   npx tsx bench/corpus.ts <dir> [count] [--seed=N] [--check]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Small, fast, deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = (
  'Anika Bram Celeste Dario Elin Farid Greta Hakon Ines Jonas Kalina Lorenz Mireille Nils ' +
  'Oona Pavel Quirin Rosa Soren Talia Ugo Vesna Wiebke Xaver Yara Zeno Aurelio Brigida ' +
  'Casimir Dagny Emeric Fenna Gustavo Hedda Ilario Jorunn Konstantin Liv Matthias Noemi Oskar ' +
  'Petra Radomir Sanne Tobiah Ulrike Valentin Wanda'
).split(' ');
const LAST = (
  'Albrecht Brandvold Castellan Drozdova Eberhardt Falkenrath Grunewald Halvorsen Ivaskevic ' +
  'Jankowiak Kestrel Lindqvist Marchetti Novakovic Oberlin Pellegrini Quast Rautenberg ' +
  'Salvatierra Thorbecke Umbreit Valtonen Wexford Ysenbaert Zaborowski Aldecoa Bergfeld ' +
  'Ciesielski Dunmore Estrada Fairweather Gallagher Hollenbach Irigoyen Jessup Kowalke ' +
  'Lombardi Mertens Nyberg Ostrowski Prendergast Radcliffe'
).split(' ');
const TITLES = ['', '', '', 'Dr.', 'Admiral', 'General', 'Professor', 'Judge', 'Mayor'];
const ROLES = [
  "the country's finance minister",
  'a spokesperson for the regional government',
  'the head of the port authority',
  'an economist at the Northern Institute',
  "the union's chief negotiator",
  "the city's deputy mayor",
  'a senior police officer',
  'the chair of the water board',
  'a climate researcher at Halden University',
  'the commander of the coast guard',
  "the hospital's medical director",
  'a lawyer for the families',
];
const PLACES = [
  'Veldhaven',
  'Korsmark',
  'Altbruck',
  'Marisol',
  'Tervola',
  'Brennvik',
  'Ostrava Nova',
  'Quillon',
  'Santa Irena',
  'Hollmund',
  'Dravograd',
  'Linnemoor',
  'Castel Aurin',
  'Eskerby',
];
const TOPICS = [
  ['Climate', 'a new flood barrier', 'the barrier', 'water levels'],
  ['Economy', 'a port expansion', 'the expansion', 'shipping fees'],
  ['Health', 'a hospital strike', 'the strike', 'staff shortages'],
  ['Politics', 'a council election', 'the election', 'local budgets'],
  ['Transport', 'a rail tunnel', 'the tunnel', 'ticket prices'],
  ['Energy', 'a wind farm', 'the wind farm', 'power prices'],
  ['Justice', 'a corruption trial', 'the trial', 'public contracts'],
  ['Education', 'a school reform', 'the reform', 'teacher pay'],
] as const;
const REGIONS = ['Europe', 'Germany', 'Nordics', 'Baltic Sea', 'Alps', 'Mediterranean'];
const VERBS = ['said', 'told DW', 'told reporters', 'added', 'said on Tuesday', 'warned'];
const AGENCIES = ['AFP', 'Reuters', 'dpa', 'AP', 'epd', 'KNA'];
const CREDITS = ['Lena Arndt/dpa/picture alliance', 'Tomas Reyes/AFP', 'Ivo Brandt/Reuters'];
const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const QUOTES = [
  'We cannot wait another year for a decision',
  'This is the most important project our region has seen in decades',
  'Nobody here is against progress, but the costs must be shared fairly',
  'The numbers speak for themselves',
  'We have asked for this for a long time and nobody listened',
  'It is too early to say what this will mean for families',
  'We will not accept a solution that leaves the coast unprotected',
  'The plan is ambitious, but it is also realistic',
  'I have never seen so many people at a public meeting',
  'Our job is to make sure that the rules are followed',
  'There is no easy answer to this question',
  'The next months will show whether the promises were serious',
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** The generator's word lists, for benchmarks that need realistic queries over the corpus. */
export const VOCABULARY = {
  first: FIRST,
  last: LAST,
  places: PLACES,
  topics: TOPICS.map(([tag, thing, , issue]) => ({ tag, thing, issue })),
  quotes: QUOTES,
} as const;

/** A short-URL code unique per index (case-insensitively, as the store looks codes up). */
export function shortCode(index: number): string {
  return 'Z' + index.toString(36).toUpperCase().padStart(5, '0');
}

export interface GeneratedPage {
  file: string;
  text: string;
  shortCode: string;
}

interface Speaker {
  first: string;
  last: string;
  title: string;
  role: string;
}

/** Page `index` of the corpus with `seed`: the same arguments always give the same text. */
export function generatePage(index: number, seed = 1): GeneratedPage {
  const next = rng(seed * 1_000_003 + index * 7_919 + 17);
  const [tag, thing, short, issue] = pick(next, TOPICS);
  const place = pick(next, PLACES);
  const region = pick(next, REGIONS);
  const speakers: Speaker[] = [];
  const count = 2 + Math.floor(next() * 3);
  while (speakers.length < count) {
    const candidate = {
      first: pick(next, FIRST),
      last: pick(next, LAST),
      title: pick(next, TITLES),
      role: pick(next, ROLES),
    };
    if (!speakers.some((s) => s.last === candidate.last)) speakers.push(candidate);
  }
  const year = 2019 + Math.floor(next() * 6);
  const month = Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const date =
    next() < 0.7
      ? `${MONTHS[month]} ${day}, ${year}`
      : `${String(month + 1).padStart(2, '0')}/${String(day).padStart(2, '0')}/${year}`;
  const code = shortCode(index);
  const url =
    next() < 0.5
      ? `https://p.dw.com/p/${code}`
      : `https://s.gtool.pro:443/https/p.dw.com/p/${code}`;
  const full = (s: Speaker) => `${s.first} ${s.last}`;
  const quote = () => pick(next, QUOTES);
  const lead = speakers[0]!;
  const lines: string[] = [
    '  1. Skip to content',
    '  2. Skip to main menu',
    '  3. Skip to more DW sites',
    `${tag}${region}${place.replace(/\s/g, '')}`,
    '',
    `${place} debates ${thing}: '${quote()}' (${index})`,
    '',
  ];
  if (next() < 0.4) lines.push(`${pick(next, FIRST)} ${pick(next, LAST)}`, '');
  lines.push(
    date,
    '',
    `Plans for ${thing} in ${place} have divided residents. ${full(lead)} said the town had to act on "${issue} before it is too late."`,
    '',
    url,
  );
  const imageCount = 1 + Math.floor(next() * 3);
  const image = (n: number) => {
    const s = speakers[n % speakers.length]!;
    lines.push(
      `People gather in ${place} to discuss ${short} (${n})`,
      `${full(s)} spoke to residents about ${short}Image: ${pick(next, CREDITS)}`,
      '',
    );
  };
  image(0);
  lines.push(
    `The debate over ${thing} in ${place} has gone on for months, with residents, officials and businesses arguing over ${issue}.`,
    '',
  );
  const paragraphs = 6 + Math.floor(next() * 10);
  for (let p = 0; p < paragraphs; p++) {
    const s = speakers[p % speakers.length]!;
    const titled = s.title ? `${s.title} ${full(s)}` : full(s);
    const form = next();
    if (p < speakers.length) {
      lines.push(`"${quote()}," ${titled}, ${s.role}, ${pick(next, VERBS)}.`);
    } else if (form < 0.35) {
      lines.push(`${s.last} said the town should "${quote().toLowerCase()}."`);
    } else if (form < 0.6) {
      lines.push(`"${quote()}," ${s.last} ${pick(next, VERBS)}. "${quote()}."`);
    } else if (form < 0.8) {
      lines.push(
        `Officials in ${place} expect a final decision on ${short} within ${2 + p} months, according to the regional government.`,
      );
    } else {
      lines.push(
        `According to ${s.last}, ${issue} remain the main concern for ${3 + p} local groups.`,
      );
    }
    lines.push('');
    if (p === 3) lines.push(`What ${short} means for ${place}`, '');
    if (p > 0 && p % 4 === 0 && p / 4 < imageCount) image(p / 4);
  }
  if (next() < 0.5) lines.push(`${place} and the future of ${issue}`, 'Watch video 02:31', '');
  const initials = `${pick(next, FIRST).slice(0, 2).toLowerCase()}/${pick(next, LAST).slice(0, 2).toLowerCase()}`;
  lines.push(`${initials} (${pick(next, AGENCIES)}, ${pick(next, AGENCIES)})`, '');
  return {
    file: `${String(index).padStart(6, '0')}_${code.toLowerCase()}.txt`,
    text: lines.join('\n'),
    shortCode: code,
  };
}

/** Writes pages 0..count-1 into `dir` (created if needed); returns the file names. */
export async function writeCorpus(dir: string, count: number, seed = 1): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  const batch = 256;
  for (let start = 0; start < count; start += batch) {
    const pages = [];
    for (let i = start; i < Math.min(count, start + batch); i++) pages.push(generatePage(i, seed));
    await Promise.all(pages.map((page) => writeFile(path.join(dir, page.file), page.text)));
    files.push(...pages.map((page) => page.file));
  }
  return files;
}

async function cli(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((arg) => !arg.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: tsx bench/corpus.ts <dir> [count] [--seed=N] [--check]\n');
    process.exit(2);
  }
  const count = Number(args.filter((arg) => !arg.startsWith('--'))[1] ?? 100);
  const seed = Number(args.find((arg) => arg.startsWith('--seed='))?.slice(7) ?? 1);
  const files = await writeCorpus(dir, count, seed);
  process.stdout.write(`wrote ${files.length} pages to ${dir}\n`);
  if (args.includes('--check')) {
    const { parseArticle } = await import('../src/parse/index.ts');
    let ok = 0;
    let quotes = 0;
    let people = 0;
    let attributed = 0;
    for (let i = 0; i < count; i++) {
      const result = parseArticle(generatePage(i, seed).text);
      if (!result.ok) continue;
      ok++;
      quotes += result.article.quotes.length;
      attributed += result.article.quotes.filter((q) => q.speaker).length;
      people += result.article.people.length;
    }
    process.stdout.write(
      `parsed ${ok}/${count}; ${quotes} quotes (${attributed} attributed), ${people} people\n`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await cli();
