import { useId, useState } from 'react';
import type { METRICS } from '../../../shared/domain/metrics.ts';
import type { ColumnMappingInput } from '../../../shared/domain/number-import.ts';
import { DATE_STYLES, type DateStyle } from '../../../shared/imports/dates.ts';
import { COLUMN_MEANINGS, type ColumnMeaning, FIELDS } from '../../../shared/imports/meanings.ts';
import { NETWORK_IDS, type NetworkId } from '../../../shared/networks.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import inputs from '../../ui/inputs.module.css';
import { columnName } from './grid-messages.ts';
import styles from './NumbersImport.module.css';

export interface ColumnMappingStepProps {
  header: string[];
  sample: string[][];
  currency: string;
  onApply: (mapping: ColumnMappingInput) => void;
}

const isMeaning = (value: string): value is ColumnMeaning =>
  (COLUMN_MEANINGS as readonly string[]).includes(value);

/**
 * A file no format knows: the user says what each column holds, once; the main process keeps the
 * choice for files with the same header.
 */
export function ColumnMappingStep({ header, sample, currency, onApply }: ColumnMappingStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const [columns, setColumns] = useState<ReadonlyMap<number, ColumnMeaning>>(new Map());
  const [dates, setDates] = useState<DateStyle | ''>('');
  const [network, setNetwork] = useState<NetworkId | ''>('');
  const meaningName = (meaning: ColumnMeaning) =>
    (FIELDS as readonly string[]).includes(meaning)
      ? t(`numbersImport.mapping.meanings.${meaning as (typeof FIELDS)[number]}`)
      : columnName(t, meaning as (typeof METRICS)[number], currency);
  const chosen = [...columns.values()];
  const findable = chosen.some(
    (m) => m === 'published' || m === 'postId' || m === 'permalink' || m === 'period',
  );

  return (
    <section aria-labelledby={`${id}-title`} className={styles.form}>
      <h3 id={`${id}-title`}>{t('numbersImport.mapping.title')}</h3>
      <p className={styles.hint}>{t('numbersImport.mapping.description')}</p>
      <div className={styles.mapping}>
        {header.map((name, index) => (
          // A header is the file's, in its order, and never changes while the step is shown.
          // biome-ignore lint/suspicious/noArrayIndexKey: two columns may share a name; the position is the column.
          <div key={index} className={styles.mappingRow}>
            <label htmlFor={`${id}-c${index}`}>{name || t('numbersImport.mapping.column')}</label>
            <select
              id={`${id}-c${index}`}
              className={inputs.select}
              value={columns.get(index) ?? ''}
              onChange={(e) => {
                const next = new Map(columns);
                if (isMeaning(e.target.value)) next.set(index, e.target.value);
                else next.delete(index);
                setColumns(next);
              }}
            >
              <option value="">{t('numbersImport.mapping.ignore')}</option>
              {COLUMN_MEANINGS.map((meaning) => (
                <option key={meaning} value={meaning}>
                  {meaningName(meaning)}
                </option>
              ))}
            </select>
            <span className={styles.sample}>
              {sample
                .map((row) => row[index] ?? '')
                .filter(Boolean)
                .slice(0, 3)
                .join(' · ')}
            </span>
          </div>
        ))}
      </div>
      <div className={styles.summary}>
        <label>
          {t('numbersImport.mapping.dates')}{' '}
          <select
            className={inputs.select}
            value={dates}
            onChange={(e) => setDates(e.target.value as DateStyle | '')}
          >
            <option value="">{t('numbersImport.mapping.anyDate')}</option>
            {DATE_STYLES.map((style) => (
              <option key={style} value={style}>
                {t(`numbersImport.mapping.dateStyles.${style}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('numbersImport.mapping.network')}{' '}
          <select
            className={inputs.select}
            value={network}
            onChange={(e) => setNetwork(e.target.value as NetworkId | '')}
          >
            <option value="">—</option>
            {NETWORK_IDS.map((n) => (
              <option key={n} value={n}>
                {networkName(t, n)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!findable && chosen.length > 0 && (
        <p className={styles.hint}>{t('numbersImport.mapping.needsPublished')}</p>
      )}
      <div>
        <Button
          variant="primary"
          disabled={!findable}
          onClick={() =>
            onApply({
              columns: Object.fromEntries([...columns].map(([i, m]) => [String(i), m])),
              ...(dates ? { dates } : {}),
              ...(network ? { network } : {}),
              kind: chosen.includes('period') && !chosen.includes('published') ? 'daily' : 'posts',
            })
          }
        >
          {t('numbersImport.mapping.apply')}
        </Button>
      </div>
    </section>
  );
}
