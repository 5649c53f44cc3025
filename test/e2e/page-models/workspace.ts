// Page model: This week, the workspace Calepin opens on (the week's cards beside figures and notes).
import type { Locator, Page } from '@playwright/test';
import { sidebar } from './sidebar.ts';

/** Opens This week from the sidebar after the test seeded it (the page reloads to read it afresh). */
export async function openThisWeek(page: Page, language: 'en' | 'fr') {
  await page.reload();
  await sidebar(page, language === 'en' ? 'This week' : 'Cette semaine').click();
}

/** How wide a card is, and how many lines of its caption show. */
export async function cardLayout(postCard: Locator) {
  return postCard.evaluate((button) => {
    // The caption's box (its CSS module class is named after its words).
    const words = button.querySelector('[class*="words"]');
    const lines = words
      ? Math.round(
          words.clientHeight /
            Number.parseFloat(button.ownerDocument.defaultView?.getComputedStyle(words).lineHeight ?? ''),
        )
      : 0;
    return { width: button.getBoundingClientRect().width, lines };
  });
}

/** The figures' pane shows all it holds: nothing scrolls inside it. */
export const scrollsInside = (region: Locator) =>
  region.evaluate((section) => {
    const pane = section.parentElement;
    return pane !== null && pane.scrollHeight > pane.clientHeight + 1;
  });
