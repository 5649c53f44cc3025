import { linearTrend, trendAt } from './trend.ts';

export type ObjectiveStatus = 'notStarted' | 'noData' | 'achieved' | 'onTrack' | 'offTrack' | 'missed';

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
}

/** Has `value` got to the target, whichever way the objective points? */
const reached = (value: number, p: ProgressInput) =>
  p.target >= p.baseline ? value >= p.target : value <= p.target;

export function objectiveProgress(p: ProgressInput): Progress {
  const trend = linearTrend(p.series);
  const forecast = trend ? trendAt(trend, p.deadlineDay) : null;
  if (p.today < p.startDay) return { percent: null, forecast: null, status: 'notStarted' };
  if (p.current === null) return { percent: null, forecast, status: 'noData' };
  // `+ 0` turns −0 (a falling objective still at its baseline: 0 ÷ −30) into 0, which Intl would print "-0".
  const percent = ((p.current - p.baseline) / (p.target - p.baseline)) * 100 + 0;
  if (reached(p.current, p)) return { percent, forecast, status: 'achieved' };
  if (p.today > p.deadlineDay) return { percent, forecast, status: 'missed' };
  // With one measure there is no trend: compare the way covered with the time gone by.
  const onTrack =
    forecast !== null
      ? reached(forecast, p)
      : percent >= ((p.today - p.startDay) / (p.deadlineDay - p.startDay)) * 100;
  return { percent, forecast, status: onTrack ? 'onTrack' : 'offTrack' };
}
