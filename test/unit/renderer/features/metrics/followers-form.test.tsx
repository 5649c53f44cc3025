// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../shared/calendar/dates.ts';
import type { Channel } from '../../../../../shared/domain/channel.ts';
import type { FollowerCount, FollowersSave } from '../../../../../shared/domain/followers.ts';
import { channel, client, layOutEachTest, renderNumbers, row, today } from './numbers-harness.tsx';

layOutEachTest();

const linkedin: Channel = {
  ...channel,
  id: '0190a000-0000-7000-8000-0000000000c2',
  network: 'linkedin',
  handle: 'Atelier Rose SARL',
};
const archived: Channel = {
  ...channel,
  id: '0190a000-0000-7000-8000-0000000000c3',
  handle: '@old',
  archived: true,
};
const lastWeek = addDays(today, -7);

function renderForm(language: 'en' | 'fr' = 'en') {
  const latest: FollowerCount[] = [
    { channelId: channel.id, takenOn: lastWeek, followers: 1200, profileVisits: 40 },
  ];
  const view = renderNumbers({
    rows: [row(1)],
    language,
    channels: [channel, linkedin, archived],
    handlers: {
      'followers.latest': () => ({ ok: true, value: latest }),
      'followers.save': (input) => ({
        ok: true,
        value: input.entries.map((e) => ({
          ...e,
          takenOn: input.on,
          profileVisits: e.profileVisits ?? null,
        })),
      }),
    },
  });
  const sent = () =>
    view.fake.calls.filter((c) => c.method === 'followers.save').map((c) => c.input as FollowersSave);
  return { ...view, sent };
}

describe('the weekly follower form', () => {
  it('lists the live channels with their previous count, and sends every count in one save', async () => {
    const user = userEvent.setup();
    const { sent, fake } = renderForm();
    await user.click(await screen.findByRole('button', { name: 'Followers' }));
    const dialog = await screen.findByRole('dialog', { name: `Followers of ${client.name}` });
    expect(within(dialog).queryByText('@old')).toBeNull();

    const insta = await within(dialog).findByRole('textbox', { name: 'Followers of @atelier.rose' });
    await waitFor(() => expect(insta.getAttribute('placeholder')).toBe('1,200'));
    expect(within(dialog).getByText(/^Previous: 1,200 followers on /)).toBeTruthy();
    expect(within(dialog).getByText('First count')).toBeTruthy();

    // Enter walks down the form: followers, then profile visits, then the next channel.
    await user.click(insta);
    await user.keyboard('1,256{Enter}');
    expect(document.activeElement).toBe(
      within(dialog).getByRole('textbox', { name: 'Profile visits of @atelier.rose (optional)' }),
    );
    expect(within(dialog).getByText('+56')).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(
      within(dialog).getByRole('textbox', { name: 'Followers of Atelier Rose SARL' }),
    );
    await user.keyboard('830{Enter}31{Enter}');

    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toEqual({
      clientId: client.id,
      on: today,
      entries: [
        { channelId: channel.id, followers: 1256, profileVisits: null },
        { channelId: linkedin.id, followers: 830, profileVisits: 31 },
      ],
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The grid and the objectives are refreshed from the new counts.
    await waitFor(() =>
      expect(fake.calls.filter((c) => c.method === 'metrics.grid').length).toBeGreaterThan(1),
    );
  });

  it('leaves out a channel left blank: not counted this time, its previous count stays', async () => {
    const user = userEvent.setup();
    const { sent } = renderForm();
    await user.click(await screen.findByRole('button', { name: 'Followers' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Leave a channel blank if you did not count it this time/)).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: 'Followers of Atelier Rose SARL' }), '830');
    await user.click(within(dialog).getByRole('button', { name: 'Save the counts' }));

    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]?.entries).toEqual([{ channelId: linkedin.id, followers: 830, profileVisits: null }]);
  });

  it('refuses a form with nothing typed, and visits without their follower count', async () => {
    const user = userEvent.setup();
    const { sent } = renderForm();
    await user.click(await screen.findByRole('button', { name: 'Followers' }));
    const dialog = await screen.findByRole('dialog');
    const insta = within(dialog).getByRole('textbox', { name: 'Followers of @atelier.rose' });
    await user.click(within(dialog).getByRole('button', { name: 'Save the counts' }));
    expect(await within(dialog).findByText('Type at least one follower count to save.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(insta));

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Profile visits of @atelier.rose (optional)' }),
      '40',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save the counts' }));
    await waitFor(() => expect(insta.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Type the follower count too, or clear the visits.')).toBeTruthy();
    expect(sent()).toEqual([]);
  });

  it('puts a refusal of the server under the channel it is about, even with a channel left out', async () => {
    const user = userEvent.setup();
    renderNumbers({
      rows: [row(1)],
      channels: [channel, linkedin],
      handlers: {
        'followers.latest': () => ({ ok: true, value: [] }),
        'followers.save': () => ({
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'bad',
            issues: [{ path: ['entries', '0', 'followers'], code: 'tooBig' }],
          },
        }),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Followers' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Followers of Atelier Rose SARL' }), '830');
    await user.click(within(dialog).getByRole('button', { name: 'Save the counts' }));

    const refused = within(dialog).getByRole('textbox', { name: 'Followers of Atelier Rose SARL' });
    await waitFor(() => expect(refused.getAttribute('aria-invalid')).toBe('true'));
    const first = within(dialog).getByRole('textbox', { name: 'Followers of @atelier.rose' });
    expect(first.getAttribute('aria-invalid')).toBeNull();
  });

  it('reads French numbers and refuses a count with decimals', async () => {
    const user = userEvent.setup();
    const { sent } = renderForm('fr');
    await user.click(await screen.findByRole('button', { name: 'Abonnés' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Abonnés de @atelier.rose' }), '1 300');
    await user.type(within(dialog).getByRole('textbox', { name: 'Abonnés de Atelier Rose SARL' }), '12,5');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer les relevés' }));
    expect(await within(dialog).findByText('Un compte est un nombre entier.')).toBeTruthy();
    expect(sent()).toEqual([]);

    const linked = within(dialog).getByRole('textbox', { name: 'Abonnés de Atelier Rose SARL' });
    await user.clear(linked);
    await user.type(linked, '12');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer les relevés' }));
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]?.entries.map((e) => e.followers)).toEqual([1300, 12]);
  });
});
