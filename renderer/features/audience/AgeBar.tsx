import type { AgeBand } from '../../../shared/domain/segment.ts';
import styles from './AgeBar.module.css';
import { ageLabel } from './segment-summary.ts';

/**
 * Every age band of a segment in one compact bar, youngest on the left, each band as wide as its
 * share, with the bands and shares written under it (what a screen reader reads; the bar is a
 * picture of the same figures).
 */
export function AgeBar({
  ages,
  format,
}: {
  ages: readonly { band: AgeBand; share: number }[];
  format: (share: number) => string;
}) {
  return (
    <div className={styles.ages}>
      <div className={styles.bar} aria-hidden="true">
        {ages.map((a, i) => (
          <span
            key={a.band}
            className={styles.part}
            data-shade={i % 4}
            style={{ flexGrow: a.share }}
            title={`${ageLabel(a.band)} ${format(a.share)}`}
          />
        ))}
      </div>
      <ul className={styles.legend}>
        {ages.map((a, i) => (
          <li key={a.band}>
            <span className={styles.swatch} data-shade={i % 4} aria-hidden="true" />
            {ageLabel(a.band)} <span className={styles.share}>{format(a.share)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
