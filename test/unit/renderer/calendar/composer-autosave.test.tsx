// @vitest-environment jsdom
import { onlineManager } from '@tanstack/react-query';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Composer } from '../../../../renderer/features/calendar/Composer.tsx';
import { draftOf, newDraft } from '../../../../renderer/features/calendar/post-draft.ts';
import type { Channel } from '../../../../shared/domain/channel.ts';
import type { Post } from '../../../../shared/domain/post.ts';
import { makeClient } from '../fake-bridge.ts';
import { renderWithApp } from '../render-app.tsx';

afterEach(cleanup);

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

function storedPost(over: Partial<Post>): Post {
  return {
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
    ...over,
  };
}

function renderComposer(post: Post | null) {
  let stored = post;
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
        'posts.create': (input) => {
          stored = storedPost({ caption: input.caption ?? '' });
          return { ok: true, value: stored };
        },
        'posts.update': (input) => {
          if (!stored) return { ok: false, error: { code: 'not_found', message: 'x' } };
          stored = { ...stored, ...(input.caption === undefined ? {} : { caption: input.caption }) };
          return { ok: true, value: stored };
        },
        'pillars.list': () => ({ ok: true, value: [] }),
        'posts.campaigns': () => ({ ok: true, value: [] }),
      },
    },
  );
  const writes = () =>
    view.fake.calls.filter((c) => c.method === 'posts.create' || c.method === 'posts.update');
  return { ...view, writes };
}

describe('the composer saves as the user types', () => {
  it('creates nothing until something is typed, then creates the post once and updates it', async () => {
    const user = userEvent.setup();
    const { writes } = renderComposer(null);
    const caption = await screen.findByLabelText('Caption');
    expect(writes()).toEqual([]);

    await user.type(caption, 'Bonjour');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'));
    expect(writes().map((c) => c.method)).toEqual(['posts.create']);
    expect(writes()[0]?.input).toMatchObject({ clientId: client.id, caption: 'Bonjour', date: '2026-11-23' });

    await user.type(caption, ' à tous');
    await waitFor(() => expect(writes()).toHaveLength(2));
    expect(writes()[1]).toMatchObject({ method: 'posts.update', input: { caption: 'Bonjour à tous' } });
  });

  it('keeps a bad link back, flagged, while the caption beside it is saved', async () => {
    const user = userEvent.setup();
    const { writes } = renderComposer(storedPost({}));
    await user.type(await screen.findByLabelText('Link'), 'javascript:alert(1)');
    await user.type(screen.getByLabelText('Caption'), 'Hello');
    await waitFor(() => expect(writes().length).toBeGreaterThan(0));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Not saved/));
    expect(writes().every((c) => !('linkUrl' in (c.input as object)))).toBe(true);
    expect(writes().at(-1)?.input).toMatchObject({ caption: 'Hello' });
    expect(screen.getByText('Enter an address starting with http:// or https://.')).toBeTruthy();
  });

  it('says all is saved when a change is undone before the pause', async () => {
    const user = userEvent.setup();
    const { writes } = renderComposer(storedPost({ caption: 'Salut' }));
    const caption = await screen.findByLabelText('Caption');
    await user.type(caption, 'x{Backspace}');
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe('Editing…'), {
      timeout: 3000,
    });
    expect(writes()).toEqual([]);
  });

  it('keeps saving when the computer goes offline: the data is local', async () => {
    const user = userEvent.setup();
    onlineManager.setOnline(false);
    try {
      const { writes } = renderComposer(storedPost({}));
      await user.type(await screen.findByLabelText('Caption'), 'Dans le train');
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'));
      expect(writes().at(-1)).toMatchObject({ method: 'posts.update', input: { caption: 'Dans le train' } });
    } finally {
      onlineManager.setOnline(true);
    }
  });
});
