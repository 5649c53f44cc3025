// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { id, makeCompetitor, renderCompetitors } from './competitors-harness.tsx';

afterEach(cleanup);

const bloom = makeCompetitor({
  id: id(101),
  name: 'Bloom & Co',
  tags: ['premium'],
  notes: 'Reels with **no face**.',
  accounts: [
    {
      id: id(301),
      network: 'instagram',
      handle: '@bloom.fleurs',
      url: 'https://www.instagram.com/bloom.fleurs/',
    },
    { id: id(302), network: 'linkedin', handle: 'bloom-and-co', url: '' },
  ],
});
const old = makeCompetitor({ id: id(102), name: 'Fleurs d’Antan', archived: true });

describe('the competitors screen', () => {
  it('says why to watch competitors when there is none, and creates one from there', async () => {
    const user = userEvent.setup();
    const { calls } = renderCompetitors();
    expect(await screen.findByRole('heading', { name: 'Watch the competition' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'New competitor' }));
    await user.type(screen.getByLabelText('Name'), 'Corolle');
    // A profile's link pasted as the handle fills the row.
    await user.click(screen.getByRole('textbox', { name: 'Account 1: handle' }));
    await user.paste('https://www.tiktok.com/@corolle.paris');
    expect((screen.getByRole('combobox', { name: 'Account 1: network' }) as HTMLSelectElement).value).toBe(
      'tiktok',
    );
    await user.click(screen.getByRole('button', { name: 'Create competitor' }));

    expect(await screen.findByRole('article', { name: 'Corolle' })).toBeTruthy();
    expect(calls('competitors.create')[0]).toMatchObject({
      name: 'Corolle',
      accounts: [
        { network: 'tiktok', handle: '@corolle.paris', url: 'https://www.tiktok.com/@corolle.paris' },
      ],
    });
    expect(screen.getByRole('tab', { name: /Readings/ })).toBeTruthy();
  });

  it('reads a profile’s link typed as the handle once the field is left', async () => {
    const user = userEvent.setup();
    renderCompetitors();
    await user.click(await screen.findByRole('button', { name: 'New competitor' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Account 1: handle' }),
      'linkedin.com/company/bloom-and-co{Tab}',
    );
    expect((screen.getByRole('textbox', { name: 'Account 1: handle' }) as HTMLInputElement).value).toBe(
      'bloom-and-co',
    );
    expect((screen.getByRole('combobox', { name: 'Account 1: network' }) as HTMLSelectElement).value).toBe(
      'linkedin',
    );
    expect((screen.getByRole('textbox', { name: 'Account 1: link' }) as HTMLInputElement).value).toBe(
      'https://linkedin.com/company/bloom-and-co',
    );
  });

  it('shows each competitor’s accounts, tags and notes on its card; archived ones on demand', async () => {
    const user = userEvent.setup();
    renderCompetitors({ competitors: [bloom, old] });
    const card = await screen.findByRole('article', { name: 'Bloom & Co' });
    const accounts = within(card).getByRole('list', { name: 'Accounts of Bloom & Co' });
    expect(within(accounts).getByRole('link', { name: '@bloom.fleurs' }).getAttribute('href')).toBe(
      'https://www.instagram.com/bloom.fleurs/',
    );
    expect(within(accounts).getByText('bloom-and-co')).toBeTruthy();
    expect(within(card).getByText('premium')).toBeTruthy();
    expect(within(card).getByText('no face').tagName).toBe('STRONG');
    expect(screen.queryByRole('article', { name: /Fleurs/ })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Show archived (1)' }));
    const archived = await screen.findByRole('article', { name: 'Fleurs d’Antan' });
    expect(within(archived).getByText('Archived')).toBeTruthy();
    expect(within(archived).getByRole('button', { name: 'Unarchive “Fleurs d’Antan”' })).toBeTruthy();
  });

  it('archives with Undo on the toast', async () => {
    const user = userEvent.setup();
    const { calls } = renderCompetitors({ competitors: [bloom] });
    await user.click(await screen.findByRole('button', { name: 'Archive “Bloom & Co”' }));
    expect(await screen.findByText(/“Bloom & Co” archived/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Bloom & Co' })).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Bloom & Co' })).toBeTruthy();
    expect(calls('competitors.archive')).toEqual([
      { id: bloom.id, archived: true },
      { id: bloom.id, archived: false },
    ]);
  });

  it('moves a deleted competitor to the trash, and Undo brings it back', async () => {
    const user = userEvent.setup();
    const { calls } = renderCompetitors({ competitors: [bloom] });
    await user.click(await screen.findByRole('button', { name: 'Delete “Bloom & Co”' }));
    expect(await screen.findByText('Competitor “Bloom & Co” moved to the trash')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Bloom & Co' })).toBeTruthy();
    expect(calls('trash.restoreMany')).toEqual([{ refs: [{ type: 'competitor', id: bloom.id }] }]);
  });

  it('shows the server’s refusal under the account it is about', async () => {
    const user = userEvent.setup();
    renderCompetitors({
      competitors: [bloom],
      handlers: {
        'competitors.update': () => ({
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'taken',
            issues: [
              { path: ['accounts', '1', 'handle'], code: 'accountTaken', params: { name: 'Corolle' } },
            ],
          },
        }),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit “Bloom & Co”' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const handle = await screen.findByRole('textbox', { name: 'Account 2: handle' });
    await waitFor(() => expect(handle.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('This account is already listed under Corolle.')).toBeTruthy();
    expect(
      screen.getByRole('textbox', { name: 'Account 1: handle' }).getAttribute('aria-invalid'),
    ).toBeNull();
    expect(
      screen.getByText('The competitor could not be saved: check the fields marked below.'),
    ).toBeTruthy();
  });

  it('speaks French', async () => {
    renderCompetitors({ competitors: [bloom], language: 'fr' });
    expect(await screen.findByRole('tab', { name: /Relevés/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Modifier «\u202fBloom & Co\u202f»' })).toBeTruthy();
    expect(screen.getByText('Ce qui marche pour eux')).toBeTruthy();
  });
});
