import { Composer } from '../../../../../renderer/features/calendar/Composer.tsx';
import { draftOf, newDraft } from '../../../../../renderer/features/calendar/post-draft.ts';
import type { Post } from '../../../../../shared/domain/post.ts';
import { makeClient } from '../../support/fake-bridge.ts';
import { makeChannel } from '../../support/make-channel.ts';
import { renderWithApp } from '../../support/render-app.tsx';

/** Shared by the composer's tests: a client in Paris and its Instagram account. */
export const client = makeClient({ timeZone: 'Europe/Paris' });
export const channel = makeChannel({ clientId: client.id });

/**
 * The composer on a stored post, or on a new one for 23 November at 09:00, with no pillars nor
 * campaigns to pick from; a test gives the writes' answers.
 */
export function renderComposer(post: Post | null, options: Parameters<typeof renderWithApp>[1] = {}) {
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
      ...options,
      handlers: {
        'pillars.list': () => ({ ok: true, value: [] }),
        'posts.campaigns': () => ({ ok: true, value: [] }),
        ...options.handlers,
      },
    },
  );
  const writes = () =>
    view.fake.calls.filter((c) => c.method === 'posts.create' || c.method === 'posts.update');
  return { ...view, writes };
}
