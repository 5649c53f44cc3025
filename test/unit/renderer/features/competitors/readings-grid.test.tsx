// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { zonedToday } from '../../../../../shared/calendar/zoned.ts';
import { cell, id, makeCompetitor, readingRow, renderCompetitors } from './competitors-harness.tsx';

afterEach(cleanup);

const today = zonedToday(new Date(), 'UTC');
const bloom = makeCompetitor({
  id: id(101),
  name: 'Bloom',
  accounts: [
    { id: id(301), network: 'instagram', handle: '@bloom', url: '' },
    { id: id(302), network: 'linkedin', handle: 'bloom-co', url: '' },
  ],
});
const previous = {
  takenOn: '2026-11-30',
  followers: 1200,
  posts: 4,
  engagementsPerPost: 52.5,
  standoutUrl: '',
  standoutNote: '',
};
const rows = () => [
  readingRow({ accountId: id(301), previous }),
  readingRow({ accountId: id(302), network: 'linkedin', handle: 'bloom-co' }),
];

async function openReadings(options: Parameters<typeof renderCompetitors>[0] = {}) {
  const user = userEvent.setup();
  const view = renderCompetitors({ competitors: [bloom], readings: rows(), ...options });
  await user.click(await screen.findByRole('tab', { name: /Readings|Relevés/ }));
  await screen.findByRole('grid');
  return { user, ...view };
}

describe('the readings grid', () => {
  it('shows the previous reading faintly beside each cell, and when it was taken', async () => {
    await openReadings();
    const header = screen.getAllByRole('rowheader')[0] as HTMLElement;
    expect(within(header).getByText('Previous: 30 Nov')).toBeTruthy();
    expect(cell(0, 0).textContent).toContain('1,200');
    expect(within(cell(0, 0)).getByText('previous reading: 1,200')).toBeTruthy();
    expect(cell(0, 2).textContent).toContain('52.5');
    expect(
      within(screen.getAllByRole('rowheader')[1] as HTMLElement).getByText('First reading'),
    ).toBeTruthy();
  });

  it('saves a typed number on Enter as today’s reading, and moves down', async () => {
    const { user, calls } = await openReadings();
    await user.click(cell(0, 0));
    await user.keyboard('1250{Enter}');

    await waitFor(() => expect(calls('competitors.saveReadings')).toHaveLength(1));
    expect(calls('competitors.saveReadings')[0]).toEqual({
      clientId: bloom.clientId,
      on: today,
      rows: [{ accountId: id(301), followers: 1250 }],
    });
    expect(document.activeElement).toBe(cell(1, 0));
    expect(await screen.findByText('All readings saved')).toBeTruthy();
  });

  it('reads numbers the French way in French, to one decimal for engagements per post', async () => {
    const { user, calls } = await openReadings({ language: 'fr' });
    await user.click(cell(0, 2));
    await user.keyboard('37,5{Tab}');
    await waitFor(() => expect(calls('competitors.saveReadings')).toHaveLength(1));
    expect(calls('competitors.saveReadings')[0]).toMatchObject({
      rows: [{ accountId: id(301), engagementsPerPost: 37.5 }],
    });

    await user.click(cell(1, 2));
    await user.keyboard('12,55{Enter}');
    expect(await screen.findByText('Une décimale au plus, par exemple 37,5.')).toBeTruthy();
    expect(calls('competitors.saveReadings')).toHaveLength(1);
  });

  it('warns about a follower count three times the previous one, and saves it anyway', async () => {
    const { user, calls } = await openReadings();
    await user.click(cell(0, 0));
    await user.keyboard('12000{Enter}');
    await waitFor(() => expect(calls('competitors.saveReadings')).toHaveLength(1));
    await waitFor(() => expect(cell(0, 0).dataset.warning).toBe('true'));
    expect(cell(0, 0).getAttribute('title')).toMatch(
      /^More than three times the previous reading \(1,200 on 30 Nov 2026\)/,
    );
  });

  it('takes a link and a note in the text columns', async () => {
    const { user, calls } = await openReadings();
    await user.click(cell(0, 3));
    await user.keyboard('instagram.com/p/xyz{Tab}Behind the scenes{Enter}');
    await waitFor(() => expect(calls('competitors.saveReadings')).toHaveLength(2));
    expect(calls('competitors.saveReadings').map((c) => (c as { rows: unknown[] }).rows[0])).toEqual([
      { accountId: id(301), standoutUrl: 'https://instagram.com/p/xyz' },
      { accountId: id(301), standoutNote: 'Behind the scenes' },
    ]);
    expect(cell(0, 4).textContent).toContain('Behind the scenes');
  });

  it('pastes a block from a spreadsheet in one save', async () => {
    const { user, calls } = await openReadings();
    await user.click(cell(0, 0));
    await user.paste('1 300\t2\t61.5\r\n410\t1\t9\r\n');
    await waitFor(() => expect(calls('competitors.saveReadings')).toHaveLength(1));
    expect(calls('competitors.saveReadings')[0]).toMatchObject({
      rows: [
        { accountId: id(301), followers: 1300, posts: 2, engagementsPerPost: 61.5 },
        { accountId: id(302), followers: 410, posts: 1, engagementsPerPost: 9 },
      ],
    });
    await waitFor(() => expect(cell(1, 0).textContent).toContain('410'));
  });

  it('refuses a paste that does not fit, saying why', async () => {
    const { user, calls } = await openReadings();
    await user.click(cell(0, 0));
    await user.paste('1\n2\n3');
    expect(
      await screen.findByText(
        'Nothing was pasted: the block has 3 rows, but only 2 accounts are listed from this one down. Move up, or copy fewer rows.',
      ),
    ).toBeTruthy();
    expect(calls('competitors.saveReadings')).toEqual([]);
  });

  it('undoes the last edit with Ctrl+Z, writing the value before back', async () => {
    const { user, calls } = await openReadings();
    await user.click(cell(1, 1));
    await user.keyboard('3{Enter}');
    await waitFor(() => expect(calls('competitors.saveReadings')).toHaveLength(1));
    await screen.findByText('All readings saved');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(calls('competitors.saveReadings')).toHaveLength(2));
    expect(calls('competitors.saveReadings')[1]).toMatchObject({
      rows: [{ accountId: id(302), posts: null }],
    });
    expect(await screen.findByText('Undone and saved')).toBeTruthy();
    expect(document.activeElement).toBe(cell(1, 1));
  });

  it('says when a save is refused, in the cell and above the grid', async () => {
    const { user } = await openReadings({
      refuseSave: {
        code: 'invalid_input',
        message: 'no',
        issues: [{ path: ['rows', '0', 'standoutNote'], code: 'tooLong', params: { max: 5000 } }],
      },
    });
    await user.click(cell(0, 4));
    await user.keyboard('Too long{Enter}');
    expect(
      await screen.findByText('Not saved. Bloom · Instagram @bloom, Why it worked: 5000 characters at most.'),
    ).toBeTruthy();
    expect(cell(0, 4).getAttribute('aria-invalid')).toBe('true');
    expect(cell(0, 4).textContent).toContain('Too long');
  });

  it('explains how to get rows when no competitor has an account', async () => {
    const user = userEvent.setup();
    renderCompetitors({ competitors: [makeCompetitor({ name: 'Bloom' })], readings: [] });
    await user.click(await screen.findByRole('tab', { name: /Readings/ }));
    expect(await screen.findByRole('heading', { name: 'No account to take readings from' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add accounts' }));
    expect(screen.getByRole('tab', { name: /Competitors/ }).getAttribute('aria-selected')).toBe('true');
  });
});
