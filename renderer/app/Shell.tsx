import { useEffect, useMemo, useState } from 'react';
import type { Client } from '../../shared/domain/client.ts';
import { useDialogs } from '../common/hooks/dialogs.ts';
import {
  type ClientArea,
  clientIdOf,
  hrefOf,
  isClientRoute,
  navigate,
  parseHash,
  type Route,
  useRoute,
} from '../common/hooks/route.ts';
import { useShortcuts } from '../common/hooks/shortcuts.ts';
import { useUndo } from '../common/hooks/undo.ts';
import type { Preloadable } from '../common/lazy/preloadable.tsx';
import { ScreenBoundary } from '../common/lazy/ScreenBoundary.tsx';
import { ClientScreen } from './ClientScreen.tsx';
import { DialogHost } from './DialogHost.tsx';
import { startRoute } from './first-screen.ts';
import { useMenuCommands } from './menu-commands.ts';
import { usePrefetchScreens } from './prefetch.ts';
import styles from './Shell.module.css';
import { Sidebar } from './Sidebar.tsx';
import { screens } from './screens.ts';

/** Each of a client's screens, and whether it fills the window (its own panes scroll) or reads as a page. */
const AREAS: Record<ClientArea, { Page: Preloadable<{ client: Client }>; fill: boolean }> = {
  week: { Page: screens.week, fill: true },
  calendar: { Page: screens.calendar, fill: true },
  audience: { Page: screens.audience, fill: false },
  numbers: { Page: screens.numbers, fill: true },
  kpis: { Page: screens.kpis, fill: false },
  objectives: { Page: screens.objectives, fill: false },
  listening: { Page: screens.listening, fill: true },
  competitors: { Page: screens.competitors, fill: false },
  ideas: { Page: screens.ideas, fill: true },
  audit: { Page: screens.audit, fill: false },
  reports: { Page: screens.reports, fill: true },
};

/** The code a route draws with. */
function codeOf(route: Route): Preloadable<never> {
  return (isClientRoute(route) ? AREAS[route.name].Page : screens[route.name]) as Preloadable<never>;
}

/**
 * The address of the screen to draw: the route's once its code is there, else the one before, left
 * in place (never a blank in between) until the code comes — and then only if the user is still
 * there: quick clicks through screens still loading end on the last one.
 */
function useShownHref(route: Route | null): string {
  const href = route ? hrefOf(route) : '';
  const ready = route === null || codeOf(route).settled();
  const [held, setHeld] = useState(href);
  useEffect(() => {
    if (ready) {
      setHeld(href);
      return;
    }
    const target = parseHash(href);
    if (!target) return;
    let current = true;
    void codeOf(target)
      .preload()
      .then(() => {
        if (current) setHeld(href);
      });
    return () => {
      current = false;
    };
  }, [href, ready]);
  return ready ? href : held;
}

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
      return <screens.clients />;
    case 'client':
      return <screens.client key={route.id} id={route.id} />;
    case 'trash':
      return <screens.trash />;
    case 'settings':
      return <screens.settings />;
  }
}

/** Sidebar + current screen; owns the shortcuts and menu commands, which act on the whole app. */
export function Shell({ lastClientId }: { lastClientId: string | null }) {
  const route = useRoute();
  const href = useShownHref(route);
  const shown = useMemo(() => parseHash(href), [href]);
  const dialogs = useDialogs();
  const undo = useUndo();

  // No screen in the URL (a fresh start): back to the last client's week, or to the list.
  useEffect(() => {
    if (route) return;
    navigate(startRoute(lastClientId), { replace: true });
  }, [route, lastClientId]);
  // Once the first screen is up, the others' code comes on idle: opening them never waits.
  usePrefetchScreens();

  const actions = {
    newClient: () => dialogs.show({ kind: 'client' }),
    newChannel: () => {
      if (route?.name === 'client') dialogs.show({ kind: 'channel', clientId: route.id });
      if (isClientRoute(route)) dialogs.show({ kind: 'channel', clientId: route.clientId });
    },
    undo: undo.undoLast,
    settings: () => navigate({ name: 'settings' }),
    help: () => dialogs.show({ kind: 'shortcuts' }),
    captureIdea: () => dialogs.show({ kind: 'capture', clientId: clientIdOf(route) ?? lastClientId }),
  };
  useShortcuts(actions);
  useMenuCommands({
    newClient: actions.newClient,
    openSettings: actions.settings,
    openTrash: () => navigate({ name: 'trash' }),
    showShortcuts: actions.help,
    captureIdea: actions.captureIdea,
  });

  return (
    <div className={styles.shell}>
      <Sidebar route={route} />
      <main className={styles.main}>
        <div className={isClientRoute(shown) && AREAS[shown.name].fill ? styles.workspace : styles.page}>
          {shown && (
            <ScreenBoundary at={href}>
              <Screen route={shown} />
            </ScreenBoundary>
          )}
        </div>
      </main>
      <DialogHost />
    </div>
  );
}
