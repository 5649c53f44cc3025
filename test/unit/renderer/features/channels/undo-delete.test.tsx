// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ChannelsSection } from '../../../../../renderer/features/channels/ChannelsSection.tsx';
import type { Channel } from '../../../../../shared/domain/channel.ts';
import { renderWithApp } from '../../support/render-app.tsx';

afterEach(cleanup);

const clientId = '0190a000-0000-7000-8000-000000000001';
const channel: Channel = {
  id: '0190a000-0000-7000-8000-000000000002',
  clientId,
  network: 'instagram',
  kind: 'networking',
  handle: '@atelier.rose',
  url: 'https://instagram.com/atelier.rose',
  archived: false,
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  deletedAt: null,
};

describe('deleting a channel', () => {
  it('moves it to the trash with a toast whose Undo brings it back', async () => {
    const user = userEvent.setup();
    let trashed = false;
    const item = {
      type: 'channel' as const,
      id: channel.id,
      label: channel.handle,
      network: 'instagram',
      clientName: 'Atelier Rose',
      deletedAt: '2026-11-02T10:00:00.000Z',
    };
    const { fake } = renderWithApp(<ChannelsSection clientId={clientId} />, {
      handlers: {
        'channels.list': () => ({ ok: true, value: trashed ? [] : [channel] }),
        'channels.delete': () => {
          trashed = true;
          return { ok: true, value: item };
        },
        'trash.restoreMany': () => {
          trashed = false;
          return { ok: true, value: [{ ...item, deletedAt: '' }] };
        },
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Delete @atelier.rose' }));

    expect(await screen.findByText('Channel “@atelier.rose” moved to the trash')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('@atelier.rose')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('@atelier.rose')).toBeTruthy();
    expect(fake.calls.filter((c) => c.method === 'trash.restoreMany')).toEqual([
      { method: 'trash.restoreMany', input: { refs: [{ type: 'channel', id: channel.id }] } },
    ]);
  });
});
