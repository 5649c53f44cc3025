import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalepinBridge } from '../../../../shared/contract.ts';
import { contextBridge, ipcRenderer } from '../support/fake-electron.ts';

vi.mock('electron', () => import('../support/fake-electron.ts'));

let bridge: CalepinBridge;
let exposed: unknown[][] = [];
beforeAll(async () => {
  await import('../../../../electron/preload/index.ts');
  exposed = [...contextBridge.exposeInMainWorld.mock.calls];
  bridge = exposed[0]?.[1] as CalepinBridge;
});
beforeEach(() => {
  ipcRenderer.invoke.mockReset();
  ipcRenderer.on.mockReset();
  ipcRenderer.removeListener.mockReset();
});

// The page calls with names it makes up; the types would stop a well-behaved caller first.
const loose = () =>
  bridge as unknown as {
    invoke: (m: unknown, i?: unknown) => Promise<unknown>;
    on: (e: unknown, f: unknown) => unknown;
  };

describe('the preload bridge', () => {
  it('exposes exactly invoke and on, once, and never ipcRenderer', () => {
    expect(exposed.map(([name]) => name)).toEqual(['calepin']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it('forwards a contract method to its IPC channel and returns the answer', async () => {
    const envelope = { ok: true, value: [] };
    ipcRenderer.invoke.mockResolvedValue(envelope);
    await expect(bridge.invoke('clients.list', { includeArchived: false })).resolves.toBe(envelope);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('calepin:clients.list', { includeArchived: false });
  });

  it.each(['fs.readFile', 'electron-store-get-data', '__proto__', 'constructor', 'toString'])(
    'refuses the unknown method %s without any IPC',
    async (name) => {
      await expect(loose().invoke(name, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown_method' },
      });
      expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('refuses a method name that is not a string', async () => {
    await expect(loose().invoke({ toString: () => 'clients.list' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers event payloads without the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const off = bridge.on('menu.command', listener);
    const [channel, forward] = ipcRenderer.on.mock.calls[0] ?? [];
    expect(channel).toBe('calepin:event:menu.command');
    const ipcEvent = { sender: ipcRenderer, senderId: 0 };
    forward(ipcEvent, 'newClient');
    expect(listener.mock.calls).toEqual([['newClient']]);
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('calepin:event:menu.command', forward);
  });

  it('refuses to listen to events outside the contract', () => {
    expect(() => loose().on('calepin:clients.delete', vi.fn())).toThrow(TypeError);
    expect(() => loose().on('electron-store-get-data', vi.fn())).toThrow(TypeError);
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });
});
