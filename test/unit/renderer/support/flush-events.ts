import { onTestFinished } from 'vitest';
import { listenForFlush } from '../../../../renderer/common/hooks/flush.ts';
import type { CalepinBridge, EventPayloads, Method } from '../../../../shared/contract.ts';

type FlushListener = (payload: EventPayloads['app.flush']) => void;

/**
 * Lets a test play the main process asking the page for its pending edits (`app.flush`), as it does
 * before the window closes or the app quits. The page listens as `renderer/main.tsx` makes it.
 */
export function flushEventsOn(bridge: CalepinBridge) {
  const listeners = new Set<FlushListener>();
  bridge.on = ((event: string, listener: FlushListener) => {
    if (event !== 'app.flush') return () => {};
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }) as CalepinBridge['on'];
  const stop = listenForFlush(bridge);
  return {
    request(id: number) {
      for (const listener of listeners) listener({ id });
    },
    stop,
  };
}

/**
 * A rendered view the test can ask for its pending edits (`events.request`), with the methods the
 * page called, in order; the page stops listening when the test ends.
 */
export function withFlushEvents<V extends { fake: { bridge: CalepinBridge; calls: { method: Method }[] } }>(
  view: V,
) {
  const events = flushEventsOn(view.fake.bridge);
  onTestFinished(events.stop);
  const methods = () => view.fake.calls.map((c) => c.method);
  return { ...view, events, methods };
}
