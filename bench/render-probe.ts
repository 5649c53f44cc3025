/**
 * Installed in the page before the app loads (Playwright's init script, plain JavaScript).
 *
 * The renderer measures `calendar-<view>` and `metrics-grid` from the render with new data to the DOM update
 * (renderer/ui/use-render-measure.ts). Wrapping `performance.measure` lets the probe note, at that
 * very moment: the time since the last key press (the whole wait the user sees: prefs.set,
 * posts.list, the render), the style and layout of what React just wrote (forced now instead of
 * before the next paint: the same work, done earlier), and how many cards are on screen.
 */
/** A post on screen: a card in the week or month, a row in the list. */
const CARDS = '[data-post-id], tbody tr';

export const RENDER_PROBE = `(() => {
  const bench = { lastKey: 0, samples: [] };
  window.__calepinBench = bench;
  window.addEventListener('keydown', (event) => { bench.lastKey = event.timeStamp; }, true);
  const measure = performance.measure.bind(performance);
  performance.measure = (...args) => {
    const entry = measure(...args);
    const name = String(args[0]);
    if (name.startsWith('calendar-') || name === 'metrics-grid') {
      const committed = performance.now();
      void document.body.offsetHeight;
      const layout = performance.now() - committed;
      bench.samples.push({
        name,
        render: entry.duration,
        layout,
        sinceKey: bench.lastKey ? committed - bench.lastKey : null,
        cards: document.querySelectorAll(${JSON.stringify(CARDS)}).length,
      });
    }
    return entry;
  };
})();`;

/** One `calendar-<view>` or `metrics-grid` measure, as the probe records it. */
export interface RenderSample {
  name: string;
  /** React: render with new data → DOM updated (the app's own measure). */
  render: number;
  /** Style recalculation and layout of the updated DOM. */
  layout: number;
  /** From the key press to the DOM update; null before the first key. */
  sinceKey: number | null;
  /** Cards (rows in the list) in the page right after the update. */
  cards: number;
}

export const SAMPLES_SO_FAR = 'window.__calepinBench.samples.length';
export const samplesFrom = (index: number) => `window.__calepinBench.samples.slice(${index})`;
export const DOM_SIZE = `({
  elements: document.getElementsByTagName('*').length,
  cards: document.querySelectorAll(${JSON.stringify(CARDS)}).length,
})`;

/**
 * An expression that resolves once `condition` holds, checked every frame. Playwright's own
 * waitForFunction compiles its predicate with `new Function`, which the app's CSP refuses.
 */
export const waitUntil = (condition: string, timeoutMs: number) => `new Promise((resolve, reject) => {
  const end = performance.now() + ${timeoutMs};
  const poll = () => {
    if (${condition}) resolve(true);
    else if (performance.now() > end) reject(new Error(${JSON.stringify(`timed out waiting for ${condition}`)}));
    else requestAnimationFrame(poll);
  };
  poll();
})`;
