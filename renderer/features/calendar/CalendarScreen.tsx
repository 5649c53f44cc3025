import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrefs, useSetPrefs } from '../../api/prefs.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { hrefOf, navigate } from '../../app/route.ts';
import { ColorDot } from '../../ui/Badge.tsx';
import { ButtonLabel, buttonClass } from '../../ui/Button.tsx';
import { PageHeader } from '../../ui/Page.tsx';
import { useClient } from '../clients/queries.ts';
import { CalendarPage } from './CalendarPage.tsx';

/** The calendar route: the client's name above its calendar; a vanished client sends back to the list. */
export function CalendarScreen({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const query = useClient(clientId);
  const lastClientId = usePrefs().data?.lastClientId;
  const setPrefs = useSetPrefs();
  const client = query.data;
  const gone = query.isFetchedAfterMount && isRpcFailure(query.error) && query.error.code === 'not_found';

  useEffect(() => {
    if (client && lastClientId !== undefined && lastClientId !== client.id)
      setPrefs.mutate({ lastClientId: client.id });
    if (gone) navigate({ name: 'clients' }, { replace: true });
  }, [client, gone, lastClientId, setPrefs.mutate]);

  if (!client) return null;
  return (
    <>
      <PageHeader
        title={
          <>
            <ColorDot color={client.color} large />
            <span>{t('calendar.title', { client: client.name })}</span>
          </>
        }
        actions={
          <a className={buttonClass('ghost')} href={hrefOf({ name: 'client', id: client.id })}>
            <ButtonLabel>{t('calendar.clientDetails')}</ButtonLabel>
          </a>
        }
      />
      <CalendarPage client={client} />
    </>
  );
}
