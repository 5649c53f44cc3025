import { describe, expect, it } from 'vitest';
import { objectiveProgress, type ProgressInput } from '../../../../shared/kpi/progress.ts';
import { linearTrend, trendAt } from '../../../../shared/kpi/trend.ts';

describe('linearTrend', () => {
  it('runs exactly through collinear points', () => {
    // (0,10), (10,30), (20,50): slope (50 − 10) / 20 = 2, intercept 10
    const trend = linearTrend([
      { day: 0, value: 10 },
      { day: 10, value: 30 },
      { day: 20, value: 50 },
    ]);
    expect(trend).toEqual({ slope: 2, intercept: 10 });
    // 10 + 2 × 30 = 70
    expect(trend && trendAt(trend, 30)).toBe(70);
  });

  it('fits noisy points by least squares, in any order', () => {
    // x̄ = 1.5, ȳ = 2.75; Σ(x−x̄)² = 2.25 + 0.25 + 0.25 + 2.25 = 5;
    // Σ(x−x̄)(y−ȳ) = (−1.5)(−1.75) + (−0.5)(0.25) + (0.5)(−0.75) + (1.5)(2.25) = 2.625 − 0.125 − 0.375 + 3.375 = 5.5
    // slope = 5.5 / 5 = 1.1; intercept = 2.75 − 1.1 × 1.5 = 1.1
    const points = [
      { day: 0, value: 1 },
      { day: 1, value: 3 },
      { day: 2, value: 2 },
      { day: 3, value: 5 },
    ];
    const shuffled = [
      { day: 2, value: 2 },
      { day: 0, value: 1 },
      { day: 3, value: 5 },
      { day: 1, value: 3 },
    ];
    for (const order of [points, [...points].reverse(), shuffled]) {
      const trend = linearTrend(order);
      expect(trend?.slope).toBeCloseTo(1.1, 12);
      expect(trend?.intercept).toBeCloseTo(1.1, 12);
      // 1.1 + 1.1 × 10 = 12.1
      expect(trend && trendAt(trend, 10)).toBeCloseTo(12.1, 12);
    }
  });

  it('works on day numbers far from the origin', () => {
    // Days since 1970: 20000 → 100, 20030 → 160: slope 60 / 30 = 2
    const trend = linearTrend([
      { day: 20_000, value: 100 },
      { day: 20_030, value: 160 },
    ]);
    expect(trend?.slope).toBeCloseTo(2, 9);
    // 100 + 2 × 60 = 220
    expect(trend && trendAt(trend, 20_060)).toBeCloseTo(220, 6);
  });

  it('gives no line through fewer than two points or a single day', () => {
    expect(linearTrend([])).toBeNull();
    expect(linearTrend([{ day: 4, value: 10 }])).toBeNull();
    expect(
      linearTrend([
        { day: 4, value: 10 },
        { day: 4, value: 12 },
        { day: 4, value: 15 },
      ]),
    ).toBeNull();
  });
});

/** Followers from 1,000 to 1,500 between day 0 and day 100. */
const growth = (p: Partial<ProgressInput>): ProgressInput => ({
  baseline: 1000,
  target: 1500,
  startDay: 0,
  deadlineDay: 100,
  today: 40,
  current: null,
  series: [],
  ...p,
});

/** A cost per click brought down from 80 to 50 cents between day 0 and day 100. */
const cheaper = (p: Partial<ProgressInput>): ProgressInput => growth({ baseline: 80, target: 50, ...p });

describe('objectiveProgress', () => {
  it('has not started before its first day, whatever was measured', () => {
    const series = [
      { day: -10, value: 900 },
      { day: -5, value: 950 },
    ];
    expect(objectiveProgress(growth({ today: -1, current: 950, series }))).toEqual({
      percent: null,
      forecast: null,
      status: 'notStarted',
      knownFromDay: null,
    });
  });

  it('has no data while nothing is measured', () => {
    expect(objectiveProgress(growth({ today: 40, current: null }))).toEqual({
      percent: null,
      forecast: null,
      status: 'noData',
      knownFromDay: null,
    });
  });

  it('is achieved once the target is reached, even past the deadline', () => {
    // (1520 − 1000) / (1500 − 1000) × 100 = 104 %
    expect(objectiveProgress(growth({ today: 60, current: 1520 }))).toMatchObject({
      percent: 104,
      status: 'achieved',
    });
    // (1500 − 1000) / 500 × 100 = 100 %: exactly on target counts
    expect(objectiveProgress(growth({ today: 120, current: 1500 }))).toMatchObject({
      percent: 100,
      status: 'achieved',
    });
  });

  it('is missed after the deadline short of the target', () => {
    // (1400 − 1000) / 500 × 100 = 80 %
    expect(objectiveProgress(growth({ today: 101, current: 1400 }))).toMatchObject({
      percent: 80,
      status: 'missed',
    });
  });

  it('is on track when the trend reaches the target by the deadline', () => {
    // (0,1000), (20,1100), (40,1200): slope 5 a day; 1000 + 5 × 100 = 1500 on day 100 ≥ 1500
    const series = [
      { day: 0, value: 1000 },
      { day: 20, value: 1100 },
      { day: 40, value: 1200 },
    ];
    const out = objectiveProgress(growth({ today: 40, current: 1200, series }));
    // (1200 − 1000) / 500 × 100 = 40 %
    expect(out.percent).toBe(40);
    expect(out.forecast).toBeCloseTo(1500, 9);
    expect(out.status).toBe('onTrack');
  });

  it('is off track when the trend falls short', () => {
    // (0,1000), (20,1040), (40,1080): slope 2 a day; 1000 + 2 × 100 = 1200 on day 100 < 1500
    const series = [
      { day: 0, value: 1000 },
      { day: 20, value: 1040 },
      { day: 40, value: 1080 },
    ];
    const out = objectiveProgress(growth({ today: 40, current: 1080, series }));
    // (1080 − 1000) / 500 × 100 = 16 %
    expect(out.percent).toBeCloseTo(16, 9);
    expect(out.forecast).toBeCloseTo(1200, 9);
    expect(out.status).toBe('offTrack');
  });

  it('is judged on the trend on the deadline day itself, not yet missed', () => {
    const series = [
      { day: 0, value: 1000 },
      { day: 50, value: 1200 },
      { day: 100, value: 1400 },
    ];
    expect(objectiveProgress(growth({ today: 100, current: 1400, series })).status).toBe('offTrack');
  });

  describe('a cost brought down from 80 to 50 cents', () => {
    it('counts the way covered downwards', () => {
      // (74 − 80) / (50 − 80) × 100 = −6 / −30 × 100 = 20 %
      expect(objectiveProgress(cheaper({ current: 74 })).percent).toBeCloseTo(20, 9);
      // (80 − 80) / (50 − 80) × 100 = 0 / −30 × 100: 0 %, not −0 (printed "-0 %")
      expect(Object.is(objectiveProgress(cheaper({ current: 80 })).percent, 0)).toBe(true);
      // (86 − 80) / (50 − 80) × 100 = −20 %: the cost went up
      expect(objectiveProgress(cheaper({ current: 86 })).percent).toBeCloseTo(-20, 9);
    });

    it('is achieved at or below the target, not above', () => {
      // (48 − 80) / (50 − 80) × 100 = 106.67 %
      const below = objectiveProgress(cheaper({ current: 48 }));
      expect(below.status).toBe('achieved');
      expect(below.percent).toBeCloseTo(106.667, 3);
      expect(objectiveProgress(cheaper({ current: 50 })).status).toBe('achieved');
      expect(objectiveProgress(cheaper({ today: 101, current: 51 })).status).toBe('missed');
    });

    it('is on track when the falling trend gets under the target', () => {
      // (0,80), (10,76), (20,72): slope −0.4 a day; 80 − 0.4 × 100 = 40 on day 100 ≤ 50
      const series = [
        { day: 0, value: 80 },
        { day: 10, value: 76 },
        { day: 20, value: 72 },
      ];
      const out = objectiveProgress(cheaper({ today: 20, current: 72, series }));
      expect(out.forecast).toBeCloseTo(40, 9);
      expect(out.status).toBe('onTrack');
    });

    it('is off track when it falls too slowly', () => {
      // (0,80), (10,79), (20,78): slope −0.1 a day; 80 − 0.1 × 100 = 70 on day 100 > 50
      const series = [
        { day: 0, value: 80 },
        { day: 10, value: 79 },
        { day: 20, value: 78 },
      ];
      const out = objectiveProgress(cheaper({ today: 20, current: 78, series }));
      expect(out.forecast).toBeCloseTo(70, 9);
      expect(out.status).toBe('offTrack');
    });
  });

  describe('before two readings after the start, no trend', () => {
    it('says it is too early rather than "on track" for an objective created today at its baseline', () => {
      // Created on day 40 with the current value as baseline: 0 % of the way, one reading (the start's).
      const out = objectiveProgress(
        growth({ startDay: 40, today: 40, current: 1000, series: [{ day: 40, value: 1000 }] }),
      );
      // Weekly readings: the second after the start comes on day 40 + 7.
      expect(out).toEqual({ percent: 0, forecast: null, status: 'tooEarly', knownFromDay: 47 });
    });

    it('waits for a second reading after the start, not only a second reading', () => {
      const series = [
        { day: 0, value: 1000 },
        { day: 6, value: 1150 },
      ];
      // (1150 − 1000) / 500 × 100 = 30 %; day 6: one reading after the start, known from day 7
      expect(objectiveProgress(growth({ today: 6, current: 1150, series }))).toEqual({
        percent: 30,
        forecast: null,
        status: 'tooEarly',
        knownFromDay: 7,
      });
    });

    it('is known from tomorrow when the week has gone by but numbers are missing', () => {
      const out = objectiveProgress(growth({ today: 40, current: 1250, series: [{ day: 40, value: 1250 }] }));
      expect(out).toEqual({ percent: 50, forecast: null, status: 'tooEarly', knownFromDay: 41 });
    });

    it('does not count readings of one day twice', () => {
      const series = [
        { day: 40, value: 1100 },
        { day: 40, value: 1150 },
      ];
      expect(objectiveProgress(growth({ today: 40, current: 1150, series })).status).toBe('tooEarly');
    });

    it('still says achieved or missed, which need no trend', () => {
      expect(
        objectiveProgress(cheaper({ today: 1, current: 49, series: [{ day: 1, value: 49 }] })).status,
      ).toBe('achieved');
      expect(objectiveProgress(cheaper({ today: 101, current: 68 })).status).toBe('missed');
    });
  });
});
