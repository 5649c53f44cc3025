/** Waits for the browser to be idle; a short timer where requestIdleCallback is missing (Safari). */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    // The timeout keeps a busy window (a long list scrolling) from putting it off for ever.
    const handle = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 200);
  return () => window.clearTimeout(handle);
}

/** How long a task waits for `ready` before it runs anyway. */
const PATIENCE_MS = 10_000;

/**
 * Runs the tasks one after the other, each in an idle moment once the one before has finished and
 * `ready` says the window has nothing else to wait for (the screen's data has come): chunks fetched
 * ahead never compete with what the user is waiting for, nor with each other. Returns a way to stop
 * what has not started.
 */
export function runWhenIdle(
  tasks: readonly (() => Promise<unknown>)[],
  ready: () => boolean = () => true,
): () => void {
  let cancel = () => {};
  let stopped = false;
  const next = (index: number, since: number) => {
    const task = tasks[index];
    if (stopped || !task) return;
    cancel = whenIdle(() => {
      if (!ready() && Date.now() - since < PATIENCE_MS) return next(index, since);
      // The mark lets a benchmark tell the first screen's code from what came ahead of need.
      if (index === 0) performance.mark('calepin:prefetch');
      void task().finally(() => next(index + 1, Date.now()));
    });
  };
  next(0, Date.now());
  return () => {
    stopped = true;
    cancel();
  };
}
