import { dateToUtcMs, type IsoDate } from '../../../shared/calendar/dates.ts';
import type { Bucket } from '../../../shared/domain/dashboard.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import type { KpiUnit } from '../../../shared/kpi/catalogue.ts';
import { formatUnit } from '../../common/format/format-kpi.ts';
import type { TFunction } from '../../i18n/keys.ts';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Chart dates are UTC midnights standing for wall-calendar days: formatted in UTC, never shifted. */
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

/** A point of the x axis, in seconds (uPlot's time unit). */
export const toSeconds = (date: IsoDate): number => dateToUtcMs(date) / 1000;

/** A tick of the time axis: "5 Oct", or "Oct 2026" when each point is a month. */
export function axisDate(seconds: number, bucket: Bucket, language: Language): string {
  const options: Intl.DateTimeFormatOptions =
    bucket === 'month' ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' };
  return dateFormat(language, options).format(seconds * 1000);
}

/** What one point stands for: "Mon 5 Oct 2026", "Week of 5 Oct 2026", "October 2026". */
export function bucketLabel(date: IsoDate, bucket: Bucket, language: Language, t: TFunction): string {
  const ms = dateToUtcMs(date);
  if (bucket === 'month') return dateFormat(language, { month: 'long', year: 'numeric' }).format(ms);
  const day = dateFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
  if (bucket === 'week') return t('kpis.charts.weekOf', { date: day });
  return `${dateFormat(language, { weekday: 'short' }).format(ms)} ${day}`;
}

const compact = new Map<Language, Intl.NumberFormat>();

/** A tick of the value axis: short ("12 k", "4,5 %", "3 €") so the axis stays narrow. */
export function axisValue(value: number, unit: KpiUnit, language: Language, currency: string): string {
  if (unit !== 'count') return formatUnit(value, unit, language, currency);
  let f = compact.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    compact.set(language, f);
  }
  return f.format(value);
}
