// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Post } from '../../../../../shared/domain/post.ts';
import { withFlushEvents } from '../../support/flush-events.ts';
import { makePost } from '../../support/make-post.ts';
import { renderComposer } from './composer-harness.tsx';

afterEach(cleanup);

const stored = makePost();

function renderFlushing(post: Post | null) {
  return withFlushEvents(
    renderComposer(post, {
      handlers: {
        'posts.create': (input) => ({ ok: true, value: { ...stored, caption: input.caption ?? '' } }),
        'posts.update': (input) => ({ ok: true, value: { ...stored, caption: input.caption ?? '' } }),
        'app.flushed': () => ({ ok: true, value: null }),
      },
    }),
  );
}

describe('the composer when the app quits or the window closes', () => {
  it('writes the caption typed just now, before telling the main process it may close', async () => {
    const user = userEvent.setup();
    const { events, fake, methods } = renderFlushing(stored);
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
    const { events, fake, methods } = renderFlushing(null);
    await user.type(await screen.findByLabelText('Caption'), 'Nouveau');
    events.request(1);
    await waitFor(() => expect(methods()).toContain('app.flushed'));
    expect(fake.calls.filter((c) => c.method === 'posts.create')).toHaveLength(1);
    expect(fake.calls.find((c) => c.method === 'posts.create')?.input).toMatchObject({ caption: 'Nouveau' });
    expect(methods().indexOf('posts.create')).toBeLessThan(methods().indexOf('app.flushed'));
  });

  it('answers at once when nothing is pending', async () => {
    const { events, methods } = renderFlushing(stored);
    await screen.findByLabelText('Caption');
    events.request(2);
    await waitFor(() => expect(methods()).toContain('app.flushed'));
    expect(methods()).not.toContain('posts.update');
  });
});
