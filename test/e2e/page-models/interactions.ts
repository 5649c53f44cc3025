// What a keyboard user or a reader does on any screen: walk with Tab, pick with arrows, paste, watch a text.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Starts recording every text the element shows from now on, as a reader watching it would see
 * them (a value shown only for a moment included); the returned function reads the list.
 */
export async function recordTexts(element: Locator): Promise<() => Promise<string[]>> {
  const seen = await element.evaluateHandle((node) => {
    const texts: string[] = [];
    const view = node.ownerDocument.defaultView;
    if (!view) throw new Error('The element is not in a window');
    new view.MutationObserver(() => {
      const text = node.textContent ?? '';
      if (texts.at(-1) !== text) texts.push(text);
    }).observe(node, { childList: true, characterData: true, subtree: true });
    return texts;
  });
  return () => seen.jsonValue();
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, the way a keyboard user walks through
 * a form, however many stops lie between (a date field alone has several).
 */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', most = 30) {
  for (let presses = 0; presses <= most; presses += 1) {
    if (await target.evaluate((node) => node === node.ownerDocument.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${most} presses of ${key} never reached ${target}`);
}

/** Picks an option of the focused drop-down with ↑/↓, which change a closed <select> at once. */
export async function chooseWithArrows(page: Page, select: Locator, label: string) {
  const options = select.locator('option');
  const to = (await options.allTextContents()).indexOf(label);
  const value = await options.nth(to).getAttribute('value');
  if (to < 0 || value === null) throw new Error(`No option “${label}” in ${select}`);
  const values = await options.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('value')));
  const from = values.indexOf(await select.inputValue());
  for (let i = from; i < to; i += 1) await page.keyboard.press('ArrowDown');
  for (let i = from; i > to; i -= 1) await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue(value);
}

/**
 * Pastes a block copied from a spreadsheet into the focused cell with Ctrl+V: the text goes to the
 * browser's clipboard first (the page may write to it), then the browser fires its own paste event.
 */
export async function paste(page: Page, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page
    .locator('body')
    .evaluate((body, data) => body.ownerDocument.defaultView?.navigator.clipboard.writeText(data), text);
  await page.keyboard.press('Control+V');
}
