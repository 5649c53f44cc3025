import { format, type Locale } from 'date-fns';
import type { IsoDate } from '../../../../shared/calendar/dates.ts';
import type { Bucket } from '../../../../shared/domain/dashboard.ts';
import { noonOf } from '../../../common/dates/calendar-period.ts';
import type { TFunction } from '../../../i18n/keys.ts';
import { labelEvery } from './chart-scale.ts';
import type { ChartLine } from './LineChart.tsx';

/**
 * A point's date under the axis: "5 Oct", or "Oct 2026" when each point is a month. Written as
 * the rest of the report writes dates (date-fns in the report's locale: "28 Sept", "28 sept.").
 */
export const tickDate = (date: IsoDate, bucket: Bucket, locale: Locale): string =>
  format(noonOf(date), bucket === 'month' ? 'MMM yyyy' : 'd MMM', { locale });

/**
 * The dates written under the axis: every point's, or every second or third one's on a long period.
 * A month's label ("janv. 2026") is twice a day's: four fit under a half-page chart, not six.
 */
export function xLabels(dates: readonly IsoDate[], bucket: Bucket, locale: Locale): string[] {
  const every = labelEvery(dates.length, bucket === 'month' ? 4 : 6);
  return dates.map((d, i) => (i % every === 0 ? tickDate(d, bucket, locale) : ''));
}

/** What a point stands for, in a sentence: "5 Oct", "week of 5 Oct", "October 2026". */
function pointWords(date: IsoDate, bucket: Bucket, locale: Locale, t: TFunction): string {
  if (bucket === 'month') return format(noonOf(date), 'LLLL yyyy', { locale });
  const day = tickDate(date, 'day', locale);
  return bucket === 'week' ? t('reports.charts.weekOf', { date: day }) : day;
}

/**
 * The chart in words, for a screen reader and for the PDF's text: "Reach, week by week. From
 * 2,000 (week of 28 Sept) to 4,000 (week of 12 Oct), highest 4,500 (week of 5 Oct)."
 */
export function chartSummary(
  title: string,
  lines: readonly ChartLine[],
  dates: readonly IsoDate[],
  bucket: Bucket,
  words: { t: TFunction; locale: Locale; value: (v: number) => string },
): string {
  const { t, locale, value } = words;
  const when = (i: number) => pointWords(dates[i] ?? '', bucket, locale, t);
  const said = lines.map((line) => {
    const known = line.values.flatMap((v, i) => (v === null ? [] : [{ v, i }]));
    const first = known[0];
    const last = known.at(-1);
    if (!first || !last) return t('reports.charts.lineNone', { name: line.name });
    if (known.length === 1)
      return t('reports.charts.lineOne', { name: line.name, value: value(first.v), date: when(first.i) });
    const top = known.reduce((a, b) => (b.v > a.v ? b : a));
    return t('reports.charts.line', {
      name: line.name,
      first: value(first.v),
      firstDate: when(first.i),
      last: value(last.v),
      lastDate: when(last.i),
      max: value(top.v),
      maxDate: when(top.i),
    });
  });
  return [t('reports.charts.label', { title, bucket: t(`reports.charts.by.${bucket}`) }), ...said].join(' ');
}
