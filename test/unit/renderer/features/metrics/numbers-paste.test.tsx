// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cell, layOutEachTest, postId, renderNumbers, row, today } from './numbers-harness.tsx';

layOutEachTest();

const rows = () => [row(1), row(2), row(3, { format: 'story' })];

describe('pasting a block copied from a spreadsheet', () => {
  it('fills three columns of two rows from the focused cell with one save of six cells', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: rows() });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'reach'));
    await user.paste('1 200\t45\t3\r\n2,500\t60\t0\r\n');

    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]).toEqual({
      on: today,
      cells: [
        { postId: postId(1), metric: 'reach', value: 1200 },
        { postId: postId(1), metric: 'reactions', value: 45 },
        { postId: postId(1), metric: 'comments', value: 3 },
        { postId: postId(2), metric: 'reach', value: 2500 },
        { postId: postId(2), metric: 'reactions', value: 60 },
        { postId: postId(2), metric: 'comments', value: 0 },
      ],
    });
    expect(cell(1, 'reach').textContent).toBe('2,500');
    expect(cell(1, 'comments').textContent).toBe('0');
  });

  it('reads a French block in French', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: rows(), language: 'fr' });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'impressions'));
    await user.paste('1\u202f234\t987');
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]?.cells).toEqual([
      { postId: postId(1), metric: 'impressions', value: 1234 },
      { postId: postId(1), metric: 'reach', value: 987 },
    ]);
  });

  it('changes nothing when one cell is not a number, and says which', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: rows() });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'impressions'));
    await user.paste('100\t80\n200\tn/a\n');

    expect(
      await screen.findByText(/Nothing was pasted\. “n\/a” in Reach, .*@atelier\.rose: Not a number\./),
    ).toBeTruthy();
    expect(saves()).toEqual([]);
    expect(cell(0, 'impressions').textContent).toBe('');
  });

  it('asks for the full number when a pasted count is abbreviated', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: rows() });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'impressions'));
    await user.paste('12.5K\t800');
    expect(
      await screen.findByText(
        /“12\.5K” in Impressions \/ views, .*: Type the full number \(1,200, not 1\.2k\)\./,
      ),
    ).toBeTruthy();
    expect(saves()).toEqual([]);
  });

  it('refuses a rate: Calepin computes rates from the counts', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: rows() });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'impressions'));
    await user.paste('100\t12,5 %');
    expect(await screen.findByText(/Type the raw count, not a rate/)).toBeTruthy();
    expect(saves()).toEqual([]);
  });

  it('refuses a block wider than the columns left, before reading it', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: rows() });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'videoViews'));
    // From video views: story exits, replies, forward taps and spend are left, five columns in all.
    await user.paste('1\t2\t3\t4\t5\t6');
    expect(
      await screen.findByText(
        'Nothing was pasted: the block has 6 columns, but only 5 fit from this cell to the last column. Move to a cell further left, or copy fewer columns.',
      ),
    ).toBeTruthy();
    expect(saves()).toEqual([]);
  });

  it('refuses a block taller than the posts below', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: rows() });
    await screen.findByText('Post number 1');
    await user.click(cell(1, 'impressions'));
    await user.paste('1\n2\n3');
    expect(await screen.findByText(/the block has 3 rows, but only 2 posts are listed/)).toBeTruthy();
    expect(saves()).toEqual([]);
  });

  it('refuses a number landing on a cell that does not apply, but lets a blank pass over it', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: rows() });
    await screen.findByText('Post number 1');
    await user.click(cell(1, 'videoViews'));
    await user.paste('10\t4');
    expect(
      await screen.findByText(/“4” in Story exits, .*: This number does not apply to this post\./),
    ).toBeTruthy();
    expect(saves()).toEqual([]);

    await user.click(cell(1, 'videoViews'));
    await user.paste('10\t\n20\t4');
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]?.cells).toEqual([
      { postId: postId(2), metric: 'videoViews', value: 10 },
      { postId: postId(3), metric: 'videoViews', value: 20 },
      { postId: postId(3), metric: 'storyExits', value: 4 },
    ]);
  });

  it('shows the server refusal translated and leaves the cells as they were', async () => {
    const user = userEvent.setup();
    renderNumbers({
      rows: rows(),
      refuseSave: {
        code: 'invalid_input',
        message: 'x',
        issues: [{ path: ['cells', '1', 'value'], code: 'beforePublished', params: { date: '2026-11-23' } }],
      },
    });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'impressions'));
    await user.paste('100\t80');
    expect(
      await screen.findByText(
        /^Not saved\. .*@atelier\.rose, Reach: Dated before the post went out \(23 Nov 2026\)\.$/,
      ),
    ).toBeTruthy();
    expect(cell(0, 'impressions').textContent).toBe('');
    expect(cell(0, 'reach').textContent).toBe('');
    expect(screen.getByRole('status').textContent).toBe('Not saved');
  });
});
