import { dialogs, RecoveryScreen, screens } from '../../../../renderer/app/screens.ts';
import { toasterCode } from '../../../../renderer/app/Toasts.tsx';
import { calendarParts } from '../../../../renderer/features/calendar/parts.ts';
import { ClientsTable } from '../../../../renderer/features/clients/clients-table-part.ts';
import { menuCode } from '../../../../renderer/ui/menu-code.ts';

/**
 * Fetches every screen's and dialog's code, and the menus' and toasts', before a test renders the
 * whole app, as the idle prefetch does in the window: the test then waits on its data, never on
 * loading modules.
 */
export const loadAllScreens = () =>
  Promise.all(
    [
      ...Object.values(screens),
      ...Object.values(dialogs),
      RecoveryScreen,
      ClientsTable,
      ...calendarParts,
      { preload: menuCode.load },
      { preload: toasterCode.load },
    ].map((part) => part.preload()),
  );
