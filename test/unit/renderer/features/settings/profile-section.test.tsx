// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPendingEdits } from '../../../../../renderer/common/hooks/flush.ts';
import { ProfileSection } from '../../../../../renderer/features/settings/ProfileSection.tsx';
import type { Profile } from '../../../../../shared/domain/profile.ts';
import { renderWithApp } from '../../support/render-app.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderProfile(saved: Profile = { name: '', logo: null }) {
  let profile = saved;
  const view = renderWithApp(<ProfileSection />, {
    handlers: {
      'profile.get': () => ({ ok: true, value: profile }),
      'profile.update': ({ name }) => {
        profile = { ...profile, name: name.trim() };
        return { ok: true, value: profile };
      },
    },
  });
  const updates = () => view.fake.calls.filter((c) => c.method === 'profile.update').map((c) => c.input);
  return { ...view, updates };
}

describe('the “You” section of Settings', () => {
  it('says what the name and logo are for', async () => {
    renderProfile();
    expect((await screen.findByRole('region', { name: 'You' })).textContent).toContain(
      'Your name and logo appear on the cover of every report you make for a client.',
    );
  });

  it('saves the name when the field is left, as typed', async () => {
    const { updates } = renderProfile();
    const field = (await screen.findByRole('textbox', { name: 'Your name' })) as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'Camille Martin ' } });
    fireEvent.blur(field);
    await waitFor(() => expect(updates()).toEqual([{ name: 'Camille Martin ' }]));
    // The space typed before the next word stays on screen.
    expect(field.value).toBe('Camille Martin ');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  });

  it('writes a name still being typed when the app is closing, before the pause is over', async () => {
    const { updates } = renderProfile({ name: 'Camille', logo: null });
    const field = (await screen.findByRole('textbox', { name: 'Your name' })) as HTMLInputElement;
    expect(field.value).toBe('Camille');
    fireEvent.change(field, { target: { value: 'Camille Martin' } });
    expect(updates()).toEqual([]);
    await flushPendingEdits('closing');
    expect(updates()).toEqual([{ name: 'Camille Martin' }]);
  });

  it('says why a file cannot be the logo, before sending it', async () => {
    const { fake } = renderProfile();
    const input = (await screen.findByLabelText('Choose a logo…', { selector: 'input' })) as HTMLInputElement;
    const notes = new File(['not a logo'], 'notes.txt', { type: 'text/plain' });
    fireEvent.change(input, { target: { files: [notes] } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“notes.txt” is not a picture: choose a PNG, JPEG or WebP file.',
    );
    const svg = new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' });
    fireEvent.change(input, { target: { files: [svg] } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('save it as PNG, JPEG or WebP first'),
    );
    expect(fake.calls.some((c) => c.method === 'profile.setLogo')).toBe(false);
  });
});
