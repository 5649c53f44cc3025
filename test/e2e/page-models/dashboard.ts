// Page model: the dashboard, the KPI cards and the period they cover.
import { expect, type Locator, type Page } from '@playwright/test';
import { daysBetween, startOfMonth, startOfWeek } from '../../../shared/calendar/dates.ts';
import { weekTitle } from './dates.ts';
import { days } from './seed.ts';

/** One KPI card of the dashboard, by the KPI's name ("Audience growth"). */
export const kpiCard = (page: Page, name: string): Locator =>
  page.getByRole('listitem', { name, exact: true });

/**
 * Last week on the dashboard, whatever it opened on (the week of the screen the user came from, or
 * their last choice): the week kind, then steps back until last week's title shows.
 */
export async function showLastWeek(
  page: Page,
  ui: { week: string; period: string; next: string; previous: string },
) {
  const d = days();
  const language = ui.week === 'Week' ? 'en' : 'fr';
  await page.getByRole('group', { name: ui.period }).getByText(ui.week, { exact: true }).click();
  await expect(page.getByRole('radio', { name: ui.week })).toBeChecked();
  const title = page.getByRole('heading', { level: 2 }).first();
  await expect(title).toHaveText(/\d/);
  const shown = (await title.textContent()) ?? '';
  const target = weekTitle(d.lastMonday, language);
  // A week later than last week (this one) steps back; any other steps on from the month's start.
  const steps =
    shown === target
      ? 0
      : shown === weekTitle(d.thisMonday, language)
        ? -1
        : daysBetween(startOfWeek(startOfMonth(d.today), 1), d.lastMonday) / 7;
  for (let i = 0; i < Math.abs(steps); i += 1)
    await page.getByRole('button', { name: steps > 0 ? ui.next : ui.previous }).click();
}
