// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientPage } from '../../../../renderer/app/ClientPage.tsx';
import { useNow } from '../../../../renderer/ui/use-now.ts';
import type { Envelope } from '../../../../shared/errors.ts';
import { makeClient } from '../support/fake-bridge.ts';
import { renderWithApp } from '../support/render-app.tsx';

const client = makeClient({ name: 'Studio Yoga', timeZone: 'Europe/Paris' });
const failing = (code: 'internal' | 'not_found'): Envelope<never> => ({
  ok: false,
  error: { code, message: 'fake failure' },
});

beforeEach(() => {
  window.location.hash = `#/clients/${client.id}`;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('client page', () => {
  it('keeps the client and offers Retry when loading fails for another reason than deletion', async () => {
    const user = userEvent.setup();
    let broken = true;
    const { fake } = renderWithApp(<ClientPage id={client.id} />, {
      handlers: { 'clients.get': () => (broken ? failing('internal') : { ok: true, value: client }) },
      prefs: { lastClientId: client.id },
    });

    expect(await screen.findByRole('heading', { name: 'This client could not be opened.' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      'Something went wrong. Your data is safe; please try again.',
    );
    expect(window.location.hash).toBe(`#/clients/${client.id}`);
    expect(fake.prefs().lastClientId).toBe(client.id);

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Studio Yoga' })).toBeTruthy();
  });

  it('forgets a client that no longer exists and goes back to the list', async () => {
    const { fake } = renderWithApp(<ClientPage id={client.id} />, {
      handlers: { 'clients.get': () => failing('not_found') },
      prefs: { lastClientId: client.id },
    });

    await waitFor(() => expect(window.location.hash).toBe('#/clients'));
    await waitFor(() => expect(fake.prefs().lastClientId).toBeNull());
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('moves the client’s local time on as the minutes pass', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-02T08:59:30.000Z'), shouldAdvanceTime: true });
    renderWithApp(<ClientPage id={client.id} />, {
      handlers: { 'clients.get': () => ({ ok: true, value: client }) },
    });
    // Paris is UTC+1 in November.
    expect(await screen.findByText('Local time: 09:59')).toBeTruthy();

    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.getByText('Local time: 10:00')).toBeTruthy();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('Local time: 10:01')).toBeTruthy();
  });
});

function Clock() {
  return <time>{useNow(60_000).toISOString()}</time>;
}

describe('useNow', () => {
  it('stops its timer once the screen is gone', () => {
    vi.useFakeTimers();
    const view = render(<Clock />);
    expect(vi.getTimerCount()).toBe(1);
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
