// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientDialog } from '../../../../../renderer/features/clients/ClientDialog.tsx';
import type { Envelope } from '../../../../../shared/errors.ts';
import { renderWithApp } from '../../support/render-app.tsx';

afterEach(cleanup);

const rejected: Envelope<never> = {
  ok: false,
  error: {
    code: 'invalid_input',
    message: 'Invalid input',
    issues: [
      { path: ['name'], code: 'tooLong', params: { max: 80 } },
      { path: ['timeZone'], code: 'invalidTimeZone' },
    ],
  },
};

/** The message a control is described by (its hint and error), as a screen reader would hear it. */
const description = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('client form', () => {
  it('shows the server’s field errors under their fields and keeps what was typed', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { toasts } = renderWithApp(<ClientDialog onClose={onClose} />, {
      handlers: { 'clients.create': () => rejected },
    });

    await user.type(screen.getByLabelText('Name'), 'Boulangerie Martin');
    await user.type(screen.getByLabelText('Notes'), 'Pain au levain');
    await user.click(screen.getByRole('button', { name: 'Create client' }));

    const name = await screen.findByLabelText('Name');
    await waitFor(() => expect(description(name)).toContain('80 characters at most.'));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(description(screen.getByLabelText('Time zone'))).toContain('Choose a time zone from the list.');
    expect((name as HTMLInputElement).value).toBe('Boulangerie Martin');
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Pain au levain');
    expect(onClose).not.toHaveBeenCalled();
    // Shown in place: no error toast on top of it.
    expect(toasts.snapshot()).toEqual([]);
  });

  it('says it in French when the app is in French', async () => {
    const user = userEvent.setup();
    renderWithApp(<ClientDialog onClose={() => {}} />, {
      language: 'fr',
      handlers: { 'clients.create': () => rejected },
    });

    await user.type(screen.getByLabelText('Nom'), 'Yoga Lumière');
    await user.click(screen.getByRole('button', { name: 'Créer le client' }));

    const name = await screen.findByLabelText('Nom');
    await waitFor(() => expect(description(name)).toContain('80 caractères au maximum.'));
    expect(screen.getByRole('alert').textContent).toContain('Vérifiez les champs signalés');
    expect((name as HTMLInputElement).value).toBe('Yoga Lumière');
  });

  it('sends what was typed and closes once the client is created', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { fake } = renderWithApp(<ClientDialog onClose={onClose} />, {
      handlers: {
        'clients.create': (input) => ({
          ok: true,
          value: {
            id: '0190a000-0000-7000-8000-000000000001',
            createdAt: '',
            updatedAt: '',
            deletedAt: null,
            archived: false,
            channelCount: 0,
            notes: '',
            ...input,
            currency: input.currency ?? 'EUR',
            engagementBasis: input.engagementBasis ?? 'reach',
          },
        }),
      },
    });

    await user.type(screen.getByLabelText('Name'), 'Cabinet Dupont');
    await user.click(screen.getByRole('radio', { name: 'Teal' }));
    // A Geneva firm bills in Swiss francs: its post budgets will be in CHF.
    expect((screen.getByLabelText('Currency') as HTMLSelectElement).value).toBe('EUR');
    await user.selectOptions(screen.getByLabelText('Currency'), 'CHF');
    await user.click(screen.getByRole('button', { name: 'Create client' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const sent = fake.calls.find((c) => c.method === 'clients.create')?.input;
    expect(sent).toMatchObject({ name: 'Cabinet Dupont', color: '#1B998B', currency: 'CHF' });
  });
});
