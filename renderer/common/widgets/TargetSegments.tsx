import { useTranslation } from '../../i18n/context.tsx';
import { useSegments } from '../data/segment-queries.ts';
import { hrefOf } from '../hooks/route.ts';
import styles from './TargetSegments.module.css';

export interface TargetSegmentsProps {
  clientId: string;
  value: readonly string[];
  onChange: (segmentIds: string[]) => void;
  error?: string;
  errorId: string;
}

/**
 * The composer's "who is this post for": the client's segments as chips to tick. A client without
 * segments gets a way to describe them instead.
 */
export function TargetSegments({ clientId, value, onChange, error, errorId }: TargetSegmentsProps) {
  const { t } = useTranslation();
  const segments = useSegments(clientId).data;
  if (!segments) return null;
  return (
    <fieldset className={styles.group} aria-describedby={error ? errorId : undefined}>
      <legend className={styles.legend}>{t('audience.target.legend')}</legend>
      {segments.length === 0 ? (
        <p className={styles.none}>
          {t('audience.target.none')}{' '}
          <a href={hrefOf({ name: 'audience', clientId })}>{t('audience.target.link')}</a>
        </p>
      ) : (
        <div className={styles.chips}>
          {segments.map((s) => (
            <label key={s.id} className={styles.chip}>
              <input
                type="checkbox"
                checked={value.includes(s.id)}
                onChange={(e) =>
                  // In the list's order, so the same choice always reads (and saves) the same.
                  onChange(
                    segments
                      .map((x) => x.id)
                      .filter((id) => (id === s.id ? e.target.checked : value.includes(id))),
                  )
                }
              />
              {s.name}
            </label>
          ))}
        </div>
      )}
      {error && (
        <span id={errorId} className={styles.error}>
          {error}
        </span>
      )}
    </fieldset>
  );
}
