/** The steps a value axis may climb by, times a power of ten: 1, 2, 2.5 and 5 read easily. */
const STEPS = [1, 2, 2.5, 5, 10];

/**
 * About `target` evenly spaced round values covering [min, max]: 0, 2 000, 4 000… A flat line gets
 * room around it; whole counts never step by less than 1.
 */
export function niceTicks(min: number, max: number, wholeNumbers: boolean, target = 4): number[] {
  let lo = min;
  let hi = max;
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    hi += pad;
    lo = min >= 0 && lo - pad < 0 ? 0 : lo - pad;
  }
  const rough = (hi - lo) / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  let step = (STEPS.find((s) => s * magnitude >= rough) ?? 10) * magnitude;
  if (wholeNumbers) step = Math.max(1, Math.round(step));
  const first = Math.floor(lo / step) * step;
  const last = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's own precision: 0.1 × 3 is 0.30000000000000004 in floating point.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toFixed(digits)));
  return ticks;
}

/** Every how many points a date is written under the axis, so that at most `most` are. */
export const labelEvery = (points: number, most = 6): number => Math.max(1, Math.ceil(points / most));

/** The parts of a line between its gaps: a bucket with no value breaks the line, it does not drop to 0. */
export function segments(values: readonly (number | null)[]): { index: number; value: number }[][] {
  const out: { index: number; value: number }[][] = [];
  let run: { index: number; value: number }[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (run.length > 0) out.push(run);
      run = [];
    } else run.push({ index, value });
  });
  if (run.length > 0) out.push(run);
  return out;
}
