import { useMemo } from 'react';
import type { Client } from '../../../shared/domain/client.ts';
import { hrefOf } from '../../common/hooks/route.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Badge, ColorDot } from '../../ui/Badge.tsx';
import {
  type SortableRow,
  SortableTable,
  sortableColumns,
  useSortableTable,
} from '../../ui/SortableTable.tsx';
import { tableStyles as ts } from '../../ui/table.ts';
import { zoneLabel } from './time-zones.ts';

type ClientRow = SortableRow<Client>;
const helper = sortableColumns<Client>();

/** Name and time zone in the UI language's order ("Électricien" among the E, not after Z). */
function useColumns() {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(() => {
    const collator = new Intl.Collator(language, { numeric: true });
    const byText = (a: ClientRow, b: ClientRow, id: string) =>
      collator.compare(a.getValue<string>(id), b.getValue<string>(id));
    const byNumber = (a: ClientRow, b: ClientRow, id: string) =>
      Number(a.getValue(id)) - Number(b.getValue(id));
    return helper.columns([
      helper.accessor('name', {
        header: t('clients.columns.name'),
        sortFn: byText,
        cell: ({ row }) => (
          <span className={ts.nameCell}>
            <ColorDot color={row.original.color} />
            <a className={ts.link} href={hrefOf({ name: 'client', id: row.original.id })}>
              {row.original.name}
            </a>
          </span>
        ),
      }),
      helper.accessor((c) => zoneLabel(c.timeZone), {
        id: 'timeZone',
        header: t('clients.columns.timeZone'),
        sortFn: byText,
      }),
      helper.accessor('channelCount', {
        header: t('clients.columns.channels'),
        sortFn: byNumber,
        meta: { className: ts.num },
        cell: ({ getValue }) => formatNumber(getValue(), language),
      }),
      // Active before archived when ascending.
      helper.accessor('archived', {
        header: t('clients.columns.status'),
        sortFn: byNumber,
        cell: ({ getValue }) =>
          getValue() ? <Badge tone="warn">{t('common.archived')}</Badge> : t('clients.active'),
      }),
    ]);
  }, [t, language]);
}

/** The clients overview, sortable by any column from its header (by name at first). */
export function ClientsTable({ clients }: { clients: Client[] }) {
  const columns = useColumns();
  const table = useSortableTable({
    columns,
    data: clients,
    getRowId: (c) => c.id,
    sortedBy: { id: 'name', desc: false },
    // First click ascending, whatever the column holds.
    sortDescFirst: false,
  });
  return (
    <SortableTable
      table={table}
      rowProps={(row) => ({ className: row.original.archived ? ts.dim : undefined })}
    />
  );
}
