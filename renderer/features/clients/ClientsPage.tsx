import { useMemo, useState } from 'react';
import { useDialogs } from '../../common/hooks/dialogs.ts';
import { ScreenBoundary } from '../../common/lazy/ScreenBoundary.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import inputs from '../../ui/inputs.module.css';
import { PageHeader, pageStyles } from '../../ui/Page.tsx';
import { ClientsTable } from './clients-table-part.ts';
import { useClients } from './queries.ts';
import { Welcome } from './Welcome.tsx';

/** The overview: every client, with a toggle for the archived ones; a welcome screen when there is none. */
export function ClientsPage() {
  const { t } = useTranslation();
  const dialogs = useDialogs();
  const [showArchived, setShowArchived] = useState(false);
  const all = useClients(true).data;
  // Kept stable between renders: the table re-sorts whenever its data changes identity.
  const clients = useMemo(
    () => (showArchived ? all : all?.filter((c) => !c.archived)) ?? [],
    [all, showArchived],
  );
  if (!all) return null;
  if (all.length === 0) return <Welcome />;

  return (
    <>
      <PageHeader
        title={t('clients.title')}
        actions={
          <>
            <label className={inputs.check}>
              <input
                type="checkbox"
                checked={showArchived}
                onChange={(e) => setShowArchived(e.target.checked)}
              />
              {t('clients.showArchived')}
            </label>
            <Button variant="primary" onClick={() => dialogs.show({ kind: 'client' })}>
              {t('clients.new')}
            </Button>
          </>
        }
      />
      {clients.length === 0 ? (
        <p className={pageStyles.intro}>{t('clients.noneActive')}</p>
      ) : (
        <ScreenBoundary at="clients-table">
          <ClientsTable clients={clients} />
        </ScreenBoundary>
      )}
    </>
  );
}
