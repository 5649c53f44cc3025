import { useState } from 'react';
import type { TrashItem } from '../../../shared/domain/trash.ts';
import { NETWORK_IDS, type NetworkId } from '../../../shared/networks.ts';
import { afterSuccess } from '../../api/settle.ts';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { DataTable, RowActions } from '../../ui/DataTable.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader, pageStyles } from '../../ui/Page.tsx';
import { tableStyles as ts } from '../../ui/table.ts';
import { useToasts } from '../../ui/toast-context.ts';
import { usePurge, useRestore, useTrash } from './queries.ts';

const isNetwork = (s: string | null): s is NetworkId => NETWORK_IDS.some((n) => n === s);

/** Deleted clients and channels: restore them, or delete them for good after a confirmation. */
export function TrashPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const toasts = useToasts();
  const items = useTrash().data;
  const restore = useRestore();
  const purge = usePurge();
  const [confirming, setConfirming] = useState<TrashItem | null>(null);

  const onRestore = (item: TrashItem) =>
    afterSuccess(restore.mutateAsync({ type: item.type, id: item.id }), () =>
      toasts.show({ title: t('common.restored', { label: item.label }) }),
    );
  const onPurge = (item: TrashItem) =>
    afterSuccess(purge.mutateAsync({ type: item.type, id: item.id }), () =>
      toasts.show({ title: t('trash.purged', { label: item.label }) }),
    );

  return (
    <>
      <PageHeader title={t('trash.title')} />
      <p className={pageStyles.intro}>{t('trash.intro')}</p>
      {items && items.length === 0 && (
        <EmptyState title={t('trash.empty.title')}>{t('trash.empty.body')}</EmptyState>
      )}
      {items && items.length > 0 && (
        <DataTable
          headers={[
            t('trash.columns.type'),
            t('trash.columns.label'),
            t('trash.columns.client'),
            t('trash.columns.deletedAt'),
          ]}
        >
          {items.map((item) => (
            <tr key={`${item.type}-${item.id}`}>
              <td className={ts.nowrap}>{t(`trash.types.${item.type}`)}</td>
              <td className={ts.fill}>
                <span className={ts.nameCell}>
                  {isNetwork(item.network) && <NetworkBadge network={item.network} />}
                  <strong>{item.label}</strong>
                </span>
              </td>
              <td className={ts.minText}>
                {item.clientName ?? <span className={ts.muted}>{t('common.none')}</span>}
              </td>
              <td className={ts.minText}>{formatDateTime(item.deletedAt, language)}</td>
              <RowActions
                name={item.label}
                actions={[
                  { label: t('trash.restore'), run: () => onRestore(item) },
                  { label: t('trash.purge'), variant: 'dangerGhost', run: () => setConfirming(item) },
                ]}
              />
            </tr>
          ))}
        </DataTable>
      )}
      {confirming && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setConfirming(null)}
          title={t('trash.confirm.title', { label: confirming.label })}
          description={t(confirming.type === 'client' ? 'trash.confirm.bodyClient' : 'trash.confirm.body')}
          cancelLabel={t('common.cancel')}
          confirmLabel={t('trash.confirm.confirm')}
          onConfirm={() => onPurge(confirming)}
        />
      )}
    </>
  );
}
