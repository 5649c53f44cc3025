import { cleanup } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach } from 'vitest';
import type { Channel } from '../../../../../shared/domain/channel.ts';
import type { Expert } from '../../../../../shared/domain/expert.ts';
import type { Idea } from '../../../../../shared/domain/idea.ts';
import type { Pillar } from '../../../../../shared/domain/pillar.ts';
import type { Language } from '../../../../../shared/domain/prefs.ts';
import type { TrendNote } from '../../../../../shared/domain/trend-note.ts';
import { type FakeHandlers, makeClient } from '../../support/fake-bridge.ts';
import { renderWithApp } from '../../support/render-app.tsx';

export const client = makeClient({ name: 'Studio Yoga', timeZone: 'UTC' });

export const id = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

const STAMP = '2026-11-02T09:00:00.000Z';

export function makeIdea(over: Partial<Idea> & Pick<Idea, 'title'>): Idea {
  return {
    id: id(100),
    clientId: client.id,
    notes: '',
    sourceUrl: '',
    expertId: null,
    picture: null,
    tags: [],
    pillarId: null,
    network: null,
    segmentId: null,
    useBefore: null,
    status: 'new',
    postIds: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    deletedAt: null,
    ...over,
  };
}

export interface IdeasOptions {
  ideas?: Idea[];
  experts?: Expert[];
  trends?: TrendNote[];
  pillars?: Pillar[];
  channels?: Channel[];
  language?: Language;
  handlers?: FakeHandlers;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A fake backend that keeps ideas as the real one does (a client's list holds the shared ideas,
 * newest first; search ignores accents), with experts, trends, pillars and channels as given.
 */
export function renderIdeas(ui: ReactNode, options: IdeasOptions = {}) {
  let ideas = options.ideas ?? [];
  let made = 0;
  const view = renderWithApp(ui, {
    language: options.language ?? 'en',
    handlers: {
      'ideas.list': (input) => ({
        ok: true,
        value: ideas
          .filter((i) => i.clientId === null || i.clientId === input.clientId)
          .filter((i) => !input.statuses || input.statuses.includes(i.status))
          .filter((i) => !input.search || fold(`${i.title} ${i.notes}`).includes(fold(input.search)))
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      }),
      'ideas.tags': () => ({ ok: true, value: [...new Set(ideas.flatMap((i) => i.tags))] }),
      'ideas.create': (input) => {
        made += 1;
        const idea = makeIdea({
          ...input,
          id: id(500 + made),
          notes: input.notes ?? '',
          createdAt: `2026-11-03T09:00:${String(made).padStart(2, '0')}.000Z`,
        } as Partial<Idea> & Pick<Idea, 'title'>);
        ideas = [...ideas, idea];
        return { ok: true, value: idea };
      },
      'ideas.update': ({ id: which, ...patch }) => {
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        ideas = ideas.map((i) =>
          i.id === which ? { ...i, ...defined, title: (defined.title as string)?.trim() ?? i.title } : i,
        );
        const found = ideas.find((i) => i.id === which);
        return found
          ? { ok: true, value: found }
          : { ok: false, error: { code: 'not_found', message: 'gone' } };
      },
      'ideas.delete': ({ id: which }) => {
        const gone = ideas.find((i) => i.id === which);
        ideas = ideas.filter((i) => i.id !== which);
        return {
          ok: true,
          value: {
            type: 'idea',
            id: which,
            label: gone?.title ?? '',
            network: null,
            clientName: client.name,
            deletedAt: STAMP,
          },
        };
      },
      'ideas.toPost': (input) => {
        const idea = ideas.find((i) => i.id === input.id);
        if (!idea) return { ok: false, error: { code: 'not_found', message: 'gone' } };
        const before = { clientId: idea.clientId, status: idea.status };
        ideas = ideas.map((i) => (i.id === input.id ? { ...i, status: 'planned' } : i));
        return {
          ok: true,
          value: { post: { id: id(900) } as never, idea: { ...idea, status: 'planned' }, before },
        };
      },
      'experts.list': () => ({ ok: true, value: options.experts ?? [] }),
      'trends.list': () => ({ ok: true, value: options.trends ?? [] }),
      'pillars.list': () => ({ ok: true, value: options.pillars ?? [] }),
      'segments.list': () => ({ ok: true, value: [] }),
      'channels.list': () => ({ ok: true, value: options.channels ?? [] }),
      ...options.handlers,
    },
  });
  return { ...view, ideas: () => ideas };
}

/** The calls made to one method, their inputs in order. */
export const inputsOf = (calls: readonly { method: string; input: unknown }[], method: string) =>
  calls.filter((c) => c.method === method).map((c) => c.input);

/** jsdom lays nothing out: every box gets a size, so the list's virtual rows have a pane to fill. */
export function layOutEachTest(height = 600, width = 1200) {
  const proto = HTMLElement.prototype;
  beforeEach(() => {
    Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => height });
    Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => width });
  });
  afterEach(() => {
    cleanup();
    delete (proto as { clientHeight?: number }).clientHeight;
    delete (proto as { clientWidth?: number }).clientWidth;
  });
}
