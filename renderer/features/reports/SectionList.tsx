import { useLayoutEffect, useRef } from 'react';
import type { ReportSection, ReportSectionId } from '../../../shared/domain/report.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import { sectionKeyFor } from './report-keys.ts';
import styles from './SectionList.module.css';

/** Which control of a row had the keyboard when its section moved, to give it back after. */
type Control = 'switch' | 'up' | 'down';

/**
 * The report's sections in the order they print, each with a switch and buttons to move it (Alt+↑
 * and Alt+↓ on the row too). A section switched on but with nothing to show yet says so: it is
 * left out of the PDF rather than printed empty.
 */
export function SectionList({
  sections,
  shown,
  onMove,
  onSwitch,
}: {
  sections: readonly ReportSection[];
  /** The sections the document prints now. */
  shown: readonly ReportSectionId[];
  onMove: (id: ReportSectionId, by: -1 | 1) => void;
  onSwitch: (id: ReportSectionId, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const refocus = useRef<{ id: ReportSectionId; control: Control } | null>(null);
  // A row moved down is taken out of the page and put back: its control loses the keyboard, given back here.
  useLayoutEffect(() => {
    const want = refocus.current;
    if (!want) return;
    refocus.current = null;
    const row = list.current?.querySelector(`[data-section-id="${want.id}"]`);
    const target =
      row?.querySelector<HTMLElement>(`[data-control="${want.control}"]:not(:disabled)`) ??
      row?.querySelector<HTMLElement>('[data-control="switch"]');
    if (target && document.activeElement !== target) target.focus();
  });

  const move = (id: ReportSectionId, by: -1 | 1, control: Control) => {
    refocus.current = { id, control };
    onMove(id, by);
  };

  return (
    <ol ref={list} className={styles.list}>
      {sections.map((s, i) => {
        const name = t(`reports.sections.${s.id}`);
        const leftOut = s.on && !shown.includes(s.id);
        const noteId = `report-section-${s.id}-note`;
        return (
          <li
            key={s.id}
            className={styles.row}
            data-section-id={s.id}
            data-on={s.on || undefined}
            onKeyDown={(e) => {
              const by = sectionKeyFor(e);
              if (by === null) return;
              e.preventDefault();
              const control = (e.target as HTMLElement).dataset.control as Control | undefined;
              move(s.id, by, control ?? 'switch');
            }}
          >
            <label className={styles.switch}>
              <input
                type="checkbox"
                role="switch"
                data-control="switch"
                checked={s.on}
                aria-checked={s.on}
                aria-describedby={leftOut ? noteId : undefined}
                onChange={(e) => onSwitch(s.id, e.target.checked)}
              />
              <span className={styles.track} aria-hidden="true" />
              <span className={styles.name}>{name}</span>
            </label>
            {leftOut && (
              <span id={noteId} className={styles.note}>
                {t(
                  `reportScreen.sections.empty.${s.id === 'summary' || s.id === 'recommendations' ? s.id : 'other'}`,
                )}
              </span>
            )}
            <span className={styles.moves}>
              <Button
                variant="ghost"
                size="small"
                data-control="up"
                disabled={i === 0}
                aria-label={t('reportScreen.sections.up', { section: name })}
                title={t('reportScreen.sections.up', { section: name })}
                onClick={() => move(s.id, -1, 'up')}
              >
                ↑
              </Button>
              <Button
                variant="ghost"
                size="small"
                data-control="down"
                disabled={i === sections.length - 1}
                aria-label={t('reportScreen.sections.down', { section: name })}
                title={t('reportScreen.sections.down', { section: name })}
                onClick={() => move(s.id, 1, 'down')}
              >
                ↓
              </Button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
