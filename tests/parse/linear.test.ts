/**
 * Adversarial page shapes (the ones `npm run bench:parse` times) parse at 2 MB, and the parser's
 * string work grows linearly with the page: counted, not timed, so the test is deterministic.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.ts';
import { SHAPES } from '../../bench/parse.ts';

const MB = 1_000_000;

describe('adversarial shapes at 2 MB (no timing asserts; see npm run bench:parse)', () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))('%s parses', (_name, shape) => {
    const text = shape.page(2 * MB);
    const r = parseArticle(text, { maxBytes: 4 * MB });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.bodyText.length + (r.article.lead?.length ?? 0)).toBeGreaterThan(0);
  });
});

/**
 * Characters passed through the String methods that made earlier versions quadratic (lower-casing,
 * slicing, trimming, searching, splitting and regex matching of ever longer prefixes), plus calls.
 */
type Methods =
  'toLowerCase' | 'toUpperCase' | 'slice' | 'trim' | 'trimEnd' | 'split' | 'match' | 'lastIndexOf';
const METHODS: Methods[] = [
  'toLowerCase',
  'toUpperCase',
  'slice',
  'trim',
  'trimEnd',
  'split',
  'match',
  'lastIndexOf',
];
const originals = new Map<Methods, (...args: unknown[]) => unknown>();

function countWork<T>(f: () => T): { result: T; work: number } {
  let work = 0;
  const proto = String.prototype as unknown as Record<Methods, (...args: unknown[]) => unknown>;
  for (const m of METHODS) {
    const original = proto[m];
    originals.set(m, original);
    proto[m] = function (this: string, ...args: unknown[]) {
      const out = original.apply(this, args);
      // Cost of the call: the characters it had to look at or produce.
      if (m === 'lastIndexOf') {
        const from = typeof args[1] === 'number' ? args[1] : this.length;
        work += 1 + from - Math.max(out as number, 0);
      } else work += 1 + (typeof out === 'string' ? out.length : m === 'slice' ? 0 : this.length);
      return out;
    };
  }
  try {
    return { result: f(), work };
  } finally {
    restore();
  }
}

function restore(): void {
  const proto = String.prototype as unknown as Record<Methods, (...args: unknown[]) => unknown>;
  for (const [m, f] of originals) proto[m] = f;
  originals.clear();
}

afterEach(restore);

describe('string work grows linearly with the page', () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))(
    '%s: work(1 MB) / work(0.5 MB) < 2.3',
    (_name, shape) => {
      const small = countWork(() => parseArticle(shape.page(MB / 2), { maxBytes: 4 * MB }));
      const large = countWork(() => parseArticle(shape.page(MB), { maxBytes: 4 * MB }));
      expect(small.result.ok && large.result.ok).toBe(true);
      const ratio = large.work / small.work;
      expect(ratio).toBeLessThan(2.3);
      // And the work is a small multiple of the page size, not a power of it.
      expect(large.work).toBeLessThan(60 * MB);
    },
  );
});
