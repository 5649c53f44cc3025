// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Composer } from '../../../../renderer/features/calendar/Composer.tsx';
import { draftOf, newDraft } from '../../../../renderer/features/calendar/post-draft.ts';
import type { Channel } from '../../../../shared/domain/channel.ts';
import type { Post } from '../../../../shared/domain/post.ts';
import { makeClient } from '../fake-bridge.ts';
import { flushEventsOn } from '../flush-events.ts';
import { renderWithApp } from '../render-app.tsx';

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  cleanup();
});

const client = makeClient({ timeZone: 'Europe/Paris' });
const channel: Channel = {
  id: '0190a000-0000-7000-8000-0000000000c1',
  clientId: client.id,
  network: 'instagram',
  kind: 'networking',
  handle: '@atelier.rose',
  url: '',
  archived: false,
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
};
const stored: Post = {
  id: '0190a000-0000-7000-8000-0000000000f1',
  clientId: client.id,
  channelId: channel.id,
  plannedAt: '2026-11-23T08:00:00.000Z',
  timeZone: 'Europe/Paris',
  status: 'draft',
  publishedAt: null,
  format: 'text',
  caption: '',
  linkUrl: '',
  pillarId: null,
  campaign: '',
  paid: false,
  budgetCents: null,
  notes: '',
  attachments: [],
  segmentIds: [],
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
};

function renderComposer(post: Post | null) {
  const view = renderWithApp(
    <Composer
      client={client}
      channels={[channel]}
      post={post}
      initial={post ? draftOf(post, client.timeZone) : newDraft(channel.id, '2026-11-23', '09:00')}
      onClose={() => {}}
      onDelete={() => {}}
      onDuplicate={() => {}}
    />,
    {
      handlers: {
        'posts.create': (input) => ({ ok: true, value: { ...stored, caption: input.caption ?? '' } }),
        'posts.update': (input) => ({ ok: true, value: { ...stored, caption: input.caption ?? '' } }),
        'pillars.list': () => ({ ok: true, value: [] }),
        'posts.campaigns': () => ({ ok: true, value: [] }),
        'app.flushed': () => ({ ok: true, value: null }),
      },
    },
  );
  const events = flushEventsOn(view.fake.bridge);
  stops.push(events.stop);
  const methods = () => view.fake.calls.map((c) => c.method);
  return { ...view, events, methods };
}

describe('the composer when the app quits or the window closes', () => {
  it('writes the caption typed just now, before telling the main process it may close', async () => {
    const user = userEvent.setup();
    const { events, fake, methods } = renderComposer(stored);
    await user.type(await screen.findByLabelText('Caption'), 'Soldes');
    // Within the pause after typing: nothing is saved yet.
    expect(methods()).not.toContain('posts.update');

    events.request(5);
    await waitFor(() => expect(methods()).toContain('app.flushed'));
    const update = fake.calls.find((c) => c.method === 'posts.update');
    expect(update?.input).toMatchObject({ id: stored.id, caption: 'Soldes' });
    expect(methods().indexOf('posts.update')).toBeLessThan(methods().indexOf('app.flushed'));
    expect(fake.calls.at(-1)).toEqual({ method: 'app.flushed', input: { id: 5 } });
  });

  it('creates a new post typed just now rather than losing it', async () => {
    const user = userEvent.setup();
    const { events, fake, methods } = renderComposer(null);
    await user.type(await screen.findByLabelText('Caption'), 'Nouveau');
    events.request(1);
    await waitFor(() => expect(methods()).toContain('app.flushed'));
    expect(fake.calls.filter((c) => c.method === 'posts.create')).toHaveLength(1);
    expect(fake.calls.find((c) => c.method === 'posts.create')?.input).toMatchObject({ caption: 'Nouveau' });
    expect(methods().indexOf('posts.create')).toBeLessThan(methods().indexOf('app.flushed'));
  });

  it('answers at once when nothing is pending', async () => {
    const { events, methods } = renderComposer(stored);
    await screen.findByLabelText('Caption');
    events.request(2);
    await waitFor(() => expect(methods()).toContain('app.flushed'));
    expect(methods()).not.toContain('posts.update');
  });
});
