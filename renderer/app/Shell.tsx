import { useEffect } from 'react';
import { CalendarScreen } from '../features/calendar/CalendarScreen.tsx';
import { ClientPage } from '../features/clients/ClientPage.tsx';
import { ClientsPage } from '../features/clients/ClientsPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { TrashPage } from '../features/trash/TrashPage.tsx';
import { DialogHost } from './DialogHost.tsx';
import { useDialogs } from './dialogs.ts';
import { useMenuCommands } from './menu-commands.ts';
import { navigate, type Route, useRoute } from './route.ts';
import styles from './Shell.module.css';
import { Sidebar } from './Sidebar.tsx';
import { useShortcuts } from './shortcuts.ts';
import { useUndo } from './undo.ts';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'clients':
      return <ClientsPage />;
    case 'client':
      return <ClientPage key={route.id} id={route.id} />;
    case 'calendar':
      return <CalendarScreen key={route.clientId} clientId={route.clientId} />;
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

  // No screen in the URL (a fresh start): go back to the last client, or to the list.
  useEffect(() => {
    if (route) return;
    navigate(lastClientId ? { name: 'client', id: lastClientId } : { name: 'clients' }, { replace: true });
  }, [route, lastClientId]);

  const actions = {
    newClient: () => dialogs.show({ kind: 'client' }),
    newChannel: () => {
      if (route?.name === 'client') dialogs.show({ kind: 'channel', clientId: route.id });
      if (route?.name === 'calendar') dialogs.show({ kind: 'channel', clientId: route.clientId });
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
        <div className={route?.name === 'calendar' ? styles.workspace : styles.page}>
          {route && <Screen route={route} />}
        </div>
      </main>
      <DialogHost />
    </div>
  );
}
