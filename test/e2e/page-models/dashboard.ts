// Page model: the dashboard, the KPI cards.
import type { Locator, Page } from '@playwright/test';

/** One KPI card of the dashboard, by the KPI's name ("Audience growth"). */
export const kpiCard = (page: Page, name: string): Locator =>
  page.getByRole('listitem', { name, exact: true });
