import { addDays, isIsoDate } from '../../../shared/calendar/dates.ts';
import { DateInput } from '../../ui/DateInput.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './CalendarDialogs.module.css';

/**
 * A range of days as a person says it — the first and the last included — side by side. The
 * contract's `to` is the day after the last: the dialog adds it when it sends.
 */
export function RangeFields({
  id,
  labels,
  from,
  last,
  errors,
  onFrom,
  onLast,
}: {
  id: (field: string) => string;
  labels: { from: string; to: string };
  from: string;
  last: string;
  errors: Record<string, string>;
  onFrom: (date: string) => void;
  onLast: (date: string) => void;
}) {
  return (
    <div className={styles.inline}>
      <Field id={id('from')} label={labels.from} error={errors.from}>
        <DateInput
          {...controlProps(id('from'), undefined, errors.from)}
          className={inputs.input}
          value={from}
          onChange={onFrom}
        />
      </Field>
      <Field id={id('to')} label={labels.to} error={errors.to}>
        <DateInput
          {...controlProps(id('to'), undefined, errors.to)}
          className={inputs.input}
          value={last}
          onChange={onLast}
        />
      </Field>
    </div>
  );
}

// A half-typed date is left alone; the server says what is wrong with it.
export const dayBefore = (date: string) => (isIsoDate(date) ? addDays(date, -1) : date);
export const dayAfter = (date: string) => (isIsoDate(date) ? addDays(date, 1) : date);
