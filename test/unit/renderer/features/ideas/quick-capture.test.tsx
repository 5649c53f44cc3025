// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuickCapture } from '../../../../../renderer/features/ideas/QuickCapture.tsx';
import { client, inputsOf, renderIdeas } from './ideas-harness.tsx';

afterEach(cleanup);

/** Closed as the app closes it: the toast is then outside any modal. */
function Opened({ onClose }: { onClose: () => void }) {
  const [open, setOpen] = useState(true);
  return open ? (
    <QuickCapture
      clientId={client.id}
      onClose={() => {
        onClose();
        setOpen(false);
      }}
    />
  ) : null;
}

describe('the capture dialog', () => {
  it('saves a line and its notes in the bank chosen with Enter, then says so', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { fake } = renderIdeas(<Opened onClose={onClose} />, {
      handlers: { 'clients.get': () => ({ ok: true, value: client }) },
    });
    const line = await screen.findByRole('textbox', { name: 'Idea' });
    expect(document.activeElement).toBe(line);
    await user.type(line, 'Sunset class');
    await user.type(
      screen.getByRole('textbox', { name: 'Notes (optional)' }),
      'Ask Léa{Shift>}{Enter}{/Shift}for photos',
    );
    await user.click(await screen.findByRole('radio', { name: 'Shared bank' }));
    await user.click(line);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(inputsOf(fake.calls, 'ideas.create')).toEqual([
      { clientId: null, title: 'Sunset class', notes: 'Ask Léa\nfor photos' },
    ]);
    expect(await screen.findByText('Idea saved: “Sunset class”.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open ideas' })).toBeTruthy();
  });

  it('shows the limit of an over-long line and saves nothing; Escape closes', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { fake } = renderIdeas(<QuickCapture clientId={null} onClose={onClose} />);
    expect(await screen.findByText('No client is open: the idea goes to the shared bank.')).toBeTruthy();
    await user.click(screen.getByRole('textbox', { name: 'Idea' }));
    await user.paste('y'.repeat(230));
    expect(screen.getByText(/200 characters at most: this is 230/)).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(inputsOf(fake.calls, 'ideas.create')).toEqual([]);
    expect(onClose).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
