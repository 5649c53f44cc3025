import { BrowserWindow, type Rectangle, screen } from 'electron';
import { Bounds } from '../../shared/domain/prefs.ts';
import type { PrefsStore } from '../prefs/types.ts';

export interface WindowOptions {
  prefs: PrefsStore;
  preloadPath: string;
  /** `app://calepin/index.html`, or the dev server's address when unpackaged. */
  url: string;
}

const DEFAULT_SIZE = { width: 1280, height: 820 };

/** Saved bounds are reused only if they still overlap a screen (a second monitor may be gone). */
function restoredBounds(saved: Rectangle | null): Partial<Rectangle> {
  if (!saved) return DEFAULT_SIZE;
  const visible = screen.getAllDisplays().some(({ workArea: area }) => {
    const right = Math.min(saved.x + saved.width, area.x + area.width);
    const bottom = Math.min(saved.y + saved.height, area.y + area.height);
    return right - Math.max(saved.x, area.x) >= 100 && bottom - Math.max(saved.y, area.y) >= 100;
  });
  return visible ? saved : { width: saved.width, height: saved.height };
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...restoredBounds(options.prefs.get().windowBounds),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Calepin',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = Bounds.safeParse(window.getNormalBounds());
    if (bounds.success) options.prefs.set({ windowBounds: bounds.data });
  });
  window.loadURL(options.url).catch((error: unknown) => console.error('Could not load the app:', error));
  return window;
}
