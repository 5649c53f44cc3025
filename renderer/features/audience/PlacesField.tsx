import { PLACE_KINDS, type PlaceKind } from '../../../shared/domain/segment.ts';
import { LIST_MAX, TAG_MAX } from '../../../shared/domain/tags.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { controlProps } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import { RowsField } from '../../ui/RowsField.tsx';
import styles from './SegmentForm.module.css';
import { ShareWarning, typedTotal } from './ShareWarning.tsx';
import { type PlaceRow, placeRow } from './segment-values.ts';
import { shareIssue } from './share-parse.ts';

export interface PlacesFieldProps {
  id: string;
  rows: readonly PlaceRow[];
  onChange: (rows: PlaceRow[]) => void;
  /** Translated issue per `places.<row key>.<field>`, from the last save. */
  error: (key: string) => string | undefined;
}

/** Where the segment lives: countries, regions, cities, each with its share of the segment. */
export function PlacesField({ id, rows, onChange, error }: PlacesFieldProps) {
  const { t } = useTranslation();
  const warningId = `${id}-total`;
  const { total, off } = typedTotal(rows.map((r) => r.share));
  const shareError = (row: PlaceRow) => {
    const typed = shareIssue(row.share);
    return typed ? t(`issues.${typed}`) : error(`places.${row.key}.share`);
  };
  return (
    <RowsField
      id={id}
      rows={rows}
      onChange={onChange}
      newRow={placeRow}
      max={LIST_MAX}
      focus="name"
      words={{
        legend: t('audience.form.places'),
        empty: t('audience.form.noPlaces'),
        add: t('audience.form.addPlace'),
        remove: t('audience.form.remove'),
        removeLabel: (n) => t('audience.form.removePlace', { n }),
      }}
      footer={off && <ShareWarning id={warningId} breakdown="places" total={total} />}
      describedBy={off ? warningId : undefined}
      rowClass={styles.place}
      errors={(row) => [
        ['kind', error(`places.${row.key}.kind`)],
        ['name', error(`places.${row.key}.name`)],
        ['share', shareError(row)],
      ]}
    >
      {(row, { n, rowId, set }) => (
        <>
          <select
            {...controlProps(`${rowId}-kind`, undefined, error(`places.${row.key}.kind`))}
            aria-label={t('audience.form.placeKind', { n })}
            className={inputs.select}
            value={row.kind}
            onChange={(e) => set({ kind: e.target.value as PlaceKind })}
          >
            {PLACE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`audience.placeKinds.${k}`)}
              </option>
            ))}
          </select>
          <input
            {...controlProps(`${rowId}-name`, undefined, error(`places.${row.key}.name`))}
            aria-label={t('audience.form.placeName', { n })}
            className={inputs.input}
            maxLength={TAG_MAX}
            placeholder={t(`audience.placeExamples.${row.kind}`)}
            value={row.name}
            onChange={(e) => set({ name: e.target.value })}
          />
          <span className={styles.percent}>
            <input
              {...controlProps(`${rowId}-share`, undefined, shareError(row))}
              aria-label={t('audience.form.placeShare', { n })}
              className={inputs.input}
              inputMode="decimal"
              autoComplete="off"
              value={row.share}
              onChange={(e) => set({ share: e.target.value })}
            />
            <span aria-hidden="true">%</span>
          </span>
        </>
      )}
    </RowsField>
  );
}
