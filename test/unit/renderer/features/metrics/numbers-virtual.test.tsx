// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cell, layOutEachTest, renderNumbers, row } from './numbers-harness.tsx';

layOutEachTest();

const many = (n: number) => Array.from({ length: n }, (_, i) => row(i + 1));

describe('a grid of 2,000 posts', () => {
  it('keeps only the rows in view in the DOM, and tells assistive tech how many there are', async () => {
    renderNumbers({ rows: many(2000) });
    await screen.findByText('Post number 1');
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-rowcount')).toBe('2001');
    const rendered = grid.querySelectorAll('tbody tr');
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(40);
    expect(screen.queryByText('Post number 500')).toBeNull();
  });

  it('brings the last row in with Ctrl+End, its position announced, the DOM still small', async () => {
    const user = userEvent.setup();
    renderNumbers({ rows: many(2000) });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'impressions'));
    await user.keyboard('{Control>}{End}{/Control}');

    const last = cell(1999, 'videoViews');
    expect(document.activeElement).toBe(last);
    expect(last.closest('tr')?.getAttribute('aria-rowindex')).toBe('2001');
    expect(screen.getByRole('grid').querySelectorAll('tbody tr').length).toBeLessThan(40);
  });
});
