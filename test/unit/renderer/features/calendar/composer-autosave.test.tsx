// @vitest-environment jsdom
import { onlineManager } from '@tanstack/react-query';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Post } from '../../../../../shared/domain/post.ts';
import { makePost } from '../../support/make-post.ts';
import { client, renderComposer } from './composer-harness.tsx';

afterEach(cleanup);

/** The composer over a fake backend that keeps the post it creates and updates, as the real one does. */
function renderSaving(post: Post | null) {
  let stored = post;
  return renderComposer(post, {
    handlers: {
      'posts.create': (input) => {
        stored = makePost({ caption: input.caption ?? '' });
        return { ok: true, value: stored };
      },
      'posts.update': (input) => {
        if (!stored) return { ok: false, error: { code: 'not_found', message: 'x' } };
        stored = { ...stored, ...(input.caption === undefined ? {} : { caption: input.caption }) };
        return { ok: true, value: stored };
      },
    },
  });
}

describe('the composer saves as the user types', () => {
  it('creates nothing until something is typed, then creates the post once and updates it', async () => {
    const user = userEvent.setup();
    const { writes } = renderSaving(null);
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
    const { writes } = renderSaving(makePost({}));
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
    const { writes } = renderSaving(makePost({ caption: 'Salut' }));
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
      const { writes } = renderSaving(makePost({}));
      await user.type(await screen.findByLabelText('Caption'), 'Dans le train');
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'));
      expect(writes().at(-1)).toMatchObject({ method: 'posts.update', input: { caption: 'Dans le train' } });
    } finally {
      onlineManager.setOnline(true);
    }
  });
});
