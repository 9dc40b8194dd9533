/**
 * Tokens of a page that repeats its words share their strings. When every token carried two
 * strings of its own, a 2 MB page of capitalised words overflowed V8's young generation and the
 * collections made parse time grow 3x per doubling (npm run bench:parse, caps-run). Measured here
 * in bytes and calls, not time, so the test does not depend on the machine's load.
 */
import { describe, expect, it } from 'vitest';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tokenize, type Token } from '../../src/parse/tokens.ts';
import { SHAPES } from '../../bench/parse.ts';

const MB = 1_000_000;
const capsRun = SHAPES.find((s) => s.name === 'caps-run');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function usedHeap(): number {
  gc();
  gc();
  return getHeapStatistics().used_heap_size;
}

type Counted = 'slice' | 'toLowerCase';

/**
 * Calls of the String methods that copy a word, made while `f` runs. One-character results are
 * not counted: V8 hands those out from a shared table (the one-space gaps between words).
 */
function countCopies<T>(f: () => T): { result: T; calls: number } {
  const proto = String.prototype as unknown as Record<Counted, (...args: unknown[]) => unknown>;
  const originals = { slice: proto.slice, toLowerCase: proto.toLowerCase };
  let calls = 0;
  for (const m of ['slice', 'toLowerCase'] as const) {
    proto[m] = function (this: string, ...args: unknown[]) {
      const out = originals[m].apply(this, args) as string;
      if (out.length > 1) calls++;
      return out;
    };
  }
  try {
    return { result: f(), calls };
  } finally {
    proto.slice = originals.slice;
    proto.toLowerCase = originals.toLowerCase;
  }
}

describe('tokens of repeated words', () => {
  it('keep well under 120 bytes each alive (the token object and its array slot)', () => {
    const page = capsRun?.page(MB) ?? '';
    const before = usedHeap();
    const tokens = tokenize(page);
    const after = usedHeap();
    expect(tokens.length).toBeGreaterThan(300_000);
    // One token object is 88 bytes without pointer compression; two strings of its own per token
    // added 48 more.
    expect((after - before) / tokens.length).toBeLessThan(120);
    expect(tokens[tokens.length - 1]?.lower).toBe('dd');
  });

  it('copy each distinct word once, however often the page repeats it', () => {
    const words = 'Aa Bb Cc Dd ';
    const small = countCopies(() => tokenize(words.repeat(10_000)));
    const large = countCopies(() => tokenize(words.repeat(40_000)));
    expect(large.result).toHaveLength(160_000);
    expect(large.calls).toBeLessThan(50);
    expect(large.calls).toBeLessThanOrEqual(small.calls);
  });

  it('read the same as fresh tokens when a word comes back after other words took its place', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `W${i.toString(36)} Anna's`).join(' ');
    const tokens = tokenize(text);
    const annas = tokens.filter((t: Token) => t.start > 0 && text.startsWith('Anna', t.start));
    expect(annas).toHaveLength(20_000);
    for (const t of annas) {
      expect(t).toMatchObject({ text: 'Anna', lower: 'anna', capitalized: true, possessive: true });
    }
    expect(tokens[0]).toMatchObject({ text: 'W0', lower: 'w0', capitalized: true, acronym: false });
  });
});
