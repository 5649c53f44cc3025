import type { QueryKey } from '@tanstack/react-query';
import { type CSSProperties, useId, useMemo, useRef } from 'react';
import type { Client } from '../../../shared/domain/client.ts';
import type { MetricsRow } from '../../../shared/domain/metrics.ts';
import { GridTable } from '../../common/grid/GridTable.tsx';
import { useGridCells } from '../../common/grid/use-grid-cells.ts';
import { useGridEvents } from '../../common/grid/use-grid-events.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { useRenderMeasure } from '../../ui/use-render-measure.ts';
import { useVirtualRows } from '../../ui/use-virtual-rows.ts';
import { GridHeader } from './GridHeader.tsx';
import { GridRow } from './GridRow.tsx';
import { GridStatus } from './GridStatus.tsx';
import { metricsModel } from './grid-cells.ts';
import { gridLayout, ROW_HEIGHT } from './grid-layout.ts';
import { type MessageContext, numberIssueText } from './grid-messages.ts';
import { type HiddenMetrics, metricAt, shownColumns } from './grid-model.ts';
import styles from './MetricsGrid.module.css';
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
  const model = metricsModel(rows, hidden, saves.valuesOf, language);
  const cells = useGridCells(model, saves, tableRef);
  const events = useGridEvents(model, cells, saves, () =>
    Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1),
  );
  const shown = useMemo(() => shownColumns(hidden), [hidden]);
  const layout = useMemo(() => {
    const { columns, width } = gridLayout(shown.length);
    return { '--grid-columns': columns, '--grid-width': `${width}px` } as CSSProperties;
  }, [shown]);
  const { pos, editing } = cells;

  // The focused row stays mounted when scrolled away, so the keyboard never falls out of the grid.
  const virtualizer = useVirtualRows({ count: rows.length, scrollRef, rowHeight: ROW_HEIGHT, keep: pos.row });

  const ctx: MessageContext = { t, language, currency: client.currency, rows };
  const editError = editing?.error
    ? numberIssueText(ctx, editing.error, editing.text, metricAt(editing.col))
    : null;
  const hintId = `${gridId}-hint`;

  return (
    <div className={styles.frame}>
      <GridStatus saves={saves} ctx={ctx} basis={client.engagementBasis} />
      <div ref={scrollRef} className={styles.scroll} style={layout}>
        <GridTable
          tableRef={tableRef}
          className={styles.table}
          label={label}
          hintId={hintId}
          rowCount={rows.length + 1}
          colCount={shown.length + 2}
          events={events}
        >
          <GridHeader currency={client.currency} basis={client.engagementBasis} shown={shown} />
          <tbody className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const here = item.index === pos.row;
              // The editor goes with its post, wherever a refresh of the rows puts it.
              const edited = editing?.rowId === row.postId ? editing : null;
              return (
                <GridRow
                  key={row.postId}
                  row={row}
                  values={saves.valuesOf(row)}
                  index={item.index}
                  top={item.start}
                  activeCol={here ? pos.col : -1}
                  editing={edited ? { col: edited.col, text: edited.text, error: editError } : null}
                  language={language}
                  currency={client.currency}
                  basis={client.engagementBasis}
                  shown={shown}
                  gridId={gridId}
                  onEditChange={cells.setText}
                  onEditBlur={cells.onEditBlur}
                />
              );
            })}
          </tbody>
        </GridTable>
      </div>
      <p id={hintId} className={styles.hint}>
        {t('metrics.grid.keys')}
      </p>
    </div>
  );
}
