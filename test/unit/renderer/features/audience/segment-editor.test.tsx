// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SegmentDialog } from '../../../../../renderer/features/audience/SegmentDialog.tsx';
import type { Input } from '../../../../../shared/contract.ts';
import { makeClient } from '../../support/fake-bridge.ts';
import { renderWithApp } from '../../support/render-app.tsx';
import { makeSegment } from './make-segment.ts';

afterEach(cleanup);

const clientId = makeClient().id;

function renderEditor(options: { language?: 'en' | 'fr' } = {}) {
  const onClose = vi.fn();
  const view = renderWithApp(<SegmentDialog clientId={clientId} onClose={onClose} />, {
    language: options.language ?? 'en',
    handlers: {
      'segments.tags': () => ({ ok: true, value: { interests: [], sectors: [] } }),
      'segments.create': (input) => ({ ok: true, value: makeSegment({ name: input.name }) }),
    },
  });
  const created = () =>
    view.fake.calls
      .filter((c) => c.method === 'segments.create')
      .map((c) => c.input as Input<'segments.create'>);
  return { ...view, onClose, created };
}

describe('shares that do not add up to 100 %', () => {
  it('are flagged as the user types, and saving stays allowed', async () => {
    const user = userEvent.setup();
    const { created, onClose } = renderEditor();
    await user.type(screen.getByLabelText('Name'), 'Young parents');
    await user.type(screen.getByLabelText('18–24'), '40');
    await user.type(screen.getByLabelText('25–34'), '45');

    expect(screen.getByText('Age bands add up to 85%')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Create segment' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(created()[0]).toMatchObject({ name: 'Young parents', ages: { '18-24': 40, '25-34': 45 } });
  });

  it('stop being flagged once they make 100 %', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByLabelText('Women'), '60');
    expect(screen.getByText('Gender shares add up to 60%')).toBeTruthy();
    await user.type(screen.getByLabelText('Men'), '40');
    expect(screen.queryByText(/Gender shares add up to/)).toBeNull();
  });

  it('read a French decimal comma, and say the total the French way', async () => {
    const user = userEvent.setup();
    const { created } = renderEditor({ language: 'fr' });
    await user.type(screen.getByLabelText('Nom'), 'Cadres');
    await user.click(screen.getByRole('button', { name: 'Ajouter un lieu' }));
    // Testing Library reads the narrow no-break spaces of French labels as plain spaces.
    await user.type(screen.getByLabelText('Lieu 1 : nom'), 'Lyon');
    await user.type(screen.getByLabelText('Lieu 1 : part en %'), '12,5');

    expect(screen.getByText('Les lieux totalisent 12,5 %')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Créer le segment' }));
    await waitFor(() => expect(created()).toHaveLength(1));
    expect(created()[0]?.places).toEqual([{ kind: 'city', name: 'Lyon', share: 12.5 }]);
  });
});

describe('a share the server refuses', () => {
  it('is explained under its own field, which gets the keyboard', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithApp(<SegmentDialog clientId={clientId} onClose={onClose} />, {
      handlers: {
        'segments.tags': () => ({ ok: true, value: { interests: [], sectors: [] } }),
        'segments.create': () => ({
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'bad share',
            issues: [{ path: ['ages', '35-44'], code: 'shareRange' }],
          },
        }),
      },
    });
    await user.type(screen.getByLabelText('Name'), 'Seniors');
    await user.type(screen.getByLabelText('35–44'), '150');
    await user.click(screen.getByRole('button', { name: 'Create segment' }));

    const field = screen.getByLabelText('35–44');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('35–44: A share is between 0 and 100%.')).toBeTruthy();
    expect(document.activeElement).toBe(field);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('lands on the right place even when a blank place row was skipped', async () => {
    const user = userEvent.setup();
    const { fake } = renderWithApp(<SegmentDialog clientId={clientId} onClose={() => {}} />, {
      handlers: {
        'segments.tags': () => ({ ok: true, value: { interests: [], sectors: [] } }),
        'segments.create': () => ({
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'bad share',
            issues: [{ path: ['places', '0', 'share'], code: 'shareRange' }],
          },
        }),
      },
    });
    await user.type(screen.getByLabelText('Name'), 'Parisians');
    await user.click(screen.getByRole('button', { name: 'Add a place' }));
    await user.click(screen.getByRole('button', { name: 'Add a place' }));
    await user.type(screen.getByLabelText('Place 2: name'), 'Paris');
    await user.type(screen.getByLabelText('Place 2: share in %'), '120');
    await user.click(screen.getByRole('button', { name: 'Create segment' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Place 2: share in %').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByLabelText('Place 1: share in %').getAttribute('aria-invalid')).toBeNull();
    const sent = fake.calls.find((c) => c.method === 'segments.create')?.input as Input<'segments.create'>;
    expect(sent.places).toEqual([{ kind: 'city', name: 'Paris', share: 120 }]);
  });

  it('is not even sent when it is not a number', async () => {
    const user = userEvent.setup();
    const { created } = renderEditor();
    await user.type(screen.getByLabelText('Name'), 'Seniors');
    const genders = screen.getByRole('group', { name: 'Gender split' });
    await user.type(within(genders).getByLabelText('Other'), 'lots');
    await user.click(screen.getByRole('button', { name: 'Create segment' }));

    expect(await screen.findByText('Other: Not a number.')).toBeTruthy();
    expect(within(genders).getByLabelText('Other').getAttribute('aria-invalid')).toBe('true');
    expect(created()).toEqual([]);
  });
});

describe('closing the editor', () => {
  it('asks before Esc throws away what was typed', async () => {
    const user = userEvent.setup();
    const { onClose } = renderEditor();
    await user.type(screen.getByLabelText('Notes'), 'Read on the train');
    await user.keyboard('{Escape}');

    expect(screen.getByRole('alertdialog', { name: 'Discard your changes?' })).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });
});
