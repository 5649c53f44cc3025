// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, addMonths, startOfMonth, startOfWeek } from '../../../../../shared/calendar/dates.ts';
import type { MetricsGridQuery } from '../../../../../shared/domain/metrics.ts';
import { client, layOutEachTest, renderNumbers, row, today } from './numbers-harness.tsx';

const shown = (day: string) => day.split('-').reverse().join('/');

layOutEachTest();
afterEach(() => {
  vi.useRealTimers();
});

describe('the Numbers screen', () => {
  it('explains an empty period and links to the calendar', async () => {
    renderNumbers({ rows: [] });
    expect(await screen.findByRole('heading', { name: 'No published post in this period' })).toBeTruthy();
    expect(screen.getByText(/Mark your posts as published in the calendar/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Open the calendar' });
    expect(link.getAttribute('href')).toBe(`#/clients/${client.id}/calendar`);
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('asks for this week from Monday, steps by week or month, and reads the numbers as of the chosen day', async () => {
    const user = userEvent.setup();
    const { fake } = renderNumbers({ rows: [row(1)] });
    const asked = () =>
      fake.calls.filter((c) => c.method === 'metrics.grid').map((c) => c.input as MetricsGridQuery);
    await screen.findByText('Post number 1');
    const monday = startOfWeek(today, 1);
    expect(asked()[0]).toEqual({ clientId: client.id, from: monday, to: addDays(monday, 7), on: today });

    await user.click(screen.getByRole('button', { name: 'Previous week' }));
    await waitFor(() => expect(asked().at(-1)).toMatchObject({ from: addDays(monday, -7), to: monday }));

    await user.click(screen.getByRole('radio', { name: 'Month' }));
    const month = startOfMonth(addDays(monday, -7));
    await waitFor(() => expect(asked().at(-1)).toMatchObject({ from: month, to: addMonths(month, 1) }));
    await user.click(screen.getByRole('button', { name: 'This month' }));
    await waitFor(() => expect(asked().at(-1)).toMatchObject({ from: startOfMonth(today) }));

    const asOf = screen.getByLabelText('Numbers as of');
    // Shown day first, as the app writes dates, whatever the browser's locale.
    expect((asOf as HTMLInputElement).value).toBe(shown(today));
    expect(
      screen.getByText(/Earlier readings are kept in the history; the latest one counts\./),
    ).toBeTruthy();
    const earlier = addDays(today, -3);
    fireEvent.change(asOf, { target: { value: earlier } });
    await waitFor(() => expect(asked().at(-1)).toMatchObject({ on: earlier }));
  });

  it('dates the numbers with the new day once midnight passes, the screen still open', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-11-23T23:59:30Z'));
    const { fake } = renderNumbers({ rows: [row(1)] });
    await screen.findByText('Post number 1');
    const asOf = screen.getByLabelText('Numbers as of') as HTMLInputElement;
    expect(asOf.value).toBe('23/11/2026');

    act(() => vi.advanceTimersByTime(60_000));
    await waitFor(() => expect(asOf.value).toBe('24/11/2026'));
    await waitFor(() =>
      expect(fake.calls.filter((c) => c.method === 'metrics.grid').at(-1)?.input).toMatchObject({
        on: '2026-11-24',
      }),
    );
  });

  it('shows each post with its day, time, network, first words and format', async () => {
    renderNumbers({
      rows: [
        row(1, { date: '2026-11-23', time: '09:30', format: 'story', caption: 'Les coulisses de l’atelier' }),
      ],
    });
    const header = (await screen.findByText('Les coulisses de l’atelier')).closest('th');
    expect(header?.textContent).toBe('Mon 23 Nov, 09:30 · StoryInstagramLes coulisses de l’atelier');
  });
});
