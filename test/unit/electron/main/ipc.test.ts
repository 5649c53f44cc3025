import type { BrowserWindow } from 'electron';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../../electron/api/dispatch.ts';
import { sendEvent, setupIpc } from '../../../../electron/main/ipc.ts';
import { METHODS } from '../../../../shared/contract.ts';
import { FakeWebContents, BrowserWindow as FakeWindow, ipcMain } from '../support/fake-electron.ts';

vi.mock('electron', () => import('../support/fake-electron.ts'));

const ORIGINS = ['app://calepin'];
const ENVELOPE = { ok: true as const, value: [{ id: 'c1', name: 'Boulangerie Martin' }] };
const dispatch = vi.fn<Dispatch>(async () => ENVELOPE);
const window = new FakeWindow({});
let current: FakeWindow | null = window;

beforeAll(() => {
  setupIpc({ dispatch, window: () => current as unknown as BrowserWindow | null, origins: ORIGINS });
});
beforeEach(() => {
  dispatch.mockClear();
  current = window;
  window.webContents.mainFrame = { processId: 4, routingId: 1, url: 'app://calepin/index.html' };
});

const ownEvent = () => ({ sender: window.webContents, senderFrame: { ...window.webContents.mainFrame } });

function call(method: string, event: unknown, input?: unknown) {
  const handler = ipcMain.handlers.get(`calepin:${method}`);
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler(event, input);
}

describe('IPC registration', () => {
  it('registers every method of the contract exactly once', () => {
    // The fake, like Electron, throws on a second handler for one channel.
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHODS.map((m) => `calepin:${m}`).sort());
  });

  it('passes a call from our window to the dispatch and returns its envelope', async () => {
    const input = { includeArchived: true };
    await expect(call('clients.list', ownEvent(), input)).resolves.toEqual(ENVELOPE);
    expect(dispatch).toHaveBeenCalledWith('clients.list', input);
  });

  it('refuses the dev server origin when it is not trusted (packaged app)', async () => {
    window.webContents.mainFrame.url = 'http://localhost:5173/';
    expect(await call('app.info', ownEvent())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('IPC sender validation', () => {
  const foreign: Record<string, () => unknown> = {
    'another web contents': () => ({
      sender: new FakeWebContents(),
      senderFrame: new FakeWebContents().mainFrame,
    }),
    'an iframe of our window': () => ({
      sender: window.webContents,
      senderFrame: { processId: 4, routingId: 7, url: 'app://calepin/index.html' },
    }),
    'our frame after navigating elsewhere': () => ({
      sender: window.webContents,
      senderFrame: { ...window.webContents.mainFrame, url: 'https://evil.example/' },
    }),
    'a frame that is gone': () => ({ sender: window.webContents, senderFrame: null }),
  };

  for (const [name, event] of Object.entries(foreign)) {
    it(`refuses ${name} with forbidden, without calling the handler`, async () => {
      const envelope = await call('clients.create', event(), { name: 'x' });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(dispatch).not.toHaveBeenCalled();
    });
  }

  it('refuses every call while the window is closed', async () => {
    current = null;
    expect(await call('clients.list', ownEvent())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('events to the window', () => {
  it('sends menu commands on the event channel', () => {
    sendEvent(window as unknown as BrowserWindow, 'menu.command', 'newClient');
    expect(window.webContents.send).toHaveBeenCalledWith('calepin:event:menu.command', 'newClient');
  });

  it('drops events when there is no window', () => {
    expect(() => sendEvent(null, 'menu.command', 'openTrash')).not.toThrow();
  });
});
