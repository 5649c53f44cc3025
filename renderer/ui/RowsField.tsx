import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { Button, ButtonLabel, buttonClass } from './Button.tsx';
import styles from './RowsField.module.css';

/** The field's words, in the language shown. */
export interface RowsWords {
  legend: string;
  /** Instead of the list while there is no row. */
  empty: string;
  add: string;
  remove: string;
  /** The remove button's name for assistive tech: "Remove place 2". */
  removeLabel: (n: number) => string;
}

/** What a row's controls are given: its number (from 1), its ids' stem, and a way to change it. */
export interface RowPlace<R> {
  n: number;
  rowId: string;
  set: (patch: Partial<R>) => void;
}

export interface RowsFieldProps<R extends { key: string }> {
  id: string;
  rows: readonly R[];
  onChange: (rows: R[]) => void;
  /** The row Add appends. */
  newRow: () => R;
  max: number;
  /** The control the keyboard goes to in a new row, or in a removed row's neighbour (`<id>-<key>-<focus>`). */
  focus: string;
  words: RowsWords;
  /** Under the legend: what the rows are for (`<id>-hint`). */
  hint?: string;
  /** Above the rows: their columns' names. */
  head?: ReactNode;
  /** Under the rows: what is said of them as a whole. */
  footer?: ReactNode;
  describedBy?: string;
  /** The class giving a row its columns. */
  rowClass: string | undefined;
  /** A row's controls, before its Remove button. */
  children: (row: R, place: RowPlace<R>) => ReactNode;
  /** A row's errors, by field, in the controls' order; each is shown as `<rowId>-<field>-error`. */
  errors: (row: R) => readonly (readonly [string, string | undefined])[];
}

/** A list of rows added and removed freely (places, a competitor's accounts), the keyboard following them. */
export function RowsField<R extends { key: string }>(props: RowsFieldProps<R>) {
  const { id, rows, onChange, words } = props;
  const addButton = useRef<HTMLButtonElement>(null);
  // The keyboard follows the rows: into a new row, back to Add after the last one is removed.
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'add') addButton.current?.focus();
    else document.getElementById(target)?.focus();
  });

  const set = (key: string, patch: Partial<R>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const row = props.newRow();
    focusNext.current = `${id}-${row.key}-${props.focus}`;
    onChange([...rows, row]);
  };
  const remove = (index: number) => {
    const neighbour = rows[index + 1] ?? rows[index - 1];
    focusNext.current = neighbour ? `${id}-${neighbour.key}-${props.focus}` : 'add';
    onChange(rows.filter((_, i) => i !== index));
  };

  return (
    <fieldset className={styles.group} aria-describedby={props.describedBy}>
      <legend className={styles.legend}>{words.legend}</legend>
      {props.hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {props.hint}
        </p>
      )}
      {rows.length === 0 ? (
        <p className={styles.hint}>{words.empty}</p>
      ) : (
        <>
          {props.head}
          <ol className={styles.rows}>
            {rows.map((row, i) => {
              const rowId = `${id}-${row.key}`;
              const n = i + 1;
              return (
                <li key={row.key} className={[styles.row, props.rowClass].filter(Boolean).join(' ')}>
                  {props.children(row, { n, rowId, set: (patch) => set(row.key, patch) })}
                  <Button
                    variant="ghost"
                    size="small"
                    aria-label={words.removeLabel(n)}
                    onClick={() => remove(i)}
                  >
                    {words.remove}
                  </Button>
                  {props.errors(row).map(([field, message]) =>
                    message ? (
                      <span key={field} id={`${rowId}-${field}-error`} className={styles.error}>
                        {message}
                      </span>
                    ) : null,
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {props.footer}
      <div>
        <button
          ref={addButton}
          type="button"
          className={buttonClass('default', 'small')}
          disabled={rows.length >= props.max}
          onClick={add}
        >
          <ButtonLabel>{words.add}</ButtonLabel>
        </button>
      </div>
    </fieldset>
  );
}
