import { usePrefs } from '../api/prefs.ts';
import { useDialogs } from '../common/hooks/dialogs.ts';
import { CLIENT_AREAS, clientIdOf, hrefOf, isClientRoute, type Route } from '../common/hooks/route.ts';
import { useClient } from '../features/clients/queries.ts';
import { useTranslation } from '../i18n/context.tsx';
import { ColorDot } from '../ui/Badge.tsx';
import { ButtonLabel, buttonClass } from '../ui/Button.tsx';
import { ClientSwitcher } from './ClientSwitcher.tsx';
import styles from './Sidebar.module.css';

function NavLink({
  to,
  current,
  children,
  sub,
}: {
  to: Route;
  current: boolean;
  children: React.ReactNode;
  sub?: boolean;
}) {
  return (
    <li>
      <a
        href={hrefOf(to)}
        className={[styles.link, sub && styles.sub].filter(Boolean).join(' ')}
        aria-current={current ? 'page' : undefined}
      >
        {children}
      </a>
    </li>
  );
}

/** Drawn beside each of a client's screens in the sidebar. */
const AREA_ICONS = {
  week: '◧',
  calendar: '▦',
  audience: '◎',
  numbers: '#',
  kpis: '◔',
  objectives: '⚑',
  listening: '❝',
  competitors: '⇄',
  ideas: '✦',
  audit: '☑',
  reports: '▤',
} as const;

/** The selected client's own entries, under Clients, once there is one: its details, then its screens. */
function ClientLinks({ id, route }: { id: string; route: Route | null }) {
  const { t } = useTranslation();
  const client = useClient(id).data;
  if (!client) return null;
  return (
    <>
      <NavLink to={{ name: 'client', id }} current={route?.name === 'client'} sub>
        <ColorDot color={client.color} />
        <span className={`${styles.text} ${styles.name}`}>{client.name}</span>
      </NavLink>
      {CLIENT_AREAS.map((area) => (
        <NavLink key={area} to={{ name: area, clientId: id }} current={route?.name === area} sub>
          <span className={styles.icon} aria-hidden="true">
            {AREA_ICONS[area]}
          </span>
          <span className={styles.text}>{t(`nav.${area}`)}</span>
        </NavLink>
      ))}
    </>
  );
}

export function Sidebar({ route }: { route: Route | null }) {
  const { t } = useTranslation();
  const dialogs = useDialogs();
  const lastClientId = usePrefs().data?.lastClientId ?? null;
  const selectedId = clientIdOf(route) ?? lastClientId;
  return (
    <aside className={styles.sidebar}>
      <div className={styles.brand}>
        <span className={styles.logo}>{t('app.name')}</span>
        <span className={styles.tagline}>{t('app.tagline')}</span>
      </div>
      <ClientSwitcher selectedId={selectedId} area={isClientRoute(route) ? route.name : undefined} />
      <nav className={styles.nav} aria-label={t('nav.label')}>
        <ul>
          <NavLink to={{ name: 'clients' }} current={route?.name === 'clients'}>
            <span className={styles.icon} aria-hidden="true">
              ☰
            </span>
            <span className={styles.text}>{t('nav.clients')}</span>
          </NavLink>
          {selectedId && <ClientLinks id={selectedId} route={route} />}
          <NavLink to={{ name: 'trash' }} current={route?.name === 'trash'}>
            <span className={styles.icon} aria-hidden="true">
              ⌫
            </span>
            <span className={styles.text}>{t('nav.trash')}</span>
          </NavLink>
          <NavLink to={{ name: 'settings' }} current={route?.name === 'settings'}>
            <span className={styles.icon} aria-hidden="true">
              ⚙
            </span>
            <span className={styles.text}>{t('nav.settings')}</span>
          </NavLink>
        </ul>
      </nav>
      <div className={styles.footer}>
        <button
          type="button"
          className={`${buttonClass('ghost', 'small')} ${styles.shortcuts}`}
          onClick={() => dialogs.show({ kind: 'shortcuts' })}
        >
          <ButtonLabel>{t('nav.shortcuts')}</ButtonLabel>
          <span aria-hidden="true" className={styles.kbd}>
            ?
          </span>
        </button>
      </div>
    </aside>
  );
}
