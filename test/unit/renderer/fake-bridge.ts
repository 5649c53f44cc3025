import type { CalepinBridge, Input, Method, Output } from '../../../shared/contract.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { DEFAULT_PREFS, type Prefs } from '../../../shared/domain/prefs.ts';
import type { Envelope } from '../../../shared/errors.ts';

type Handler<M extends Method> = (input: Input<M>) => Envelope<Output<M>>;
export type FakeHandlers = { [M in Method]?: Handler<M> };

const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });

/** An in-memory window.calepin: prefs and a client list, plus whatever a test overrides. */
export function createFakeBridge(overrides: FakeHandlers = {}, savedPrefs: Partial<Prefs> = {}) {
  let prefs: Prefs = { ...DEFAULT_PREFS, ...savedPrefs };
  const clients: Client[] = [];
  const calls: { method: Method; input: unknown }[] = [];
  const defaults: FakeHandlers = {
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
