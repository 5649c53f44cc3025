// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Post } from '../../../../../shared/domain/post.ts';
import type { Segment } from '../../../../../shared/domain/segment.ts';
import { makePost } from '../../support/make-post.ts';
import { makeSegment } from '../audience/make-segment.ts';
import { client, renderComposer } from './composer-harness.tsx';

afterEach(cleanup);

const parents = makeSegment({ id: '0190a000-0000-7000-8000-0000000000a1', name: 'Young parents' });
const seniors = makeSegment({ id: '0190a000-0000-7000-8000-0000000000a2', name: 'Active seniors' });

const stored = makePost({ caption: 'Bonjour', segmentIds: [seniors.id] });

function renderTargeting(post: Post | null, segments: Segment[], language: 'en' | 'fr' = 'en') {
  return renderComposer(post, {
    language,
    handlers: {
      'segments.list': () => ({ ok: true, value: segments }),
      'posts.create': (input) => ({ ok: true, value: { ...stored, segmentIds: input.segmentIds ?? [] } }),
      'posts.update': (input) => ({ ok: true, value: { ...stored, ...input } as Post }),
    },
  });
}

describe('targeting segments from the composer', () => {
  it('shows the post’s segments ticked and saves a new choice as segmentIds', async () => {
    const user = userEvent.setup();
    const { writes } = renderTargeting(stored, [seniors, parents]);
    const group = await screen.findByRole('group', { name: 'Target segments' });
    expect(group).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Active seniors' }) as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole('checkbox', { name: 'Young parents' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'));
    expect(writes()).toEqual([
      { method: 'posts.update', input: { id: stored.id, segmentIds: [seniors.id, parents.id] } },
    ]);
  });

  it('creates a new post with the segments ticked before anything else', async () => {
    const user = userEvent.setup();
    const { writes } = renderTargeting(null, [seniors, parents]);
    await user.click(await screen.findByRole('checkbox', { name: 'Young parents' }));

    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0]).toMatchObject({ method: 'posts.create', input: { segmentIds: [parents.id] } });
  });

  it('writes nothing when a segment is ticked then unticked before the pause', async () => {
    const user = userEvent.setup();
    const { writes } = renderTargeting(stored, [seniors, parents]);
    const box = await screen.findByRole('checkbox', { name: 'Young parents' });
    await user.click(box);
    await user.click(box);
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe('Editing…'), {
      timeout: 3000,
    });
    expect(writes()).toEqual([]);
  });

  it('points to the audience screen when the client has no segment yet', async () => {
    renderTargeting(stored, [], 'fr');
    const link = await screen.findByRole('link', { name: 'Décrire à qui ce client s’adresse' });
    expect(link.getAttribute('href')).toBe(`#/clients/${client.id}/audience`);
    expect(screen.queryByRole('checkbox', { name: /Young parents/ })).toBeNull();
  });
});
