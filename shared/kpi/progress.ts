import { linearTrend, trendAt } from './trend.ts';

export type ObjectiveStatus =
  | 'notStarted'
  | 'noData'
  | 'tooEarly'
  | 'achieved'
  | 'onTrack'
  | 'offTrack'
  | 'missed';

/** A trend drawn through fewer readings says nothing: a day-old objective at its baseline is not "on track". */
export const READINGS_FOR_TREND = 2;

/** Weekly readings are taken at each week's end: the second one after the start falls a week in. */
export const TREND_KNOWN_AFTER_DAYS = 7;

export interface ProgressInput {
  baseline: number;
  target: number;
  /** Days since any fixed origin (the same for all the day numbers below). */
  startDay: number;
  deadlineDay: number;
  today: number;
  /** The KPI as measured so far, or null when nothing is logged yet. */
  current: number | null;
  /** Dated measures since the start, for the trend. */
  series: readonly { day: number; value: number }[];
}

export interface Progress {
  /** Share of the way from baseline to target, in percent (may exceed 100 or be negative). */
  percent: number | null;
  /** Where the linear trend of the series lands on the deadline. */
  forecast: number | null;
  status: ObjectiveStatus;
  /** With `tooEarly`: the first day the status can be told, if numbers are logged by then. */
  knownFromDay: number | null;
}

/** Has `value` got to the target, whichever way the objective points? */
const reached = (value: number, p: ProgressInput) =>
  p.target >= p.baseline ? value >= p.target : value <= p.target;

/** Readings on distinct days after the start: the start day's own reading is the baseline again. */
const readingsAfterStart = (p: ProgressInput) =>
  new Set(p.series.filter((s) => s.day > p.startDay).map((s) => s.day)).size;

export function objectiveProgress(p: ProgressInput): Progress {
  const known = readingsAfterStart(p) >= READINGS_FOR_TREND;
  const trend = known ? linearTrend(p.series) : null;
  const forecast = trend ? trendAt(trend, p.deadlineDay) : null;
  const done = (status: ObjectiveStatus, percent: number | null) => ({
    percent,
    forecast,
    status,
    knownFromDay: null,
  });
  if (p.today < p.startDay) return { ...done('notStarted', null), forecast: null };
  if (p.current === null) return done('noData', null);
  // `+ 0` turns −0 (a falling objective still at its baseline: 0 ÷ −30) into 0, which Intl would print "-0".
  const percent = ((p.current - p.baseline) / (p.target - p.baseline)) * 100 + 0;
  if (reached(p.current, p)) return done('achieved', percent);
  if (p.today > p.deadlineDay) return done('missed', percent);
  if (!known || forecast === null)
    return {
      ...done('tooEarly', percent),
      knownFromDay: Math.max(p.startDay + TREND_KNOWN_AFTER_DAYS, p.today + 1),
    };
  return done(reached(forecast, p) ? 'onTrack' : 'offTrack', percent);
}
