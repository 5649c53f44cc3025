import { useLayoutEffect, useRef } from 'react';
import { PLACE_KINDS, type PlaceKind } from '../../../shared/domain/segment.ts';
import { LIST_MAX, TAG_MAX } from '../../../shared/domain/tags.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button, ButtonLabel, buttonClass } from '../../ui/Button.tsx';
import { controlProps } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
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
  const addButton = useRef<HTMLButtonElement>(null);
  // The keyboard follows the rows: into a new row's name, back to Add after a removal.
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'add') addButton.current?.focus();
    else document.getElementById(target)?.focus();
  });

  const set = (key: string, patch: Partial<PlaceRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const row = placeRow();
    focusNext.current = `${id}-${row.key}-name`;
    onChange([...rows, row]);
  };
  const remove = (index: number) => {
    const neighbour = rows[index + 1] ?? rows[index - 1];
    focusNext.current = neighbour ? `${id}-${neighbour.key}-name` : 'add';
    onChange(rows.filter((_, i) => i !== index));
  };

  const warningId = `${id}-total`;
  const { total, off } = typedTotal(rows.map((r) => r.share));
  return (
    <fieldset className={styles.group} aria-describedby={off ? warningId : undefined}>
      <legend className={styles.legend}>{t('audience.form.places')}</legend>
      {rows.length === 0 ? (
        <p className={styles.hint}>{t('audience.form.noPlaces')}</p>
      ) : (
        <ol className={styles.places}>
          {rows.map((row, i) => {
            const rowId = `${id}-${row.key}`;
            const n = i + 1;
            const nameError = error(`places.${row.key}.name`);
            const typedShare = shareIssue(row.share);
            const shareError = typedShare ? t(`issues.${typedShare}`) : error(`places.${row.key}.share`);
            const kindError = error(`places.${row.key}.kind`);
            return (
              <li key={row.key} className={styles.place}>
                <select
                  {...controlProps(`${rowId}-kind`, undefined, kindError)}
                  aria-label={t('audience.form.placeKind', { n })}
                  className={inputs.select}
                  value={row.kind}
                  onChange={(e) => set(row.key, { kind: e.target.value as PlaceKind })}
                >
                  {PLACE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`audience.placeKinds.${k}`)}
                    </option>
                  ))}
                </select>
                <input
                  {...controlProps(`${rowId}-name`, undefined, nameError)}
                  aria-label={t('audience.form.placeName', { n })}
                  className={inputs.input}
                  maxLength={TAG_MAX}
                  placeholder={t(`audience.placeExamples.${row.kind}`)}
                  value={row.name}
                  onChange={(e) => set(row.key, { name: e.target.value })}
                />
                <span className={styles.percent}>
                  <input
                    {...controlProps(`${rowId}-share`, undefined, shareError)}
                    aria-label={t('audience.form.placeShare', { n })}
                    className={inputs.input}
                    inputMode="decimal"
                    autoComplete="off"
                    value={row.share}
                    onChange={(e) => set(row.key, { share: e.target.value })}
                  />
                  <span aria-hidden="true">%</span>
                </span>
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={t('audience.form.removePlace', { n })}
                  onClick={() => remove(i)}
                >
                  {t('audience.form.remove')}
                </Button>
                {[
                  kindError && ['kind', kindError],
                  nameError && ['name', nameError],
                  shareError && ['share', shareError],
                ]
                  .filter((x): x is [string, string] => Boolean(x))
                  .map(([field, message]) => (
                    <span
                      key={field}
                      id={`${rowId}-${field}-error`}
                      className={`${styles.error} ${styles.placeError}`}
                    >
                      {message}
                    </span>
                  ))}
              </li>
            );
          })}
        </ol>
      )}
      {off && <ShareWarning id={warningId} breakdown="places" total={total} />}
      <div>
        <button
          ref={addButton}
          type="button"
          className={buttonClass('default', 'small')}
          disabled={rows.length >= LIST_MAX}
          onClick={add}
        >
          <ButtonLabel>{t('audience.form.addPlace')}</ButtonLabel>
        </button>
      </div>
    </fieldset>
  );
}
