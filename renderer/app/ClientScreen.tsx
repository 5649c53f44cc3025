import { type ReactNode, useEffect } from 'react';
import type { Client } from '../../shared/domain/client.ts';
import { usePrefs, useSetPrefs } from '../api/prefs.ts';
import { isRpcFailure } from '../api/rpc-failure.ts';
import { type ClientArea, hrefOf, navigate } from '../common/hooks/route.ts';
import { useClient } from '../features/clients/queries.ts';
import { useTranslation } from '../i18n/context.tsx';
import { ColorDot } from '../ui/Badge.tsx';
import { ButtonLabel, buttonClass } from '../ui/Button.tsx';
import { PageHeader } from '../ui/Page.tsx';

/**
 * The frame of every screen about one client: its name and colour above the screen, the client
 * remembered as the last one, and a client that vanished (trashed elsewhere) sends back to the list.
 */
export function ClientScreen({
  clientId,
  area,
  children,
}: {
  clientId: string;
  area: ClientArea;
  children: (client: Client) => ReactNode;
}) {
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
            <span>{t(`screens.${area}`, { client: client.name })}</span>
          </>
        }
        actions={
          <a className={buttonClass('ghost')} href={hrefOf({ name: 'client', id: client.id })}>
            <ButtonLabel>{t('screens.clientDetails')}</ButtonLabel>
          </a>
        }
      />
      {children(client)}
    </>
  );
}
