import styles from './ObjectivesPage.module.css';

const W = 140;
const H = 36;
const PAD = 3;

/**
 * An objective's weekly values as a small line, with its target dashed: enough to see the trend at
 * a glance. Screen readers get its summary as the image's name.
 */
export function Sparkline({
  points,
  target,
  label,
}: {
  points: readonly { date: string; value: number }[];
  target: number;
  label: string;
}) {
  if (points.length < 2) return null;
  const values = [...points.map((p) => p.value), target];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (i: number) => PAD + (i / (points.length - 1)) * (W - 2 * PAD);
  const y = (v: number) => H - PAD - ((v - min) / span) * (H - 2 * PAD);
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const last = points.at(-1);
  return (
    <svg
      className={styles.sparkline}
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label={label}
    >
      <line className={styles.targetLine} x1={PAD} x2={W - PAD} y1={y(target)} y2={y(target)} />
      <polyline className={styles.trend} points={line} />
      {last && <circle className={styles.lastPoint} cx={x(points.length - 1)} cy={y(last.value)} r={2.5} />}
    </svg>
  );
}
