// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cell, client, layOutEachTest, renderNumbers, row } from './numbers-harness.tsx';

layOutEachTest();

const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

const rateCell = (rowIndex: number) => {
  const tr = document.querySelectorAll('[role="grid"] tbody tr')[rowIndex];
  const last = tr?.querySelector('td:last-child');
  if (!(last instanceof HTMLElement)) throw new Error('no rate cell');
  return last;
};

describe('numbers that rarely happen', () => {
  it('are flagged on the cell, with a description, and saved all the same', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: [row(1, { values: { impressions: 100 } })] });
    await screen.findByText('Post number 1');
    expect(description(cell(0, 'reach'))).toBe('');

    await user.click(cell(0, 'reach'));
    await user.keyboard('150{Enter}');
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(description(cell(0, 'reach'))).toBe('Reach is higher than impressions: check these numbers.');
    expect(cell(0, 'reach').textContent).toContain('150');
  });
});

describe('the engagement rate column', () => {
  it('says its basis and computes each post by the dashboard formula, "—" with the reason when it cannot', async () => {
    renderNumbers({
      rows: [
        row(1, { values: { reach: 1000, reactions: 30, comments: 10, shares: 5, saves: 5 } }),
        row(2, { values: { reactions: 12 } }),
        row(3, { values: { reach: 0, reactions: 1 } }),
      ],
    });
    await screen.findByText('Post number 1');
    expect(screen.getByRole('columnheader', { name: 'Engagement rate (by reach)' })).toBeTruthy();
    expect(rateCell(0).textContent).toBe('5.0%');
    expect(rateCell(1).textContent).toBe('—No reach logged for this post.');
    expect(rateCell(2).textContent).toBe('—Cannot be computed: reach is 0.');
    // The period's rate sums over the posts whose reach is known: 51 ÷ 1,000.
    expect(screen.getByText(/Engagement rate \(by reach\) over the period: 5\.1%/)).toBeTruthy();
  });

  it('follows the basis the client chose: by followers, the channel’s count at the post’s date', async () => {
    renderNumbers({
      client: { ...client, engagementBasis: 'followers' },
      rows: [
        row(1, { values: { impressions: 400, reactions: 20 }, followers: 2000 }),
        row(2, { values: { impressions: 400, reactions: 20 } }),
      ],
    });
    await screen.findByText('Post number 1');
    expect(screen.getByRole('columnheader', { name: 'Engagement rate (by followers)' })).toBeTruthy();
    expect(rateCell(0).textContent).toBe('1.0%');
    expect(rateCell(1).textContent).toBe('—No follower count logged for this post.');
  });
});
