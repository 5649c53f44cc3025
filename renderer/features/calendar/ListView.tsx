import { format } from 'date-fns';
import { useMemo } from 'react';
import type { Client } from '../../../shared/domain/client.ts';
import { POST_LIST_LIMIT } from '../../../shared/domain/post.ts';
import { firstWords } from '../../../shared/export/excerpt.ts';
import { NETWORKS } from '../../../shared/networks.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ColorDot } from '../../ui/Badge.tsx';
import { CheckMenu } from '../../ui/CheckMenu.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { SortableTable, sortableColumns, useSortableTable } from '../../ui/SortableTable.tsx';
import { tableStyles as ts } from '../../ui/table.ts';
import type { CalendarActions } from './calendar-actions.ts';
import { LimitFlag } from './LimitFlag.tsx';
import styles from './ListView.module.css';
import type { PlacedPost } from './post-layout.ts';

const helper = sortableColumns<PlacedPost>();

/** One line per post, all the same height: the list draws only the rows in view (2,000 stay quick). */
const ROW_HEIGHT = 41;

/** Columns a user may hide; the date and the caption always show. */
export const OPTIONAL_COLUMNS = ['channel', 'status', 'format', 'pillar', 'campaign', 'budget'] as const;

export interface ListViewProps {
  client: Client;
  rows: readonly PlacedPost[];
  actions: CalendarActions;
  hidden: readonly string[];
  onHiddenChange: (hidden: string[]) => void;
  /** The list shows search results, not the period. */
  searching: boolean;
}

function useColumns(client: Client, actions: CalendarActions) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = dateLocale(language);
  return useMemo(() => {
    const collator = new Intl.Collator(language, { numeric: true });
    const money = new Intl.NumberFormat(language, { style: 'currency', currency: client.currency });
    const text = (a: string, b: string) => collator.compare(a, b);
    return helper.columns([
      helper.accessor((p) => p.post.plannedAt, {
        id: 'when',
        header: t('calendar.list.when'),
        meta: { width: { min: 11, max: 13 } },
        cell: ({ row }) => (
          <span className={ts.nowrap}>
            {format(noonOf(row.original.date), 'EEE d MMM yyyy', { locale })} · {row.original.time}
          </span>
        ),
      }),
      helper.accessor((p) => actions.channels.get(p.post.channelId)?.handle ?? '', {
        id: 'channel',
        header: t('calendar.list.channel'),
        meta: { width: { min: 9, max: 14 } },
        sortFn: (a, b) => text(a.getValue('channel'), b.getValue('channel')),
        cell: ({ row, getValue }) => {
          const channel = actions.channels.get(row.original.post.channelId);
          return channel ? `${NETWORKS[channel.network].name} · ${getValue()}` : '';
        },
      }),
      helper.accessor((p) => p.post.caption, {
        id: 'caption',
        header: t('calendar.list.caption'),
        sortFn: (a, b) => text(a.getValue('caption'), b.getValue('caption')),
        meta: { className: styles.captionCell, width: { min: 14 } },
        cell: ({ row }) => {
          const { post } = row.original;
          const channel = actions.channels.get(post.channelId);
          return (
            <>
              <button type="button" className={styles.open} onClick={() => actions.open(post.id)}>
                {firstWords(post.caption, 90) || t('posts.untitled')}
              </button>
              {channel && <LimitFlag network={channel.network} caption={post.caption} />}
            </>
          );
        },
      }),
      helper.accessor((p) => t(`posts.status.${p.post.status}`), {
        id: 'status',
        header: t('calendar.list.status'),
        meta: { width: { min: 6, max: 8 } },
        sortFn: (a, b) => text(a.getValue('status'), b.getValue('status')),
      }),
      helper.accessor((p) => t(`posts.format.${p.post.format}`), {
        id: 'format',
        header: t('calendar.list.format'),
        meta: { width: { min: 6, max: 8 } },
        sortFn: (a, b) => text(a.getValue('format'), b.getValue('format')),
      }),
      helper.accessor((p) => (p.post.pillarId ? (actions.pillars.get(p.post.pillarId)?.name ?? '') : ''), {
        id: 'pillar',
        header: t('calendar.list.pillar'),
        meta: { width: { min: 7, max: 10 } },
        sortFn: (a, b) => text(a.getValue('pillar'), b.getValue('pillar')),
        cell: ({ row, getValue }) => {
          const pillar = row.original.post.pillarId
            ? actions.pillars.get(row.original.post.pillarId)
            : undefined;
          return pillar ? (
            <span className={ts.nameCell}>
              <ColorDot color={pillar.color} />
              {getValue()}
            </span>
          ) : null;
        },
      }),
      helper.accessor((p) => p.post.campaign, {
        id: 'campaign',
        header: t('calendar.list.campaign'),
        meta: { width: { min: 7, max: 10 } },
        sortFn: (a, b) => text(a.getValue('campaign'), b.getValue('campaign')),
      }),
      helper.accessor((p) => p.post.budgetCents ?? -1, {
        id: 'budget',
        header: t('calendar.list.budget'),
        meta: { className: ts.num, width: { min: 6, max: 7 } },
        cell: ({ row }) =>
          row.original.post.budgetCents === null ? '' : money.format(row.original.post.budgetCents / 100),
      }),
    ]);
  }, [t, language, locale, client.currency, actions]);
}

/**
 * Every post of the period (or every search result) as rows: sortable, with the columns the user
 * chose. Only the rows in view are drawn; the count, Ctrl+A and Shift-click ranges cover them all.
 */
export function ListView({ client, rows, actions, hidden, onHiddenChange, searching }: ListViewProps) {
  const { t } = useTranslation();
  const columns = useColumns(client, actions);
  const table = useSortableTable({
    columns,
    data: rows as PlacedPost[],
    getRowId: (p) => p.post.id,
    sortedBy: { id: 'when', desc: false },
    hidden,
  });
  return (
    <div className={styles.list}>
      <div className={styles.bar}>
        <span className={styles.count} role="status">
          {searching
            ? t('calendar.list.results', { count: rows.length })
            : t('calendar.postCount', { count: rows.length })}
          {rows.length >= POST_LIST_LIMIT && ` ${t('calendar.list.limited', { count: POST_LIST_LIMIT })}`}
        </span>
        <CheckMenu
          label={t('calendar.list.columns')}
          options={OPTIONAL_COLUMNS.map((id) => ({ value: id, label: t(`calendar.list.${id}`) }))}
          checked={OPTIONAL_COLUMNS.filter((id) => !hidden.includes(id))}
          onChange={(shown) => onHiddenChange(OPTIONAL_COLUMNS.filter((id) => !shown.includes(id)))}
        />
      </div>
      {rows.length === 0 ? (
        <EmptyState title={searching ? t('calendar.list.noResults') : t('calendar.list.empty')}>
          <p>{searching ? t('calendar.list.noResultsHint') : t('calendar.list.emptyHint')}</p>
        </EmptyState>
      ) : (
        <SortableTable
          table={table}
          wrapClassName={styles.scroll}
          virtual={{ rowHeight: ROW_HEIGHT }}
          rowProps={(row) => ({ 'data-selected': actions.selected.has(row.id) || undefined })}
          lead={{
            header: <span className="visually-hidden">{t('calendar.list.select')}</span>,
            cell: (row) => (
              <input
                type="checkbox"
                aria-label={t('calendar.list.selectPost', {
                  words: firstWords(row.original.post.caption, 40) || t('posts.untitled'),
                })}
                checked={actions.selected.has(row.id)}
                // Shift-click ticks every row from the last one ticked, in the list's own sort.
                readOnly
                onClick={(e) =>
                  actions.toggleSelect(
                    row.id,
                    e.shiftKey,
                    table.getRowModel().rows.map((r) => r.id),
                  )
                }
              />
            ),
          }}
        />
      )}
    </div>
  );
}
