/**
 * The few browser objects the page's script touches, typed here rather than by the DOM library:
 * the main process is typed for Node, and adding DOM's globals to it would let Node code use
 * `document` unnoticed. Types only: nothing here exists when the script runs.
 */

export interface PageElement {
  readonly id: string;
  readonly dataset: Record<string, string | undefined>;
  textContent: string | null;
  hidden: boolean;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  addEventListener(type: 'click' | 'input', listener: () => void): void;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): Iterable<PageElement>;
  focus(options?: { preventScroll: boolean }): void;
  scrollIntoView(options: { block: 'center' }): void;
  remove(): void;
}

export interface PageField extends PageElement {
  value: string;
  select(): void;
}

export interface PageDialog extends PageElement {
  showModal(): void;
  close(): void;
}

export interface PageAnchor extends PageElement {
  href: string;
  download: string;
  click(): void;
}

interface PageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

interface PageHmac {
  importKey(
    format: 'raw',
    key: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    usages: ['sign'],
  ): Promise<unknown>;
  sign(algorithm: 'HMAC', key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}

/** `globalThis` in the page, as far as the script is concerned. */
export interface PageGlobals {
  document: {
    getElementById(id: string): PageElement | null;
    querySelectorAll(selectors: string): Iterable<PageElement>;
    createElement(tag: 'a'): PageAnchor;
    body: PageElement & { append(node: PageElement): void };
  };
  /** Reading it may throw: a browser can refuse storage to a file:// page. */
  localStorage: PageStorage;
  navigator: { clipboard?: { writeText(text: string): Promise<void> } };
  /** Missing outside a secure context. */
  crypto: { subtle?: PageHmac };
  Blob: new (parts: string[], options: { type: string }) => object;
  URL: { createObjectURL(blob: object): string; revokeObjectURL(url: string): void };
  setTimeout(handler: () => void, ms: number): unknown;
}

/** What the page's JSON block gives its script. */
export interface PageScriptData {
  v: number;
  plan: string;
  sig: string;
  replyKey: string;
  fileName: string;
  /** The reply's markers (shared/approval/reply-format.ts), passed in so they are written once. */
  begin: string;
  end: string;
  commentMax: number;
  /** Messages already filled in; `count` keeps its `{done}` and `{total}`. */
  words: {
    count: string;
    saved: string;
    copied: string;
    noAnswer: string;
    missingComments: string;
    cannotSeal: string;
  };
}
