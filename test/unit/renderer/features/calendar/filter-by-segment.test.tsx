// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../../../../renderer/features/calendar/FilterBar.tsx';
import type { PostFilters } from '../../../../../shared/domain/post.ts';
import { makeClient } from '../../support/fake-bridge.ts';
import { makeChannel } from '../../support/make-channel.ts';
import { renderWithApp } from '../../support/render-app.tsx';
import { makeSegment } from '../audience/make-segment.ts';

afterEach(cleanup);

const client = makeClient();
const channel = makeChannel({ clientId: client.id });
const parents = makeSegment({ id: '0190a000-0000-7000-8000-0000000000a1', name: 'Young parents' });
const seniors = makeSegment({ id: '0190a000-0000-7000-8000-0000000000a2', name: 'Active seniors' });

function renderBar(filters: PostFilters) {
  const onChange = vi.fn();
  const view = renderWithApp(
    <FilterBar
      filters={filters}
      onChange={onChange}
      channels={[channel]}
      pillars={[]}
      campaigns={[]}
      searchInput={createRef()}
      clientId={channel.clientId}
    />,
    { handlers: { 'segments.list': () => ({ ok: true, value: [seniors, parents] }) } },
  );
  return { ...view, onChange };
}

describe('filtering the calendar by segment', () => {
  it('narrows the posts to those aimed at the segments ticked', async () => {
    const user = userEvent.setup();
    const { onChange, fake } = renderBar({ statuses: ['draft'] });
    await user.click(await screen.findByRole('button', { name: /^Segment/ }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Young parents' }));

    expect(onChange).toHaveBeenLastCalledWith({ statuses: ['draft'], segmentIds: [parents.id] });
    expect(fake.calls.find((c) => c.method === 'segments.list')?.input).toEqual({ clientId: client.id });
  });

  it('shows how many are ticked, and drops the filter when the last one is unticked', async () => {
    const user = userEvent.setup();
    const { onChange } = renderBar({ segmentIds: [seniors.id] });
    await user.click(await screen.findByRole('button', { name: /^Segment \(1\)/ }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: /^Active seniors/ }));

    expect(onChange).toHaveBeenLastCalledWith({});
  });
});
