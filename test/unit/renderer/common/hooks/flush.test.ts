// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Flusher,
  flushPendingEdits,
  registerFlusher,
} from '../../../../../renderer/common/hooks/flush.ts';
import { createFakeBridge } from '../../support/fake-bridge.ts';
import { flushEventsOn } from '../../support/flush-events.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
const register = (flusher: Flusher) => {
  const unregister = registerFlusher(flusher);
  cleanups.push(unregister);
  return unregister;
};

/** A promise the test settles by hand, to play a save that takes its time. */
function deferred() {
  let resolve = () => {};
  let reject = (_error: Error) => {};
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
}

describe('the registry of pending edits', () => {
  it('runs every registered flusher and waits for the slow ones', async () => {
    const slow = deferred();
    const quick = vi.fn();
    register(() => slow.promise);
    register(quick);
    let done = false;
    const flushing = flushPendingEdits('closing').then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(quick).toHaveBeenCalledOnce();
    expect(done).toBe(false);
    slow.resolve();
    await flushing;
    expect(done).toBe(true);
  });

  it('does not let one failing flusher hold back the others', async () => {
    const after = vi.fn();
    register(() => {
      throw new Error('the composer broke');
    });
    register(() => Promise.reject(new Error('the save was refused')));
    register(after);
    await expect(flushPendingEdits('closing')).resolves.toBeUndefined();
    expect(after).toHaveBeenCalledOnce();
  });

  it('forgets a flusher once it is unregistered (its screen closed)', async () => {
    const gone = vi.fn();
    register(gone)();
    await flushPendingEdits('closing');
    expect(gone).not.toHaveBeenCalled();
  });
});

describe('answering the main process', () => {
  it('says the edits are written only once every flusher has finished, with the id it was given', async () => {
    const fake = createFakeBridge({ 'app.flushed': () => ({ ok: true, value: null }) });
    const events = flushEventsOn(fake.bridge);
    cleanups.push(events.stop);
    const save = deferred();
    const reasons: unknown[] = [];
    register((reason) => {
      reasons.push(reason);
      return save.promise;
    });

    events.request(41);
    expect(reasons).toEqual(['closing']);
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.calls.filter((c) => c.method === 'app.flushed')).toEqual([]);

    save.resolve();
    await vi.waitFor(() => {
      expect(fake.calls).toContainEqual({ method: 'app.flushed', input: { id: 41 } });
    });
  });

  it('answers even when a save failed: the app must still be able to quit', async () => {
    const fake = createFakeBridge({ 'app.flushed': () => ({ ok: true, value: null }) });
    const events = flushEventsOn(fake.bridge);
    cleanups.push(events.stop);
    const save = deferred();
    register(() => save.promise);
    events.request(3);
    save.reject(new Error('disk full'));
    await vi.waitFor(() => {
      expect(fake.calls).toContainEqual({ method: 'app.flushed', input: { id: 3 } });
    });
  });
});

describe('in a browser', () => {
  it('writes pending edits when the tab is hidden or left, not when it comes back', () => {
    const events = flushEventsOn(createFakeBridge().bridge);
    cleanups.push(events.stop);
    const flusher = vi.fn();
    register(flusher);

    setHidden(true);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(flusher.mock.calls).toEqual([['hidden']]);
    setHidden(false);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(flusher).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('pagehide'));
    expect(flusher.mock.calls).toEqual([['hidden'], ['closing']]);

    events.stop();
    window.dispatchEvent(new Event('pagehide'));
    expect(flusher).toHaveBeenCalledTimes(2);
  });
});
