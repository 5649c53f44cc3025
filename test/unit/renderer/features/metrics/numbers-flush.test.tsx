// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { withFlushEvents } from '../../support/flush-events.ts';
import { cell, cellEditor, layOutEachTest, postId, renderNumbers, row, today } from './numbers-harness.tsx';

layOutEachTest();

function renderWithFlush() {
  return withFlushEvents(
    renderNumbers({
      rows: [row(1), row(2, { values: { impressions: 100 } })],
      handlers: { 'app.flushed': () => ({ ok: true, value: null }) },
    }),
  );
}

describe('the Numbers grid when the app quits or the window closes', () => {
  it('keeps the number still being typed in a cell, and says so only once it is saved', async () => {
    const user = userEvent.setup();
    const { events, saves, methods, stored } = renderWithFlush();
    await screen.findByText('Post number 2');
    await user.click(cell(1, 'impressions'));
    await user.keyboard('250');
    expect(screen.getByRole('textbox', { name: 'Impressions / views' })).toBeTruthy();
    expect(saves()).toEqual([]);

    events.request(9);
    await waitFor(() => expect(methods()).toContain('app.flushed'));
    expect(saves()).toEqual([
      { on: today, cells: [{ postId: postId(2), metric: 'impressions', value: 250 }] },
    ]);
    expect(methods().indexOf('metrics.save')).toBeLessThan(methods().indexOf('app.flushed'));
    expect(stored.get(postId(2))?.values.impressions).toBe(250);
    // The editor closed as after Enter: the cell shows the number kept.
    await waitFor(() => expect(cellEditor()).toBeNull());
    expect(cell(1, 'impressions').textContent).toBe('250');
  });

  it('leaves the editor alone when the window is only hidden, to look up a figure elsewhere', async () => {
    const user = userEvent.setup();
    const { saves } = renderWithFlush();
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'reach'));
    await user.keyboard('12');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange'));

    await user.keyboard('3{Enter}');
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]?.cells).toEqual([{ postId: postId(1), metric: 'reach', value: 123 }]);
  });

  it('writes nothing for text that is not a number, and still lets the app close', async () => {
    const user = userEvent.setup();
    const { events, saves, methods } = renderWithFlush();
    await screen.findByText('Post number 1');
    await user.click(cell(0, 'reach'));
    await user.keyboard('abc');
    events.request(4);
    await waitFor(() => expect(methods()).toContain('app.flushed'));
    expect(saves()).toEqual([]);
    // What was typed stays on screen, for the user to correct when the app is back.
    expect(cellEditor()?.value).toBe('abc');
  });
});
