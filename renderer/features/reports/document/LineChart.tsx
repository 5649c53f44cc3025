import { niceTicks, segments } from './chart-scale.ts';
import styles from './LineChart.module.css';

export interface ChartLine {
  name: string;
  /** A network's colour; none for a chart of one line, drawn in the document's ink colour. */
  color?: string;
  /** Lines differ by their dashes too, for a report printed in black and white. */
  dash?: string;
  values: readonly (number | null)[];
}

export interface LineChartProps {
  title: string;
  /** What the chart shows, in a sentence or two, for those who cannot see it. */
  summary: string;
  lines: readonly ChartLine[];
  /** Each point's date as written under the axis; an empty string writes nothing there. */
  xLabels: readonly string[];
  xTitle: string;
  yTitle: string;
  yTick: (value: number) => string;
  fromZero: boolean;
  wholeNumbers: boolean;
}

// The drawing's own units: the figure scales it to its column, text included.
const WIDTH = 320;
const HEIGHT = 200;
const LEFT = 50;
// Room for the last date, centred under the last point.
const RIGHT = 20;
const TOP = 10;
const BOTTOM = 42;

/** A line chart as plain SVG: vector in the PDF, drawn by the page itself rather than on a canvas. */
export function LineChart({
  title,
  summary,
  lines,
  xLabels,
  xTitle,
  yTitle,
  yTick,
  fromZero,
  wholeNumbers,
}: LineChartProps) {
  const known = lines.flatMap((l) => l.values.filter((v): v is number => v !== null));
  const ticks = niceTicks(
    fromZero ? Math.min(0, ...known) : Math.min(...known),
    Math.max(...known),
    wholeNumbers,
  );
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 1;
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const points = xLabels.length;
  const x = (i: number) => LEFT + (points < 2 ? plotW / 2 : (i * plotW) / (points - 1));
  const y = (v: number) => TOP + plotH - ((v - low) / (high - low || 1)) * plotH;

  return (
    <figure className={styles.chart}>
      <figcaption className={styles.title}>{title}</figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        <g className={styles.grid}>
          {ticks.map((v) => (
            <g key={v}>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(v)} y2={y(v)} />
              <text x={LEFT - 4} y={y(v)} textAnchor="end" dominantBaseline="middle">
                {yTick(v)}
              </text>
            </g>
          ))}
        </g>
        <g className={styles.axis}>
          {xLabels.map((label, i) =>
            label ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: a point is its place on the axis
              <text key={i} x={x(i)} y={TOP + plotH + 12} textAnchor="middle">
                {label}
              </text>
            ) : null,
          )}
          <text x={LEFT + plotW / 2} y={HEIGHT - 4} textAnchor="middle" className={styles.axisTitle}>
            {xTitle}
          </text>
          <text
            transform={`translate(10 ${TOP + plotH / 2}) rotate(-90)`}
            textAnchor="middle"
            className={styles.axisTitle}
          >
            {yTitle}
          </text>
        </g>
        {lines.map((line) => (
          <g
            key={line.name}
            className={line.color ? styles.line : styles.inkLine}
            stroke={line.color}
            fill={line.color}
          >
            {segments(line.values).map((run) => (
              <polyline
                key={run[0]?.index}
                fill="none"
                strokeDasharray={line.dash}
                points={run.map((p) => `${x(p.index)},${y(p.value)}`).join(' ')}
              />
            ))}
            {line.values.map((v, i) =>
              v === null ? null : (
                // biome-ignore lint/suspicious/noArrayIndexKey: a point is its place on the axis
                <circle key={i} cx={x(i)} cy={y(v)} r={2.2} stroke="none" />
              ),
            )}
          </g>
        ))}
      </svg>
      {lines.length > 1 && (
        <ul className={styles.legend}>
          {lines.map((line) => (
            <li key={line.name}>
              <svg className={styles.swatch} viewBox="0 0 20 8" aria-hidden="true">
                <line x1={0} x2={20} y1={4} y2={4} stroke={line.color} strokeDasharray={line.dash} />
              </svg>
              {line.name}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
