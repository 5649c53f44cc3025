// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runWhenIdle } from '../../../../../renderer/common/lazy/idle.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A task that records its start and ends when told. */
function task(log: string[], name: string) {
  let end: () => void = () => {};
  const run = () => {
    log.push(name);
    return new Promise<void>((resolve) => {
      end = resolve;
    });
  };
  return { run, end: () => end() };
}

describe('prefetching on idle', () => {
  it('runs one task at a time, in order, each once the one before has finished', async () => {
    const log: string[] = [];
    const a = task(log, 'a');
    const b = task(log, 'b');
    runWhenIdle([a.run, b.run]);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toEqual(['a']);
    a.end();
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toEqual(['a', 'b']);
  });

  it('waits while the window is busy (data on its way), and starts anyway after a long wait', async () => {
    const log: string[] = [];
    let busy = true;
    runWhenIdle([task(log, 'a').run], () => !busy);
    await vi.advanceTimersByTimeAsync(3000);
    expect(log).toEqual([]);
    busy = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toEqual(['a']);

    const later: string[] = [];
    runWhenIdle([task(later, 'b').run], () => false);
    await vi.advanceTimersByTimeAsync(9000);
    expect(later).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(later).toEqual(['b']);
  });

  it('stops what has not started when told to', async () => {
    const log: string[] = [];
    const a = task(log, 'a');
    const stop = runWhenIdle([a.run, task(log, 'b').run]);
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    a.end();
    await vi.advanceTimersByTimeAsync(5000);
    expect(log).toEqual(['a']);
  });
});
