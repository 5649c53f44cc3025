import { codeStore } from './code-store.ts';

/**
 * Radix's menu code (with Floating UI, ~25 KB gzip): the first screen draws its menus' buttons
 * without it (DeferredMenu), and it comes on idle (app/prefetch.ts) or when a button is pressed first.
 */
export const menuCode = codeStore(
  () => import('./radix-menu.ts'),
  (m) => m.DropdownMenu,
);

export type MenuKit = typeof import('./radix-menu.ts').DropdownMenu;
