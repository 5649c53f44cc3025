import { describe, expect, it } from 'vitest';
import { podium, type Rated } from '../../../../electron/services/numbers/podium.ts';

/** A small seeded generator: the same posts on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rated = (seq: number, rate: number, day = 0, at = 0): Rated => ({
  seq,
  channelId: 'c',
  day,
  at,
  date: '2026-01-01',
  followers: null,
  rate,
});

const seqs = (items: readonly Rated[]) => items.map((r) => r.seq);

describe('the dashboard podium', () => {
  it('gives every post, best first, when there are ten or fewer, and no bottom list', () => {
    const p = podium(5);
    [rated(1, 2), rated(2, 9), rated(3, 5), rated(4, 0.5)].forEach((r) => {
      p.add(r);
    });
    expect(seqs(p.result().top)).toEqual([2, 3, 1, 4]);
    expect(p.result().bottom).toEqual([]);
  });

  it('keeps the calendar order between equal rates: day, then time, then the order written', () => {
    const p = podium(5);
    [rated(5, 3, 2, 10), rated(4, 3, 1, 50), rated(3, 3, 1, 20), rated(2, 3, 1, 20)].forEach((r) => {
      p.add(r);
    });
    expect(seqs(p.result().top)).toEqual([2, 3, 4, 5]);
  });

  it('picks the same best and worst five as sorting every post', () => {
    const next = random(7);
    const all = Array.from({ length: 3000 }, (_, i) =>
      // Rates on a coarse grid: many ties, broken by the calendar.
      rated(i, Math.floor(next() * 40) / 4, Math.floor(next() * 365), Math.floor(next() * 86_400)),
    );
    const p = podium(5);
    for (const r of all) p.add(r);
    const sorted = [...all].sort((a, b) => b.rate - a.rate || a.day - b.day || a.at - b.at || a.seq - b.seq);
    expect(seqs(p.result().top)).toEqual(seqs(sorted.slice(0, 5)));
    expect(seqs(p.result().bottom)).toEqual(seqs(sorted.slice(-5).reverse()));
  });

  it('with eleven posts shows the best five and the worst five, worst first', () => {
    const p = podium(5);
    for (let i = 1; i <= 11; i++) p.add(rated(i, i));
    expect(seqs(p.result().top)).toEqual([11, 10, 9, 8, 7]);
    expect(seqs(p.result().bottom)).toEqual([1, 2, 3, 4, 5]);
  });
});
