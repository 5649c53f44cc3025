// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cell, cellEditor, layOutEachTest, postId, renderNumbers, row, today } from './numbers-harness.tsx';

layOutEachTest();

const three = () => [row(1), row(2, { values: { impressions: 100, reach: 80 } }), row(3)];

describe('typing numbers into the grid', () => {
  it('types over a cell, saves it with Enter as a reading of today, and moves down', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: three() });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'impressions'));
    await user.keyboard('1234{Enter}');

    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]).toEqual({
      on: today,
      cells: [{ postId: postId(1), metric: 'impressions', value: 1234 }],
    });
    expect(cell(0, 'impressions').textContent).toBe('1,234');
    expect(document.activeElement).toBe(cell(1, 'impressions'));
    expect(await screen.findByText('All numbers saved')).toBeTruthy();
  });

  it('moves with the arrows and Tab, one cell at a time, with a single tabbable cell', async () => {
    const user = userEvent.setup();
    renderNumbers({ rows: three() });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'impressions'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cell(0, 'reach'));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(cell(2, 'reach'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell(2, 'reach'));
    await user.keyboard('{Tab}');
    expect(document.activeElement).toBe(cell(2, 'reactions'));
    await user.keyboard('{Shift>}{Tab}{/Shift}{ArrowUp}');
    expect(document.activeElement).toBe(cell(1, 'reach'));
    expect(document.querySelectorAll('[role="grid"] [tabindex="0"]')).toHaveLength(1);
  });

  it('goes to the ends of a row with Home and End, and of the grid with Ctrl+Home and Ctrl+End', async () => {
    const user = userEvent.setup();
    renderNumbers({ rows: [row(1), row(2, { paid: true }), row(3)] });
    await screen.findByText('Post number 1');
    await user.click(cell(1, 'reach'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(cell(1, 'spend'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(cell(1, 'impressions'));
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toBe(cell(2, 'videoViews'));
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement).toBe(cell(0, 'impressions'));
  });

  it('cancels an edit with Escape: nothing saved, the old value back', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: three() });
    await screen.findByText('Post number 2');
    await user.click(cell(1, 'impressions'));
    await user.keyboard('999');
    expect(screen.getByRole('textbox', { name: 'Impressions / views' })).toBeTruthy();
    await user.keyboard('{Escape}');

    expect(cellEditor()).toBeNull();
    expect(cell(1, 'impressions').textContent).toBe('100');
    expect(document.activeElement).toBe(cell(1, 'impressions'));
    expect(saves()).toEqual([]);
  });

  it('keeps the value to change it with F2, and clears a cell with Delete', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: three() });
    await screen.findByText('Post number 2');
    await user.click(cell(1, 'impressions'));
    await user.keyboard('{F2}5{Enter}');
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]?.cells).toEqual([{ postId: postId(2), metric: 'impressions', value: 1005 }]);

    await user.click(cell(1, 'reach'));
    await user.keyboard('{Delete}');
    await waitFor(() => expect(saves()).toHaveLength(2));
    expect(saves()[1]?.cells).toEqual([{ postId: postId(2), metric: 'reach', value: null }]);
    expect(cell(1, 'reach').textContent).toBe('');
  });

  it('refuses what is not a count, under the cell, and saves nothing', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: three() });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'reach'));
    await user.keyboard('12.5{Enter}');

    const input = screen.getByRole('textbox', { name: 'Reach' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // The message is on the cell, and describes its text box to a screen reader.
    expect(screen.getByText('A count is a whole number.').id).toBe(input.getAttribute('aria-describedby'));
    expect(document.activeElement).toBe(input);

    await user.clear(input);
    await user.type(input, 'abc{Enter}');
    expect(screen.getByText('Not a number.')).toBeTruthy();
    expect(saves()).toEqual([]);
  });

  it('asks for the full number when a count is abbreviated as the networks show it', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: three(), language: 'fr' });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'reach'));
    await user.keyboard('1,2 k{Enter}');
    const input = screen.getByRole('textbox', { name: 'Portée' });
    const message = screen.getByText('Saisissez le nombre en entier (1 200, pas 1,2 k).');
    expect(message.id).toBe(input.getAttribute('aria-describedby'));

    await user.clear(input);
    await user.type(input, '3M{Enter}');
    expect(screen.getByText('Saisissez le nombre en entier (1 200, pas 1,2 k).')).toBeTruthy();
    expect(saves()).toEqual([]);
  });

  it('keeps what was typed when the user clicks another cell, and lets Tab leave the grid after the last cell', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: three() });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'shares'));
    await user.keyboard('7');
    await user.click(cell(2, 'saves'));
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]?.cells).toEqual([{ postId: postId(1), metric: 'shares', value: 7 }]);
    expect(document.activeElement).toBe(cell(2, 'saves'));

    await user.keyboard('{End}');
    expect(document.activeElement).toBe(cell(2, 'videoViews'));
    await user.keyboard('3{Tab}');
    await waitFor(() => expect(saves()).toHaveLength(2));
    expect(screen.getByRole('grid').contains(document.activeElement)).toBe(false);
  });

  it('reads "1,234" as a thousand and some in English', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: three() });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'reach'));
    await user.keyboard('1,234{Enter}');
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]?.cells).toEqual([{ postId: postId(1), metric: 'reach', value: 1234 }]);
  });

  it('reads "1 234" in French, shows it the French way, and refuses "1,5" as a count', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: three(), language: 'fr' });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'reach'));
    await user.keyboard('1 234{Enter}');
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]?.cells).toEqual([{ postId: postId(1), metric: 'reach', value: 1234 }]);
    expect(cell(0, 'reach').textContent?.replace(/\s/gu, ' ')).toBe('1 234');

    await user.keyboard('1,5{Enter}');
    expect(screen.getByText('Un compte est un nombre entier.')).toBeTruthy();
    expect(saves()).toHaveLength(1);
  });

  it('takes money in the client currency as cents, in French', async () => {
    const user = userEvent.setup();
    const { saves } = renderNumbers({ rows: [row(1, { paid: true })], language: 'fr' });
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'spend'));
    await user.keyboard('12,50{Enter}');
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]?.cells).toEqual([{ postId: postId(1), metric: 'spend', value: 1250 }]);
    expect(cell(0, 'spend').textContent?.replace(/\s/gu, ' ')).toBe('12,50 €');
  });
});

describe('cells that do not apply', () => {
  const mixed = () => [row(1, { format: 'story' }), row(2, { format: 'image' }), row(3, { format: 'story' })];

  it('are greyed out, cannot be focused, and the arrows jump over them', async () => {
    const user = userEvent.setup();
    renderNumbers({ rows: mixed() });
    await screen.findByText('Post number 1');
    expect(cell(1, 'storyExits').getAttribute('aria-disabled')).toBe('true');
    expect(cell(1, 'storyExits').hasAttribute('tabindex')).toBe(false);
    expect(cell(1, 'spend').getAttribute('aria-disabled')).toBe('true');

    await user.click(cell(0, 'storyExits'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell(2, 'storyExits'));

    await user.click(cell(1, 'videoViews'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cell(1, 'videoViews'));
    await user.keyboard('{Tab}');
    expect(document.activeElement).toBe(cell(2, 'impressions'));
  });
});
