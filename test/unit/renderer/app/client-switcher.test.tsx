// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClientSwitcher } from '../../../../renderer/app/ClientSwitcher.tsx';
import { menuCode } from '../../../../renderer/ui/menu-code.ts';
import { type FakeHandlers, makeClient } from '../support/fake-bridge.ts';
import { renderWithApp } from '../support/render-app.tsx';

// The menu's code, as the idle prefetch brings it (a press before it comes: ui/deferred-menu.test.tsx).
beforeAll(() => menuCode.load());
afterEach(cleanup);

const live = makeClient({ name: 'Cabinet Conseil' });
const archived = makeClient({
  id: '0190a000-0000-7000-8000-000000000005',
  name: 'Studio Yoga',
  archived: true,
});
const handlers: FakeHandlers = {
  'clients.list': (input) => ({ ok: true, value: input?.includeArchived ? [live, archived] : [live] }),
};

describe('client switcher', () => {
  it('shows the archived client being viewed, marked as archived, instead of “Choose a client”', async () => {
    const user = userEvent.setup();
    renderWithApp(<ClientSwitcher selectedId={archived.id} />, { handlers });

    const trigger = await screen.findByRole('button', { name: /^Switch client.*Studio Yoga Archived$/ });
    await user.click(trigger);

    expect(
      screen.getByRole('menuitemradio', { name: /^Studio Yoga Archived/ }).getAttribute('aria-checked'),
    ).toBe('true');
    expect(screen.getByRole('menuitemradio', { name: 'Cabinet Conseil' })).toBeTruthy();
  });

  it('keeps other archived clients out of the list', async () => {
    const user = userEvent.setup();
    renderWithApp(<ClientSwitcher selectedId={live.id} />, { handlers });

    await user.click(await screen.findByRole('button', { name: /^Switch client.*Cabinet Conseil$/ }));

    expect(screen.getByRole('menuitemradio', { name: /^Cabinet Conseil/ })).toBeTruthy();
    expect(screen.queryByRole('menuitemradio', { name: /Studio Yoga/ })).toBeNull();
  });
});
