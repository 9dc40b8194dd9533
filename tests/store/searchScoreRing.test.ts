import { describe, expect, it } from 'vitest';
import { ScoreRing } from '../../src/store/scoreRing.ts';

/** Matches of a made-up word: `count` documents from `seed`, each scored from its number. */
function word(seed: number, count: number) {
  const order = Int32Array.from({ length: count }, (_, i) => (seed * 7 + i * 3) % 1000);
  const sums = new Float64Array(1000);
  for (const id of order) sums[id] = id / 10 + seed;
  return { order, sums, count };
}

describe('ScoreRing', () => {
  it('gives back each kept word as it was put, until it is written over', () => {
    const ring = new ScoreRing(100);
    const live = new Map<string, { seed: number; count: number }>();
    let seed = 0;
    // Words of varied sizes, wrapping the ring many times.
    for (const count of [10, 25, 0, 7, 25, 13, 1, 25, 19, 4, 25, 25, 9, 16, 2, 25, 11, 24, 6]) {
      const { order, sums } = word(++seed, count);
      const kept = ring.put(`w${seed}`, order, sums, count)!;
      expect(Array.from(kept.ids)).toEqual(Array.from(order));
      live.set(`w${seed}`, { seed, count });
      for (const [key, { seed: s, count: n }] of live) {
        const got = ring.get(key);
        if (!got) {
          // Once dropped, a word stays dropped.
          live.delete(key);
          continue;
        }
        const expected = word(s, n);
        expect(Array.from(got.ids), key).toEqual(Array.from(expected.order));
        expect(Array.from(got.scores), key).toEqual(
          Array.from(expected.order, (id) => expected.sums[id]!),
        );
      }
    }
    // The newest words always fit in the ring together.
    expect(live.size).toBeGreaterThan(3);
    expect([...live.values()].reduce((sum, entry) => sum + entry.count, 0)).toBeLessThanOrEqual(
      100,
    );
  });

  it('does not keep a word over a quarter of the ring', () => {
    const ring = new ScoreRing(100);
    const { order, sums } = word(1, 26);
    expect(ring.put('large', order, sums, 26)).toBeUndefined();
    expect(ring.get('large')).toBeUndefined();
    expect(ring.filled(0.1)).toBe(false);
  });
});
