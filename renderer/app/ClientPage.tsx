import { useEffect, useRef } from 'react';
import { usePrefs, useSetPrefs } from '../api/prefs.ts';
import { isRpcFailure } from '../api/rpc-failure.ts';
import { useDialogs } from '../common/hooks/dialogs.ts';
import { hrefOf, navigate } from '../common/hooks/route.ts';
import { ChannelsSection } from '../features/channels/ChannelsSection.tsx';
import { useClient } from '../features/clients/queries.ts';
import { zoneLabel } from '../features/clients/time-zones.ts';
import { useClientActions } from '../features/clients/use-client-actions.ts';
import { useTranslation } from '../i18n/context.tsx';
import { errorMessage } from '../i18n/errors.ts';
import { formatTimeIn } from '../i18n/format.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { Badge, ColorDot } from '../ui/Badge.tsx';
import { Button, ButtonLabel, buttonClass } from '../ui/Button.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { PageHeader } from '../ui/Page.tsx';
import { useNow } from '../ui/use-now.ts';
import styles from './ClientPage.module.css';

/** One client: its details and its channels. Remembered as the last client for the next start. */
export function ClientPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dialogs = useDialogs();
  const query = useClient(id);
  const lastClientId = usePrefs().data?.lastClientId;
  const setPrefs = useSetPrefs();
  const actions = useClientActions();
  const now = useNow(60_000);
  const client = query.data;
  // Judged on this visit's answer only (a client deleted then restored has a stale "not found").
  // Only a missing client is forgotten; any other failure may heal, so it is shown with a Retry.
  const settled = query.isFetchedAfterMount;
  const gone = settled && isRpcFailure(query.error) && query.error.code === 'not_found';
  const failed = settled && query.isError && !gone;
  const remembered = useRef(false);

  useEffect(() => {
    if (client && !remembered.current && lastClientId !== client.id) {
      remembered.current = true;
      setPrefs.mutate({ lastClientId: client.id });
    }
    // A deleted or unknown client: forget it and fall back to the list.
    if (gone) {
      if (lastClientId === id) setPrefs.mutate({ lastClientId: null });
      navigate({ name: 'clients' }, { replace: true });
    }
  }, [client, gone, id, lastClientId, setPrefs.mutate]);

  if (failed)
    return (
      <EmptyState
        headingLevel="h1"
        title={t('clients.page.loadFailed')}
        action={
          <Button variant="primary" disabled={query.isFetching} onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        <p role="alert">{errorMessage(t, query.error)}</p>
      </EmptyState>
    );
  if (!client) return null;
  return (
    <>
      <PageHeader
        title={
          <>
            <ColorDot color={client.color} large />
            <span className={styles.name}>{client.name}</span>
            {client.archived && <Badge tone="warn">{t('common.archived')}</Badge>}
          </>
        }
        actions={
          <>
            <a className={buttonClass('primary')} href={hrefOf({ name: 'calendar', clientId: client.id })}>
              <ButtonLabel>{t('calendar.open')}</ButtonLabel>
            </a>
            <Button onClick={() => dialogs.show({ kind: 'client', client })}>{t('common.edit')}</Button>
            <Button onClick={() => actions.setArchived(client, !client.archived)}>
              {t(client.archived ? 'common.unarchive' : 'common.archive')}
            </Button>
            <Button variant="dangerGhost" onClick={() => actions.delete(client)}>
              {t('common.delete')}
            </Button>
          </>
        }
      />
      {client.archived && <p className={styles.notice}>{t('clients.page.archivedNotice')}</p>}
      <dl className={styles.details}>
        <dt>{t('clients.page.timeZone')}</dt>
        <dd>
          {zoneLabel(client.timeZone)}
          <span className={styles.local}>
            {t('clients.page.localTime', { time: formatTimeIn(client.timeZone, language, now) })}
          </span>
        </dd>
        <dt>{t('clients.page.notes')}</dt>
        <dd className={styles.notes}>{client.notes || t('clients.page.noNotes')}</dd>
      </dl>
      <ChannelsSection clientId={client.id} />
    </>
  );
}
