import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../../electron/main/window.ts';
import { BrowserWindow, screen } from '../support/fake-electron.ts';
import { memoryPrefs } from '../support/memory-prefs.ts';

vi.mock('electron', () => import('../support/fake-electron.ts'));

const open = (prefs = memoryPrefs()) => {
  createMainWindow({ prefs, preloadPath: '/app/out/preload/index.cjs', url: 'app://calepin/index.html' });
  const window = BrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
};

describe('the main window', () => {
  beforeEach(() => {
    BrowserWindow.instances.length = 0;
  });

  it('isolates the page from Node and Electron', () => {
    const window = open();
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    });
  });

  it('loads the app page and shows only once it is painted', () => {
    const window = open();
    expect(window.loadURL).toHaveBeenCalledWith('app://calepin/index.html');
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('reopens where the user left it, and remembers the new place on close', () => {
    const prefs = memoryPrefs({ windowBounds: { x: 100, y: 80, width: 1000, height: 700 } });
    const window = open(prefs);
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
    window.normalBounds = { x: 200, y: 150, width: 1200, height: 800 };
    window.emit('close');
    expect(prefs.current.windowBounds).toEqual({ x: 200, y: 150, width: 1200, height: 800 });
  });

  it('keeps the size but not the position when that screen is gone', () => {
    screen.getAllDisplays.mockReturnValueOnce([{ workArea: { x: 0, y: 0, width: 1440, height: 900 } }]);
    const window = open(memoryPrefs({ windowBounds: { x: 3000, y: 100, width: 1000, height: 700 } }));
    expect(window.options).toMatchObject({ width: 1000, height: 700 });
    expect(window.options).not.toHaveProperty('x');
  });
});
