import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, which cannot load outside Electron. Test files install it
 * with `vi.mock('electron', () => import('./fake-electron.ts'))` and read the same instance back.
 */
type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? [])
      (listener as (...a: unknown[]) => unknown)(...args);
  }
}

/** What Electron hands to listeners of events that can be cancelled or delayed. */
export class FakeEvent {
  defaultPrevented = false;
  readonly preventDefault = vi.fn(() => {
    this.defaultPrevented = true;
  });
}

/** Emits a cancellable event, as Electron does; true when a listener prevented it. */
export function emitPrevented(emitter: FakeEmitter, name: string, ...args: unknown[]): boolean {
  const event = new FakeEvent();
  emitter.emit(name, event, ...args);
  return event.defaultPrevented;
}

export interface FakeFrame {
  processId: number;
  routingId: number;
  url: string;
}

export class FakeWebContents extends FakeEmitter {
  mainFrame: FakeFrame = { processId: 4, routingId: 1, url: 'app://calepin/index.html' };
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly send = vi.fn();
  /** As Electron's: the PDF of what the contents show, laid out by their print styles. */
  readonly printToPDF = vi.fn(async (_options: Record<string, unknown>) => Buffer.from('%PDF-1.7 fake'));
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

export class BrowserWindow extends FakeEmitter {
  static readonly instances: BrowserWindow[] = [];
  static getAllWindows = () => BrowserWindow.instances.filter((w) => !w.destroyed);
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  normalBounds = { x: 40, y: 30, width: 1100, height: 760 };
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly loadFile = vi.fn(async (_path: string) => {});
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  /** As Electron: `close` may be prevented; otherwise the window goes, and the last one going may quit. */
  readonly close = vi.fn(() => {
    if (this.destroyed || emitPrevented(this, 'close')) return;
    this.destroyed = true;
    this.emit('closed');
    if (!app.quitting && BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  });
  readonly options: Record<string, unknown>;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    BrowserWindow.instances.push(this);
  }
  getNormalBounds() {
    return this.normalBounds;
  }
  isMinimized() {
    return this.minimized;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

class FakeApp extends FakeEmitter {
  isPackaged = true;
  locale = 'en-US';
  lockGranted = true;
  readonly paths = new Map<string, string>([['userData', '/home/ada/.config/Calepin']]);
  quitting = false;
  /** Whether the process would now end: `will-quit` went through. */
  exited = false;
  /** As Electron: `before-quit`, then every window's close (any may refuse), then `will-quit`. */
  readonly quit = vi.fn(() => {
    if (emitPrevented(this, 'before-quit')) return;
    this.quitting = true;
    for (const window of BrowserWindow.getAllWindows()) {
      window.close();
      if (!window.isDestroyed()) {
        this.quitting = false;
        return;
      }
    }
    if (emitPrevented(this, 'will-quit')) {
      this.quitting = false;
      return;
    }
    this.exited = true;
  });
  readonly exit = vi.fn();
  readonly relaunch = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.lockGranted);
  readonly whenReady = vi.fn(async () => {});
  getPath(name: string): string {
    return this.paths.get(name) ?? `/tmp/${name}`;
  }
  readonly setPath = vi.fn((name: string, value: string) => {
    this.paths.set(name, value);
  });
  getLocale() {
    return this.locale;
  }
  getVersion() {
    return '1.2.3';
  }
}

export const app = new FakeApp();

type InvokeHandler = (event: unknown, input: unknown) => unknown;
export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle: vi.fn((channel: string, handler: InvokeHandler) => {
    // Electron throws on a second handler for one channel; so does the fake.
    if (ipcMain.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

/** Emits `shutdown` (Linux, macOS) once the app is ready, as Electron does. */
export const powerMonitor = new FakeEmitter();

export const shell = { openExternal: vi.fn(async (_url: string) => {}) };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const dialog = {
  showErrorBox: vi.fn(),
  showMessageBox: vi.fn(async (_options: { buttons: string[] }) => ({ response: 0 })),
};
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
};
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
export const net = { fetch: vi.fn() };
