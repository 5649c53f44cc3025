/** Per-call latencies in microseconds, sorted. */
export interface Samples {
  n: number;
  sorted: number[];
}

export const percentile = (s: Samples, p: number): number =>
  s.sorted[Math.min(s.sorted.length - 1, Math.floor((p / 100) * s.sorted.length))] ?? Number.NaN;

export const toSamples = (micros: number[]): Samples => ({
  n: micros.length,
  sorted: [...micros].sort((a, b) => a - b),
});

const elapsedMicros = (start: bigint) => Number(process.hrtime.bigint() - start) / 1000;

/**
 * Runs `ours` and `raw` alternately, `n` times each after a warm-up, so disk and cache drift
 * land on both sides alike.
 */
export async function measurePair(
  n: number,
  ours: (i: number) => unknown,
  raw: (i: number) => unknown,
  warmup = Math.min(50, n),
): Promise<{ ours: Samples; raw: Samples }> {
  for (let i = 0; i < warmup; i++) {
    await ours(i);
    raw(i);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < n; i++) {
    let start = process.hrtime.bigint();
    await ours(warmup + i);
    a.push(elapsedMicros(start));
    start = process.hrtime.bigint();
    raw(warmup + i);
    b.push(elapsedMicros(start));
  }
  return { ours: toSamples(a), raw: toSamples(b) };
}
