import type { QueryKey } from '@tanstack/react-query';
import { type CSSProperties, useCallback, useId, useMemo, useRef } from 'react';
import type { Client } from '../../../shared/domain/client.ts';
import type { MetricsRow } from '../../../shared/domain/metrics.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { useRenderMeasure } from '../../ui/use-render-measure.ts';
import { useVirtualRows } from '../../ui/use-virtual-rows.ts';
import { GridHeader } from './GridHeader.tsx';
import { GridRow } from './GridRow.tsx';
import { GridStatus } from './GridStatus.tsx';
import { gridLayout, ROW_HEIGHT } from './grid-layout.ts';
import { type MessageContext, numberIssueText } from './grid-messages.ts';
import { colOf, type HiddenMetrics, shownColumns } from './grid-model.ts';
import styles from './MetricsGrid.module.css';
import { useCellEditing } from './use-cell-editing.ts';
import { useGridEvents } from './use-grid-events.ts';
import { useGridSaves } from './use-grid-saves.ts';

export interface MetricsGridProps {
  client: Client;
  rows: readonly MetricsRow[];
  /** The day the numbers are read on: every write is that day's reading. */
  on: string;
  /** The grid query's key, whose cache each save updates. */
  queryKey: QueryKey;
  label: string;
  /** The metrics the user does not log for this client. */
  hidden: HiddenMetrics;
}

/**
 * The engagement grid: a spreadsheet of the period's published posts × metrics, driven from the
 * keyboard (ARIA grid, one tabbable cell), with paste from a spreadsheet and undo. Only the rows in
 * view are in the DOM, plus the focused one, so 2,000 posts scroll as lightly as 20.
 */
export function MetricsGrid({ client, rows, on, queryKey, label, hidden }: MetricsGridProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const gridId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const saves = useGridSaves({ queryKey, on });
  useRenderMeasure('metrics-grid', rows);
  const cells = useCellEditing(rows, saves, language, tableRef, hidden);
  const events = useGridEvents(rows, cells, saves, language, scrollRef, hidden);
  const shown = useMemo(() => shownColumns(hidden), [hidden]);
  const layout = useMemo(() => {
    const { columns, width } = gridLayout(shown.length);
    return { '--grid-columns': columns, '--grid-width': `${width}px` } as CSSProperties;
  }, [shown]);
  const { pos, editing } = cells;

  // The focused row stays mounted when scrolled away, so the keyboard never falls out of the grid.
  const virtualizer = useVirtualRows({ count: rows.length, scrollRef, rowHeight: ROW_HEIGHT, keep: pos.row });

  // Focus left the grid with a cell open: keep its value (a bad one stays open, flagged).
  const blur = useRef(() => {});
  blur.current = () => {
    if (cells.current()) cells.commit();
  };
  const onEditBlur = useCallback(() => blur.current(), []);

  const ctx: MessageContext = { t, language, currency: client.currency, rows };
  const editError = editing?.error
    ? numberIssueText(ctx, editing.error, editing.text, editing.cell.metric)
    : null;
  const hintId = `${gridId}-hint`;

  return (
    <div className={styles.frame}>
      <GridStatus saves={saves} ctx={ctx} basis={client.engagementBasis} />
      <div ref={scrollRef} className={styles.scroll} style={layout}>
        {/* Its cells are gridcells (a td's role inside a grid), the focused one tabbable (APG grid pattern). */}
        <table
          ref={tableRef}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an ARIA grid (APG pattern) keeps the table's rows and headers for assistive tech
          role="grid"
          className={styles.table}
          aria-label={label}
          aria-describedby={hintId}
          aria-rowcount={rows.length + 1}
          aria-colcount={shown.length + 2}
          {...events}
        >
          <GridHeader currency={client.currency} basis={client.engagementBasis} shown={shown} />
          <tbody className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const here = item.index === pos.row;
              // The editor goes with its post, wherever a refresh of the rows puts it.
              const edited = editing?.cell.postId === row.postId ? editing : null;
              return (
                <GridRow
                  key={row.postId}
                  row={row}
                  values={saves.valuesOf(row)}
                  index={item.index}
                  top={item.start}
                  activeCol={here ? pos.col : -1}
                  editing={
                    edited ? { col: colOf(edited.cell.metric), text: edited.text, error: editError } : null
                  }
                  language={language}
                  currency={client.currency}
                  basis={client.engagementBasis}
                  shown={shown}
                  gridId={gridId}
                  onEditChange={cells.setText}
                  onEditBlur={onEditBlur}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      <p id={hintId} className={styles.hint}>
        {t('metrics.grid.keys')}
      </p>
    </div>
  );
}
