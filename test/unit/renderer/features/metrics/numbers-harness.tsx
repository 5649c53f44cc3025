import { cleanup, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach } from 'vitest';
import { NumbersPage } from '../../../../../renderer/features/metrics/NumbersPage.tsx';
import { zonedToday } from '../../../../../shared/calendar/zoned.ts';
import type { Channel } from '../../../../../shared/domain/channel.ts';
import type { Client } from '../../../../../shared/domain/client.ts';
import {
  EMPTY_METRICS,
  METRICS,
  type Metric,
  type MetricsRow,
  type MetricValues,
  type SavedMetrics,
} from '../../../../../shared/domain/metrics.ts';
import type { Language } from '../../../../../shared/domain/prefs.ts';
import type { RpcError } from '../../../../../shared/errors.ts';
import { type FakeHandlers, makeClient } from '../../support/fake-bridge.ts';
import { makeChannel } from '../../support/make-channel.ts';
import { renderWithApp } from '../../support/render-app.tsx';

/** Shared by the Numbers screen's tests: a client, its channel, published posts, a stateful fake backend. */
export const client: Client = makeClient({ timeZone: 'UTC', currency: 'EUR', engagementBasis: 'reach' });
export const today = zonedToday(new Date(), 'UTC');

export const channel: Channel = makeChannel({ clientId: client.id });

export const postId = (i: number) => `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`;

export function row(
  i: number,
  over: Partial<Omit<MetricsRow, 'values'>> & { values?: Partial<MetricValues> } = {},
) {
  const { values, ...rest } = over;
  const out: MetricsRow = {
    postId: postId(i),
    channelId: channel.id,
    network: 'instagram',
    channelHandle: channel.handle,
    date: '2026-11-23',
    time: `${String(8 + (i % 10)).padStart(2, '0')}:00`,
    format: 'image',
    paid: false,
    caption: `Post number ${i}`,
    values: { ...EMPTY_METRICS, ...values },
    takenOn: null,
    followers: null,
    ...rest,
  };
  return out;
}

export const col = (metric: Metric) => METRICS.indexOf(metric);

/** The grid's cell editor, if one is open: the "Numbers as of" date above the grid is a textbox too. */
export const cellEditor = (): HTMLInputElement | null =>
  within(screen.getByRole('grid')).queryByRole('textbox') as HTMLInputElement | null;

/** The cell of a row (0-based, in the grid's order) and a metric. */
export function cell(rowIndex: number, metric: Metric): HTMLElement {
  const el = document.querySelector<HTMLElement>(
    `[role="grid"] td[data-row="${rowIndex}"][data-col="${col(metric)}"]`,
  );
  if (!el) throw new Error(`no cell ${rowIndex}/${metric} in the DOM`);
  return el;
}

/** jsdom lays nothing out: give every box a size, as TanStack Virtual's docs suggest for tests. */
function mockLayout(height: number, width: number): () => void {
  const proto = HTMLElement.prototype;
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => width });
  return () => {
    delete (proto as { clientHeight?: number }).clientHeight;
    delete (proto as { clientWidth?: number }).clientWidth;
  };
}

/** Every test of the file runs in a pane of this size (600 pixels show about a dozen rows), and is unmounted after. */
export function layOutEachTest(height = 600, width = 1200) {
  let restore = () => {};
  beforeEach(() => {
    restore = mockLayout(height, width);
  });
  afterEach(() => {
    cleanup();
    restore();
  });
}

export interface NumbersOptions {
  rows: MetricsRow[];
  language?: Language;
  handlers?: FakeHandlers;
  channels?: Channel[];
  /** The save refuses with this error instead of writing. */
  refuseSave?: RpcError;
  client?: Client;
}

let leave = () => {};

/** Goes to another screen as Back does: the Numbers screen unmounts, with no blur before. */
export const leaveScreen = () => leave();

/** The Numbers screen, or another one once left. */
function Screen({ client: shown }: { client: Client }) {
  const [here, setHere] = useState(true);
  leave = () => setHere(false);
  return here ? <NumbersPage client={shown} /> : <p>Another screen</p>;
}

/** The Numbers screen over a fake backend that keeps what is saved, as the real one does. */
export function renderNumbers(options: NumbersOptions) {
  const { rows, language = 'en', handlers = {}, channels = [channel], refuseSave } = options;
  const stored = new Map(rows.map((r) => [r.postId, r]));
  const view = renderWithApp(<Screen client={options.client ?? client} />, {
    language,
    handlers: {
      'channels.list': () => ({ ok: true, value: channels }),
      'metrics.grid': () => ({ ok: true, value: [...stored.values()] }),
      'metrics.save': (input) => {
        if (refuseSave) return { ok: false, error: refuseSave };
        const touched = new Map<string, SavedMetrics>();
        for (const c of input.cells) {
          const r = stored.get(c.postId);
          if (!r) continue;
          const next = { ...r, values: { ...r.values, [c.metric]: c.value }, takenOn: input.on };
          stored.set(c.postId, next);
          touched.set(c.postId, { postId: c.postId, takenOn: input.on, values: next.values });
        }
        return { ok: true, value: [...touched.values()] };
      },
      ...handlers,
    },
  });
  const saves = () =>
    view.fake.calls
      .filter((c) => c.method === 'metrics.save')
      .map((c) => c.input as { on: string; cells: unknown[] });
  return { ...view, saves, stored };
}
