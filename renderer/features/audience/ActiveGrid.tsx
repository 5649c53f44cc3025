import { type KeyboardEvent, useRef, useState } from 'react';
import { type ActiveSlot, DAY_PARTS, WEEKDAYS } from '../../../shared/domain/segment.ts';
import { useTranslation } from '../../i18n/context.tsx';
import styles from './ActiveGrid.module.css';

export interface ActiveGridProps {
  /** The id of the text naming the grid (a legend or heading). */
  labelledBy: string;
  value: readonly ActiveSlot[];
  onChange: (slots: ActiveSlot[]) => void;
}

const slotAt = (row: number, col: number): ActiveSlot =>
  `${WEEKDAYS[row] ?? 'mon'}:${DAY_PARTS[col] ?? 'morning'}`;
const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max);

/**
 * When the segment is online: weekdays × parts of the day, one checkbox per cell. One Tab stop for
 * the whole grid; arrows, Home and End move, Space (or Enter) ticks.
 */
export function ActiveGrid({ labelledBy, value, onChange }: ActiveGridProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<[number, number]>([0, 0]);
  const cells = useRef(new Map<ActiveSlot, HTMLInputElement>());
  const on = new Set(value);

  const toggle = (slot: ActiveSlot) =>
    onChange(on.has(slot) ? value.filter((s) => s !== slot) : sortSlots([...value, slot]));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const lastRow = WEEKDAYS.length - 1;
    const lastCol = DAY_PARTS.length - 1;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: e.ctrlKey ? [0, 0] : [row, 0],
      End: e.ctrlKey ? [lastRow, lastCol] : [row, lastCol],
    };
    const target = moves[e.key];
    if (target) {
      e.preventDefault();
      const next: [number, number] = [clamp(target[0], lastRow), clamp(target[1], lastCol)];
      setCurrent(next);
      cells.current.get(slotAt(...next))?.focus();
    } else if (e.key === 'Enter') {
      // A checkbox's Enter would submit the form; in this grid it ticks, like Space.
      e.preventDefault();
      toggle(slotAt(row, col));
    }
  };

  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an ARIA grid (APG pattern): arrows move between its checkboxes
    <table role="grid" aria-labelledby={labelledBy} className={styles.grid}>
      <thead>
        <tr>
          <td />
          {DAY_PARTS.map((part) => (
            <th key={part} scope="col" className={styles.part}>
              <span>{t(`audience.dayParts.${part}`)}</span>
              <span className={styles.hours}>{t(`audience.dayPartHours.${part}`)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((day, row) => (
          <tr key={day}>
            <th scope="row" className={styles.day}>
              {t(`audience.weekdays.${day}`)}
            </th>
            {DAY_PARTS.map((part, col) => {
              const slot = slotAt(row, col);
              const isCurrent = current[0] === row && current[1] === col;
              return (
                <td key={part} className={styles.cell}>
                  <input
                    ref={(el) => {
                      if (el) cells.current.set(slot, el);
                      else cells.current.delete(slot);
                    }}
                    type="checkbox"
                    className={styles.box}
                    aria-label={t('audience.form.activeSlot', {
                      day: t(`audience.weekdays.${day}`),
                      part: t(`audience.dayParts.${part}`),
                    })}
                    checked={on.has(slot)}
                    tabIndex={isCurrent ? 0 : -1}
                    onChange={() => toggle(slot)}
                    onFocus={() => setCurrent([row, col])}
                    onKeyDown={(e) => onKeyDown(e, row, col)}
                  />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Slots in the grid's order (Monday morning first), so a saved list reads the same every time. */
export const sortSlots = (slots: readonly ActiveSlot[]): ActiveSlot[] => {
  const order = (s: ActiveSlot) => {
    const [day, part] = s.split(':');
    return (
      WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]) * 10 +
      DAY_PARTS.indexOf(part as (typeof DAY_PARTS)[number])
    );
  };
  return [...slots].sort((a, b) => order(a) - order(b));
};
