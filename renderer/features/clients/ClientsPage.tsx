import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogs } from '../../app/dialogs.ts';
import { hrefOf } from '../../app/route.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Badge, ColorDot } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import inputs from '../../ui/inputs.module.css';
import { PageHeader, pageStyles } from '../../ui/Page.tsx';
import { tableStyles as ts } from '../../ui/table.ts';
import { useClients } from './queries.ts';
import { zoneLabel } from './time-zones.ts';
import { Welcome } from './Welcome.tsx';

/** The overview: every client, with a toggle for the archived ones; a welcome screen when there is none. */
export function ClientsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const dialogs = useDialogs();
  const [showArchived, setShowArchived] = useState(false);
  const query = useClients(true);
  if (!query.data) return null;
  if (query.data.length === 0) return <Welcome />;
  const clients = showArchived ? query.data : query.data.filter((c) => !c.archived);

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
        <div className={ts.wrap}>
          <table className={ts.table}>
            <thead>
              <tr>
                <th scope="col">{t('clients.columns.name')}</th>
                <th scope="col">{t('clients.columns.timeZone')}</th>
                <th scope="col" className={ts.num}>
                  {t('clients.columns.channels')}
                </th>
                <th scope="col">{t('clients.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((c) => (
                <tr key={c.id} className={c.archived ? ts.dim : undefined}>
                  <td>
                    <span className={ts.nameCell}>
                      <ColorDot color={c.color} />
                      <a className={ts.link} href={hrefOf({ name: 'client', id: c.id })}>
                        {c.name}
                      </a>
                    </span>
                  </td>
                  <td>{zoneLabel(c.timeZone)}</td>
                  <td className={ts.num}>{formatNumber(c.channelCount, language)}</td>
                  <td>
                    {c.archived ? <Badge tone="warn">{t('common.archived')}</Badge> : t('clients.active')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
