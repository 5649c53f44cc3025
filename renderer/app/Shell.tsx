import { useEffect } from 'react';
import type { Client } from '../../shared/domain/client.ts';
import { useDialogs } from '../common/hooks/dialogs.ts';
import { type ClientArea, isClientRoute, navigate, type Route, useRoute } from '../common/hooks/route.ts';
import { useShortcuts } from '../common/hooks/shortcuts.ts';
import { useUndo } from '../common/hooks/undo.ts';
import { AudiencePage } from '../features/audience/AudiencePage.tsx';
import { CalendarPage } from '../features/calendar/CalendarPage.tsx';
import { ClientsPage } from '../features/clients/ClientsPage.tsx';
import { DashboardPage } from '../features/kpis/DashboardPage.tsx';
import { ObjectivesPage } from '../features/kpis/ObjectivesPage.tsx';
import { NumbersPage } from '../features/metrics/NumbersPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { TrashPage } from '../features/trash/TrashPage.tsx';
import { ClientPage } from './ClientPage.tsx';
import { ClientScreen } from './ClientScreen.tsx';
import { DialogHost } from './DialogHost.tsx';
import { useMenuCommands } from './menu-commands.ts';
import styles from './Shell.module.css';
import { Sidebar } from './Sidebar.tsx';
import { WorkspacePage } from './WorkspacePage.tsx';

/** Each of a client's screens, and whether it fills the window (its own panes scroll) or reads as a page. */
const AREAS: Record<ClientArea, { Page: (props: { client: Client }) => React.ReactNode; fill: boolean }> = {
  week: { Page: WorkspacePage, fill: true },
  calendar: { Page: CalendarPage, fill: true },
  audience: { Page: AudiencePage, fill: false },
  numbers: { Page: NumbersPage, fill: true },
  kpis: { Page: DashboardPage, fill: false },
  objectives: { Page: ObjectivesPage, fill: false },
};

function Screen({ route }: { route: Route }) {
  if (isClientRoute(route)) {
    const { Page } = AREAS[route.name];
    return (
      <ClientScreen key={route.clientId} clientId={route.clientId} area={route.name}>
        {(client) => <Page client={client} />}
      </ClientScreen>
    );
  }
  switch (route.name) {
    case 'clients':
      return <ClientsPage />;
    case 'client':
      return <ClientPage key={route.id} id={route.id} />;
    case 'trash':
      return <TrashPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

/** Sidebar + current screen; owns the shortcuts and menu commands, which act on the whole app. */
export function Shell({ lastClientId }: { lastClientId: string | null }) {
  const route = useRoute();
  const dialogs = useDialogs();
  const undo = useUndo();

  // No screen in the URL (a fresh start): back to the last client's week, or to the list.
  useEffect(() => {
    if (route) return;
    navigate(lastClientId ? { name: 'week', clientId: lastClientId } : { name: 'clients' }, {
      replace: true,
    });
  }, [route, lastClientId]);

  const actions = {
    newClient: () => dialogs.show({ kind: 'client' }),
    newChannel: () => {
      if (route?.name === 'client') dialogs.show({ kind: 'channel', clientId: route.id });
      if (isClientRoute(route)) dialogs.show({ kind: 'channel', clientId: route.clientId });
    },
    undo: undo.undoLast,
    settings: () => navigate({ name: 'settings' }),
    help: () => dialogs.show({ kind: 'shortcuts' }),
  };
  useShortcuts(actions);
  useMenuCommands({
    newClient: actions.newClient,
    openSettings: actions.settings,
    openTrash: () => navigate({ name: 'trash' }),
    showShortcuts: actions.help,
  });

  return (
    <div className={styles.shell}>
      <Sidebar route={route} />
      <main className={styles.main}>
        <div className={isClientRoute(route) && AREAS[route.name].fill ? styles.workspace : styles.page}>
          {route && <Screen route={route} />}
        </div>
      </main>
      <DialogHost />
    </div>
  );
}
