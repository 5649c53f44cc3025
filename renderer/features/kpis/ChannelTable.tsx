import { useMemo } from 'react';
import type { ChannelFigures, Dashboard } from '../../../shared/domain/dashboard.ts';
import { ENGAGEMENT_KPI, type KpiId } from '../../../shared/kpi/catalogue.ts';
import { periodKpi } from '../../../shared/kpi/dashboard-kpis.ts';
import { kpiFormula } from '../../common/format/format-kpi.ts';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import {
  type SortableRow,
  SortableTable,
  sortableColumns,
  useSortableTable,
} from '../../ui/SortableTable.tsx';
import { tableStyles as ts } from '../../ui/table.ts';
import styles from './DashboardPage.module.css';
import { KpiFigure } from './KpiFigure.tsx';

type ChannelRow = SortableRow<ChannelFigures>;
const helper = sortableColumns<ChannelFigures>();

/** A channel's value for sorting; a missing one is undefined, which the table puts last. */
const sortValue = (id: KpiId) => (c: ChannelFigures) => periodKpi(id, c.current).value ?? undefined;
const byNumber = (a: ChannelRow, b: ChannelRow, id: string) =>
  Number(a.getValue(id)) - Number(b.getValue(id));

function useColumns(basis: Dashboard['basis'], currency: string) {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(() => {
    const collator = new Intl.Collator(language, { numeric: true });
    const kpi = (id: KpiId, column: string, header: string) =>
      helper.accessor(sortValue(id), {
        id: column,
        header,
        sortFn: byNumber,
        sortUndefined: 'last',
        sortDescFirst: true,
        meta: { className: ts.num, hint: kpiFormula(t, id) },
        cell: ({ row }) => (
          <KpiFigure id={id} value={periodKpi(id, row.original.current)} currency={currency} />
        ),
      });
    return helper.columns([
      helper.accessor((c) => `${c.network} ${c.handle}`, {
        id: 'channel',
        header: t('kpis.channels.channel'),
        sortFn: (a, b, id) => collator.compare(a.getValue<string>(id), b.getValue<string>(id)),
        cell: ({ row }) => (
          <span className={styles.channelCell}>
            <NetworkBadge network={row.original.network} />
            <span className={ts.muted}>{row.original.handle}</span>
          </span>
        ),
      }),
      kpi('followers', 'followers', t('kpis.channels.followers')),
      kpi('audienceGrowth', 'growth', t('kpis.channels.growth')),
      helper.accessor((c) => c.current.totals.posts, {
        id: 'posts',
        header: t('kpis.channels.posts'),
        sortFn: byNumber,
        sortDescFirst: true,
        meta: { className: ts.num, hint: t('kpis.formulas.posts') },
        cell: ({ getValue }) => new Intl.NumberFormat(language).format(getValue()),
      }),
      kpi('reach', 'reach', t('kpis.channels.reach')),
      kpi('impressions', 'impressions', t('kpis.channels.impressions')),
      kpi('engagements', 'engagements', t('kpis.channels.engagements')),
      kpi(ENGAGEMENT_KPI[basis], 'rate', t('kpis.channels.rate', { basis: t(`kpis.bases.${basis}`) })),
      kpi('linkClicks', 'clicks', t('kpis.channels.clicks')),
      kpi('clickThroughRate', 'ctr', t('kpis.channels.ctr')),
    ]);
  }, [t, language, basis, currency]);
}

/** Each channel's figures for the period, sortable by any column (by followers at first). */
export function ChannelTable({ dashboard, currency }: { dashboard: Dashboard; currency: string }) {
  const { t } = useTranslation();
  const columns = useColumns(dashboard.basis, currency);
  const table = useSortableTable({
    columns,
    data: dashboard.channels,
    getRowId: (c) => c.channelId,
    sortedBy: { id: 'followers', desc: true },
  });
  return <SortableTable table={table} caption={t('kpis.channels.title')} className={styles.channelTable} />;
}
