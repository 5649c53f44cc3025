import type { AppInfo, CalepinBridge, Input, Method, Output } from '../../../../shared/contract.ts';
import type { BackupInfo } from '../../../../shared/domain/backup.ts';
import type { Client } from '../../../../shared/domain/client.ts';
import { DEFAULT_PREFS, type Prefs } from '../../../../shared/domain/prefs.ts';
import type { Envelope } from '../../../../shared/errors.ts';

/** A handler may answer later (a promise), so a test can look at the screen while a call is in flight. */
type Handler<M extends Method> = (input: Input<M>) => Envelope<Output<M>> | Promise<Envelope<Output<M>>>;
export type FakeHandlers = { [M in Method]?: Handler<M> };

const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });

/** An in-memory window.calepin: prefs and a client list, plus whatever a test overrides. */
export function createFakeBridge(overrides: FakeHandlers = {}, savedPrefs: Partial<Prefs> = {}) {
  let prefs: Prefs = { ...DEFAULT_PREFS, ...savedPrefs };
  const clients: Client[] = [];
  const calls: { method: Method; input: unknown }[] = [];
  const defaults: FakeHandlers = {
    'app.info': () => ok(makeAppInfo()),
    // The whole-file check after the first screen found nothing.
    'app.dataChecked': () => ok(makeAppInfo()),
    'prefs.get': () => ok(prefs),
    'prefs.set': (patch) => {
      prefs = { ...prefs, ...patch };
      return ok(prefs);
    },
    'clients.list': () => ok(clients),
    'channels.list': () => ok([]),
    'trash.list': () => ok([]),
  };
  const handlers: FakeHandlers = { ...defaults, ...overrides };
  const bridge: CalepinBridge = {
    async invoke<M extends Method>(method: M, input: Input<M>): Promise<Envelope<Output<M>>> {
      calls.push({ method, input });
      const handler = handlers[method] as Handler<M> | undefined;
      if (!handler) return { ok: false, error: { code: 'unknown_method', message: `fake: ${method}` } };
      return handler(input);
    },
    on: () => () => {},
  };
  return { bridge, calls, prefs: () => prefs };
}

/** A stored client as the bridge returns it; tests override what they are about. */
export function makeClient(overrides: Partial<Client> = {}): Client {
  return {
    id: '0190a000-0000-7000-8000-000000000001',
    name: 'Atelier Rose',
    color: '#2E86AB',
    timeZone: 'UTC',
    currency: 'EUR',
    engagementBasis: 'reach',
    notes: '',
    archived: false,
    channelCount: 0,
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

/** The app's info with its data open; a test about the recovery screen sets `problem`. */
export function makeAppInfo(overrides: Partial<AppInfo> = {}): AppInfo {
  return {
    version: '0.1.0',
    dataDir: '/data',
    dbPath: '/data/calepin.db',
    schemaVersion: 1,
    host: 'web',
    lastBackup: null,
    problem: null,
    ...overrides,
  };
}

/** A backup as `backups.list` returns it, named from its kind and date as the main process names them. */
export function makeBackup(takenAt: string, overrides: Partial<BackupInfo> = {}): BackupInfo {
  const kind = overrides.kind ?? 'auto';
  const prefix = {
    auto: 'calepin',
    manual: 'manual',
    beforeRestore: 'before-restore',
    beforeImport: 'before-import',
    beforeMigration: 'pre-migration-v1',
  }[kind];
  const stamp = takenAt.replace(/[-:]/g, '').slice(0, 15);
  return { name: `${prefix}-${stamp}Z.sqlite`, kind, takenAt, size: 12_400_000, ...overrides };
}
