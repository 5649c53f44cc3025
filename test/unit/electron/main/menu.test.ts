import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { uiLanguage } from '../../../../electron/main/language.ts';
import { type MenuOptions, menuTemplate, setupMenu } from '../../../../electron/main/menu.ts';
import { Menu } from '../support/fake-electron.ts';

vi.mock('electron', () => import('../support/fake-electron.ts'));

const options = (over: Partial<MenuOptions> = {}): MenuOptions => ({
  language: 'en',
  isDev: false,
  platform: 'linux',
  send: vi.fn(),
  ...over,
});

/** Every item of the menu, depth first. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}
const find = (template: MenuItemConstructorOptions[], label: string) => {
  const item = items(template).find((i) => i.label === label);
  if (!item) throw new Error(`no menu item ${label}`);
  return item;
};
const click = (item: MenuItemConstructorOptions) => (item.click as unknown as (() => void) | undefined)?.();

describe('the application menu', () => {
  it('sends each command to the window with its shortcut', () => {
    const send = vi.fn();
    const template = menuTemplate(options({ send }));
    const expected = [
      ['New client', 'CmdOrCtrl+N', 'newClient'],
      ['Capture an idea…', 'CmdOrCtrl+Shift+I', 'captureIdea'],
      ['Settings…', 'CmdOrCtrl+,', 'openSettings'],
      ['Trash', undefined, 'openTrash'],
      ['Keyboard shortcuts', 'CmdOrCtrl+/', 'showShortcuts'],
    ] as const;
    for (const [label, accelerator, command] of expected) {
      const item = find(template, label);
      expect(item.accelerator).toBe(accelerator);
      click(item);
      expect(send).toHaveBeenLastCalledWith(command);
    }
  });

  it('speaks French to a French user', () => {
    const labels = menuTemplate(options({ language: 'fr' })).map((item) => item.label);
    expect(labels).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(items(menuTemplate(options({ language: 'fr' }))).map((i) => i.label)).toContain('Nouveau client');
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => items(menuTemplate(options({ isDev }))).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('togglefullscreen');
    expect(roles(true)).toContain('reload');
    // Ctrl+Shift+I captures an idea: the developer tools move to F12.
    const devTools = items(menuTemplate(options({ isDev: true }))).find((i) => i.role === 'toggleDevTools');
    expect(devTools?.accelerator).toBe('F12');
  });

  it('keeps the standard editing roles so copy and paste work in every field', () => {
    const roles = items(menuTemplate(options())).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('puts Settings in the application menu on macOS', () => {
    const [appMenu] = menuTemplate(options({ platform: 'darwin' }));
    expect(appMenu?.label).toBe('Calepin');
    expect(items([appMenu ?? {}]).map((i) => i.label)).toContain('Settings…');
  });

  it('installs the menu', () => {
    setupMenu(options());
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });
});

describe('the interface language', () => {
  it('follows the user choice, else the system locale', () => {
    expect(uiLanguage(null, 'fr-CA')).toBe('fr');
    expect(uiLanguage(null, 'fr')).toBe('fr');
    expect(uiLanguage(null, 'en-GB')).toBe('en');
    expect(uiLanguage(null, 'de')).toBe('en');
    expect(uiLanguage('en', 'fr-FR')).toBe('en');
    expect(uiLanguage('fr', 'en-US')).toBe('fr');
  });
});
