import type { Channel } from '../../../shared/domain/channel.ts';
import { useChannels } from '../../common/data/channel-queries.ts';
import { useDialogs } from '../../common/hooks/dialogs.ts';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { DataTable, RowActions } from '../../ui/DataTable.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { pageStyles } from '../../ui/Page.tsx';
import { tableStyles as ts } from '../../ui/table.ts';
import styles from './ChannelsSection.module.css';
import { useChannelActions } from './use-channel-actions.ts';

/** Live channels first, archived ones after them, dimmed. */
const byState = (a: Channel, b: Channel) => Number(a.archived) - Number(b.archived);

function ChannelRow({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  const dialogs = useDialogs();
  const actions = useChannelActions();
  return (
    <tr className={channel.archived ? ts.dim : undefined}>
      <td>
        <NetworkBadge network={channel.network} />
      </td>
      <td className={ts.nowrap} title={t(`kinds.${channel.kind}.hint`)}>
        {t(`kinds.${channel.kind}.label`)}
      </td>
      <td className={styles.handleCell}>
        <span className={`${ts.nameCell} ${styles.handleLine}`}>
          <span className={styles.handle}>{channel.handle}</span>
          {channel.archived && <Badge tone="warn">{t('common.archived')}</Badge>}
        </span>
      </td>
      <td className={styles.urlCell}>
        {channel.url ? (
          <a className={styles.url} href={channel.url} target="_blank" rel="noreferrer">
            {channel.url}
          </a>
        ) : (
          <span className={ts.muted}>{t('common.none')}</span>
        )}
      </td>
      <RowActions
        name={channel.handle}
        actions={[
          {
            label: t('common.edit'),
            variant: 'ghost',
            run: () => dialogs.show({ kind: 'channel', clientId: channel.clientId, channel }),
          },
          {
            label: t(channel.archived ? 'common.unarchive' : 'common.archive'),
            variant: 'ghost',
            run: () => actions.setArchived(channel, !channel.archived),
          },
          { label: t('common.delete'), variant: 'dangerGhost', run: () => actions.delete(channel) },
        ]}
      />
    </tr>
  );
}

export function ChannelsSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const dialogs = useDialogs();
  const channels = useChannels(clientId).data;
  const newChannel = () => dialogs.show({ kind: 'channel', clientId });
  return (
    <section className={pageStyles.section} aria-labelledby="channels-title">
      <div className={pageStyles.sectionHeader}>
        <h2 id="channels-title" className={pageStyles.sectionTitle}>
          {t('channels.title')}
        </h2>
        <div className={pageStyles.actions}>
          <Button variant="primary" onClick={newChannel}>
            {t('channels.new')}
          </Button>
        </div>
      </div>
      {channels && channels.length === 0 && (
        <EmptyState title={t('channels.empty.title')} headingLevel="h3">
          {t('channels.empty.body')}
        </EmptyState>
      )}
      {channels && channels.length > 0 && (
        <DataTable
          headers={[
            t('channels.columns.network'),
            t('channels.columns.kind'),
            t('channels.columns.handle'),
            t('channels.columns.url'),
          ]}
        >
          {[...channels].sort(byState).map((c) => (
            <ChannelRow key={c.id} channel={c} />
          ))}
        </DataTable>
      )}
    </section>
  );
}
