import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract.ts';
import type { Language } from '../../shared/domain/prefs.ts';
import { MENU_LABELS } from './menu-labels.ts';

export interface MenuOptions {
  language: Language;
  /** Reload and developer tools exist only in development. */
  isDev: boolean;
  platform: NodeJS.Platform;
  /** Forwards a command to the window (`menu.command`), where the renderer acts on it. */
  send: (command: MenuCommand) => void;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[options.language];
  const isMac = options.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.send(name),
  });
  const settings = command(t.settings, 'openSettings', 'CmdOrCtrl+,');

  const appMenu: MenuItemConstructorOptions = {
    label: 'Calepin',
    submenu: [
      { role: 'about', label: t.about },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide },
      { type: 'separator' },
      { role: 'quit', label: t.quit },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      command(t.newClient, 'newClient', 'CmdOrCtrl+N'),
      command(t.captureIdea, 'captureIdea', 'CmdOrCtrl+Shift+I'),
      ...(isMac ? [] : [settings]),
      command(t.trash, 'openTrash'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...(options.isDev
        ? [
            { role: 'reload', label: t.reload } as const,
            // Its usual Ctrl+Shift+I captures an idea.
            { role: 'toggleDevTools', label: t.devTools, accelerator: 'F12' } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullscreen },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: t.window,
    submenu: [
      { role: 'minimize', label: t.minimize },
      ...(isMac ? [{ role: 'zoom', label: t.zoom } as const] : []),
      { role: 'close', label: t.close },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t.help,
    submenu: [command(t.shortcuts, 'showShortcuts', 'CmdOrCtrl+/')],
  };
  return [...(isMac ? [appMenu] : []), file, edit, view, window, help];
}

/** Call at `ready`, and again when the language preference changes. */
export function setupMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
