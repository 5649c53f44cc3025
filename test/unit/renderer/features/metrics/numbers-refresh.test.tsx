// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../shared/calendar/dates.ts';
import { cell, layOutEachTest, leaveScreen, postId, renderNumbers, row, today } from './numbers-harness.tsx';

layOutEachTest();

const yesterday = addDays(today, -1);

describe('an edit in progress', () => {
  it('stays on its post when the rows come back in another order, and is saved there', async () => {
    const user = userEvent.setup();
    const listed = [row(1), row(2), row(3)];
    // As of yesterday, a post published since is not listed: the rows shift under the editor.
    const { saves } = renderNumbers({
      rows: listed,
      handlers: {
        'metrics.grid': (input) => ({
          ok: true,
          value: input.on === today ? [row(9), ...listed] : listed,
        }),
      },
    });
    await screen.findByText('Post number 9');
    await user.click(cell(2, 'impressions'));
    await user.keyboard('77');
    const editor = screen.getByRole('textbox', { name: 'Impressions / views' });
    expect(editor.closest('tr')?.textContent).toContain('Post number 2');

    // Changing the date does not take the keyboard from the cell.
    fireEvent.change(screen.getByLabelText('Numbers as of'), { target: { value: yesterday } });
    await waitFor(() => expect(screen.queryByText('Post number 9')).toBeNull());
    const moved = screen.getByRole('textbox', { name: 'Impressions / views' });
    expect(moved.closest('tr')?.textContent).toContain('Post number 2');
    expect((moved as HTMLInputElement).value).toBe('77');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]).toEqual({
      on: yesterday,
      cells: [{ postId: postId(2), metric: 'impressions', value: 77 }],
    });
    const saved = within(screen.getByRole('grid')).getByText('Post number 2').closest('tr') as HTMLElement;
    expect(saved.querySelector(`td[data-col="0"]`)?.textContent).toBe('77');
  });

  it('is saved when the screen is left with the cell still open', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: [row(1), row(2)] });
    await screen.findByText('Post number 1');
    await user.click(cell(1, 'reach'));
    await user.keyboard('1 500');

    act(() => leaveScreen());
    expect(screen.getByText('Another screen')).toBeTruthy();
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]).toEqual({ on: today, cells: [{ postId: postId(2), metric: 'reach', value: 1500 }] });
  });

  it('is dropped when the screen is left with something that is not a number', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: [row(1)] });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'reach'));
    await user.keyboard('lots');

    act(() => leaveScreen());
    // A save would be asked for at once (as in the test above): give it time to show up.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saves()).toEqual([]);
  });
});
