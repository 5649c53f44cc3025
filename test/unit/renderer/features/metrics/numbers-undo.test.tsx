// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cell, layOutEachTest, postId, renderNumbers, row } from './numbers-harness.tsx';

layOutEachTest();

const rows = () => [row(1, { values: { impressions: 500 } }), row(2, { values: { reach: 70 } })];

describe('undo and redo in the grid', () => {
  it('writes the previous value back with Ctrl+Z, and the new one again with Ctrl+Shift+Z and Ctrl+Y', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: rows() });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'impressions'));
    await user.keyboard('650{Enter}');
    await waitFor(() => expect(saves()).toHaveLength(1));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(saves()).toHaveLength(2));
    expect(saves()[1]?.cells).toEqual([{ postId: postId(1), metric: 'impressions', value: 500 }]);
    expect(await screen.findByText('Undone and saved')).toBeTruthy();
    expect(cell(0, 'impressions').textContent).toBe('500');
    // The focus goes back to the cell that changed.
    expect(document.activeElement).toBe(cell(0, 'impressions'));

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(saves()).toHaveLength(3));
    expect(saves()[2]?.cells).toEqual([{ postId: postId(1), metric: 'impressions', value: 650 }]);

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(saves()).toHaveLength(4));
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(() => expect(saves()).toHaveLength(5));
    expect(saves()[4]?.cells).toEqual([{ postId: postId(1), metric: 'impressions', value: 650 }]);
    expect(cell(0, 'impressions').textContent).toBe('650');
  });

  it('undoes a whole paste with one save of every previous value', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: rows() });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'impressions'));
    await user.paste('900\t800\n700\t600');
    await waitFor(() => expect(saves()).toHaveLength(1));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(saves()).toHaveLength(2));
    expect(saves()[1]?.cells).toEqual([
      { postId: postId(1), metric: 'impressions', value: 500 },
      { postId: postId(1), metric: 'reach', value: null },
      { postId: postId(2), metric: 'impressions', value: null },
      { postId: postId(2), metric: 'reach', value: 70 },
    ]);
  });

  it('keeps Ctrl+Z to itself, so the app-wide undo of the trash does not fire', async () => {
    const user = userEvent.setup();
    const appWide: string[] = [];
    const listener = (e: KeyboardEvent) => appWide.push(e.key);
    window.addEventListener('keydown', listener);
    try {
      renderNumbers({ rows: rows() });
      await screen.findByText('Post number 1');
      await user.click(cell(0, 'impressions'));
      await user.keyboard('{Control>}z{/Control}');
      expect(await screen.findByText('Nothing to undo')).toBeTruthy();
      expect(appWide.filter((k) => k.toLowerCase() === 'z')).toEqual([]);
    } finally {
      window.removeEventListener('keydown', listener);
    }
  });
});
