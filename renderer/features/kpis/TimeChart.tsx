import 'uplot/dist/uPlot.min.css';
import { useEffect, useId, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import type { IsoDate } from '../../../shared/calendar/dates.ts';
import type { Bucket } from '../../../shared/domain/dashboard.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import type { KpiUnit } from '../../../shared/kpi/catalogue.ts';
import { formatUnit } from '../../common/format/format-kpi.ts';
import { useTranslation } from '../../i18n/context.tsx';
import type { TFunction } from '../../i18n/keys.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { axisDate, axisValue, bucketLabel, toSeconds } from './chart-format.ts';
import styles from './TimeChart.module.css';
import { useThemeName } from './use-theme-name.ts';

export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
}

export interface TimeChartProps {
  title: string;
  /** First day of each point's bucket. */
  dates: readonly IsoDate[];
  bucket: Bucket;
  series: readonly ChartSeries[];
  unit: KpiUnit;
  currency: string;
  /** Said instead of drawing axes around nothing. */
  emptyText: string;
  /** Counts and rates start at 0; a follower count is read better around its own level. */
  fromZero?: boolean;
  height?: number;
}

const PALETTE = 6;

interface Look {
  unit: KpiUnit;
  currency: string;
  bucket: Bucket;
  language: Language;
  fromZero: boolean;
  height: number;
  t: TFunction;
}

/** An axis as wide as its longest label (uPlot's recipe): money and long counts fit, short rates take little room. */
const fitLabels: uPlot.Axis.Size = (self, values, axisIdx, cycleNum) => {
  const axis = self.axes[axisIdx];
  if (!axis) return 40;
  if (cycleNum > 1) return (axis as { _size?: number })._size ?? 40;
  const longest = (values ?? []).reduce((a, v) => (v.length > a.length ? v : a), '');
  self.ctx.font = String(axis.font?.[0] ?? self.ctx.font);
  const ticks = (axis.ticks?.size ?? 0) + (axis.gap ?? 0);
  return Math.ceil(ticks + self.ctx.measureText(longest).width / devicePixelRatio) + 4;
};

/** The theme's colours and font, read from the page when the chart is (re)drawn. */
function chartOptions(el: HTMLElement, labels: readonly string[], look: Look, width: number): uPlot.Options {
  const css = getComputedStyle(el);
  const cssVar = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const text = cssVar('--text-muted', '#595e67');
  const line = cssVar('--border', '#e3e1db');
  const surface = cssVar('--surface', '#ffffff');
  const font = `11px ${css.fontFamily || 'sans-serif'}`;
  const value = (v: number | null) =>
    v === null || v === undefined ? '—' : formatUnit(v, look.unit, look.language, look.currency);
  const axis = { stroke: text, font, grid: { stroke: line, width: 1 }, ticks: { stroke: line, width: 1 } };
  return {
    width,
    height: look.height,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'UTC'),
    scales: {
      x: { time: true },
      y: look.fromZero ? { range: (_u, _min, max) => uPlot.rangeNum(0, max > 0 ? max : 1, 0.1, true) } : {},
    },
    // Dragging would zoom: nothing on these few points needs it, and it surprises.
    cursor: { drag: { x: false, y: false } },
    series: [
      {
        label: look.t('kpis.charts.period'),
        value: (_u, v) =>
          v === null
            ? ''
            : bucketLabel(new Date(v * 1000).toISOString().slice(0, 10), look.bucket, look.language, look.t),
      },
      ...labels.map((label, i) => {
        const stroke = cssVar(`--chart-${(i % PALETTE) + 1}`, '#2d5bb0');
        return {
          label,
          stroke,
          width: 2,
          spanGaps: true,
          points: { show: true, size: 6, stroke, fill: surface },
          value: (_u: uPlot, v: number | null) => value(v),
        };
      }),
    ],
    axes: [
      { ...axis, values: (_u, splits) => splits.map((s) => axisDate(s, look.bucket, look.language)) },
      {
        ...axis,
        size: fitLabels,
        values: (_u, splits) => splits.map((v) => axisValue(v, look.unit, look.language, look.currency)),
      },
    ],
  };
}

/**
 * A line chart over time drawn by uPlot on a canvas; screen readers get the same figures as a
 * table. The chart is created once per set of series, fed new data with `setData`, resized with
 * its box, and rebuilt when the theme or the language changes (its colours and labels are painted).
 */
export function TimeChart({
  title,
  dates,
  bucket,
  series,
  unit,
  currency,
  emptyText,
  fromZero = true,
  height = 200,
}: TimeChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const theme = useThemeName();
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  const data = useMemo<uPlot.AlignedData>(
    () => [dates.map(toSeconds), ...series.map((s) => [...s.values])],
    [dates, series],
  );
  const latest = useRef(data);
  latest.current = data;
  const hasValues = series.some((s) => s.values.some((v) => v !== null));
  const labels = series.map((s) => s.label);
  const shape = labels.join('\n');

  // The look of the chart is read when it is built: these are what rebuilds it.
  const look = useRef<Look>({ unit, currency, bucket, language, fromZero, height, t });
  look.current = { unit, currency, bucket, language, fromZero, height, t };
  const rebuild = `${shape}|${unit}|${currency}|${bucket}|${language}|${fromZero}|${height}|${theme}`;

  useEffect(() => {
    const el = box.current;
    if (!el || !rebuild || !hasValues) return;
    const u = new uPlot(
      chartOptions(el, shape.split('\n'), look.current, el.clientWidth || 600),
      latest.current,
      el,
    );
    plot.current = u;
    const resize = new ResizeObserver(() => {
      const width = el.clientWidth;
      if (width > 0 && width !== u.width) u.setSize({ width, height: look.current.height });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [rebuild, shape, hasValues]);

  useEffect(() => {
    const u = plot.current;
    if (u && u.data !== data) u.setData(data);
  }, [data]);

  return (
    <figure className={styles.figure} aria-labelledby={titleId}>
      <figcaption id={titleId} className={styles.caption}>
        {title}
      </figcaption>
      {hasValues ? (
        <div ref={box} className={styles.canvas} aria-hidden="true" />
      ) : (
        <p className={styles.empty}>{emptyText}</p>
      )}
      {hasValues && (
        <table className="visually-hidden">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kpis.charts.period')}</th>
              {labels.map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dates.map((date, i) => (
              <tr key={date}>
                <th scope="row">{bucketLabel(date, bucket, language, t)}</th>
                {series.map((s) => {
                  const v = s.values[i] ?? null;
                  return (
                    <td key={s.label}>
                      {v === null ? t('kpis.charts.noValue') : formatUnit(v, unit, language, currency)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
