import { CompetitorsPage } from '../../../../../renderer/features/competitors/CompetitorsPage.tsx';
import type { Benchmark } from '../../../../../shared/domain/benchmark.ts';
import type { Competitor } from '../../../../../shared/domain/competitor.ts';
import type { CompetitorReadingRow } from '../../../../../shared/domain/competitor-readings.ts';
import type { Language } from '../../../../../shared/domain/prefs.ts';
import type { RpcError } from '../../../../../shared/errors.ts';
import { type FakeHandlers, makeClient } from '../../support/fake-bridge.ts';
import { renderWithApp } from '../../support/render-app.tsx';

export const client = makeClient({ timeZone: 'UTC' });

export const id = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

export function makeCompetitor(over: Partial<Competitor> & Pick<Competitor, 'name'>): Competitor {
  return {
    id: id(100),
    clientId: client.id,
    color: '#E4572E',
    notes: '',
    tags: [],
    archived: false,
    accounts: [],
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    deletedAt: null,
    ...over,
  };
}

export function readingRow(over: Partial<CompetitorReadingRow> & Pick<CompetitorReadingRow, 'accountId'>) {
  const row: CompetitorReadingRow = {
    competitorId: id(100),
    competitorName: 'Bloom',
    color: '#E4572E',
    network: 'instagram',
    handle: '@bloom',
    reading: null,
    previous: null,
    ...over,
  };
  return row;
}

export interface Options {
  competitors?: Competitor[];
  readings?: CompetitorReadingRow[];
  benchmark?: Benchmark;
  language?: Language;
  refuseSave?: RpcError;
  handlers?: FakeHandlers;
}

/** The Competitors screen over a fake backend that keeps competitors and readings as the real one does. */
export function renderCompetitors(options: Options = {}) {
  let competitors = options.competitors ?? [];
  const stored = new Map((options.readings ?? []).map((r) => [r.accountId, r]));
  let created = 0;
  const view = renderWithApp(<CompetitorsPage client={client} />, {
    language: options.language ?? 'en',
    handlers: {
      'competitors.list': ({ includeArchived }) => ({
        ok: true,
        value: competitors.filter((c) => includeArchived || !c.archived),
      }),
      'competitors.create': (input) => {
        created += 1;
        const competitor = makeCompetitor({
          id: id(200 + created),
          name: input.name,
          color: input.color,
          notes: input.notes ?? '',
          tags: input.tags ?? [],
          accounts: (input.accounts ?? []).map((a, i) => ({
            id: id(300 + i),
            network: a.network,
            handle: a.handle,
            url: a.url ?? '',
          })),
        });
        competitors = [...competitors, competitor];
        return { ok: true, value: competitor };
      },
      'competitors.archive': ({ id: which, archived }) => {
        competitors = competitors.map((c) => (c.id === which ? { ...c, archived } : c));
        const found = competitors.find((c) => c.id === which);
        return found
          ? { ok: true, value: found }
          : { ok: false, error: { code: 'not_found', message: 'gone' } };
      },
      'competitors.delete': ({ id: which }) => {
        const gone = competitors.find((c) => c.id === which);
        competitors = competitors.filter((c) => c.id !== which);
        return {
          ok: true,
          value: {
            type: 'competitor',
            id: which,
            label: gone?.name ?? '',
            network: null,
            clientName: client.name,
            deletedAt: '2026-11-02T10:00:00.000Z',
          },
        };
      },
      'trash.restoreMany': () => {
        competitors = options.competitors ?? [];
        return { ok: true, value: [] };
      },
      'competitors.readings': () => ({ ok: true, value: [...stored.values()] }),
      'competitors.saveReadings': (input) => {
        if (options.refuseSave) return { ok: false, error: options.refuseSave };
        for (const r of input.rows) {
          const row = stored.get(r.accountId);
          if (!row) continue;
          const { accountId: _, ...fields } = r;
          const base = row.reading ?? {
            takenOn: input.on,
            followers: null,
            posts: null,
            engagementsPerPost: null,
            standoutUrl: '',
            standoutNote: '',
          };
          const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
          stored.set(r.accountId, { ...row, reading: { ...base, ...defined } });
        }
        return { ok: true, value: [...stored.values()] };
      },
      ...(options.benchmark
        ? { 'competitors.benchmark': () => ({ ok: true, value: options.benchmark as Benchmark }) }
        : {}),
      ...options.handlers,
    },
  });
  const calls = (method: string) => view.fake.calls.filter((c) => c.method === method).map((c) => c.input);
  return { ...view, calls };
}

/** A cell of the readings grid: its row (0-based) and column (followers 0 … why it worked 4). */
export function cell(row: number, col: number): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[role="grid"] td[data-row="${row}"][data-col="${col}"]`);
  if (!el) throw new Error(`no cell ${row}/${col}`);
  return el;
}
