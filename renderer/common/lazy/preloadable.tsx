import { type ComponentType, type ReactNode, use } from 'react';

/** A promise tagged the way React's `use` reads one synchronously once it has settled. */
type Tagged<T> = Promise<T> & {
  status?: 'pending' | 'fulfilled' | 'rejected';
  value?: T;
  reason?: unknown;
};

/** Draws the component once its code is there; suspends until then. */
function Deferred<P extends object>({ load, props }: { load: () => Tagged<ComponentType<P>>; props: P }) {
  // React reads the tags (status, value) of the promise it is given: a plain Promise to the types.
  const Component = use<ComponentType<P>>(load() as Promise<ComponentType<P>>);
  return <Component {...props} />;
}

/** A component whose code is a chunk of its own, and the way to fetch that chunk ahead of time. */
export type Preloadable<P> = ((props: P) => ReactNode) & {
  /** Starts fetching the code (once); settles when it is there. Never rejects: a failure is left to the render. */
  preload: () => Promise<void>;
  /** Whether drawing it now would not wait: its code came (or failed, which the render then shows). */
  settled: () => boolean;
};

/**
 * A component loaded the first time it is drawn or preloaded, under the nearest Suspense.
 *
 * Not `React.lazy`: a lazy component suspends on its first render even when its chunk was fetched
 * long before, and React then holds what it reveals until 300 ms after the fallback showed — a
 * blank screen for code already there. Here the promise is tagged fulfilled as soon as the chunk
 * arrives (React's own convention for `use`), so a preloaded component draws in the same render.
 * A chunk that failed to load stays failed: the render throws it to the nearest error boundary
 * (ScreenBoundary), whose way out is to reload the page — what a chunk gone after an update needs.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loading: Tagged<ComponentType<P>> | null = null;
  const start = (): Tagged<ComponentType<P>> => {
    if (loading) return loading;
    const promise: Tagged<ComponentType<P>> = load();
    promise.status = 'pending';
    promise.then(
      (value) => {
        promise.status = 'fulfilled';
        promise.value = value;
      },
      (reason: unknown) => {
        promise.status = 'rejected';
        promise.reason = reason;
      },
    );
    loading = promise;
    return promise;
  };
  const render = (props: P) => <Deferred load={start} props={props} />;
  return Object.assign(render, {
    settled: () => loading !== null && loading.status !== 'pending',
    preload: () =>
      start().then(
        () => undefined,
        () => undefined,
      ),
  });
}
