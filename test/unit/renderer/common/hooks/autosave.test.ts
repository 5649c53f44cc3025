// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AutosaveOptions, useAutosave } from '../../../../../renderer/common/hooks/autosave.ts';

interface Draft {
  title: string;
  notes: string;
}

const DELAY = 600;

/** A server that stores what it is sent, a slow one's writes each waiting until the test lets them through. */
function fakeServer(slow = false) {
  const stored: Draft = { title: 'Plan', notes: '' };
  const writes: Partial<Draft>[] = [];
  const waiting: (() => void)[] = [];
  let refuse: Error | null = null;
  const send = async (changes: Partial<Draft>) => {
    writes.push(changes);
    if (slow) await new Promise<void>((resolve) => waiting.push(resolve));
    if (refuse) throw refuse;
    Object.assign(stored, changes);
  };
  return {
    stored,
    writes,
    send,
    release: () => waiting.shift()?.(),
    refuseWith: (error: Error | null) => {
      refuse = error;
    },
  };
}

function options(
  server: ReturnType<typeof fakeServer>,
  extra: Partial<AutosaveOptions<Draft, Partial<Draft>>> = {},
) {
  return {
    initial: { ...server.stored },
    delayMs: DELAY,
    outgoing: (draft: Draft) => {
      const changes: Partial<Draft> = {};
      if (draft.title !== server.stored.title) changes.title = draft.title;
      if (draft.notes !== server.stored.notes) changes.notes = draft.notes;
      return { changes: Object.keys(changes).length > 0 ? changes : null };
    },
    send: (changes: Partial<Draft>) => server.send(changes),
    ...extra,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useAutosave', () => {
  it('writes what changed after a pause in typing, once', async () => {
    const server = fakeServer();
    const { result } = renderHook(() => useAutosave(options(server)));
    expect(result.current.state).toBe('idle');
    act(() => result.current.change((d) => ({ ...d, notes: 'R' })));
    act(() => result.current.change((d) => ({ ...d, notes: 'Reels' })));
    expect(result.current.state).toBe('pending');
    expect(server.writes).toEqual([]);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DELAY);
    });
    expect(server.writes).toEqual([{ notes: 'Reels' }]);
    expect(result.current.state).toBe('saved');
    expect(result.current.draft.notes).toBe('Reels');
  });

  it('writes at once when asked, one write at a time: a change during a write follows it', async () => {
    const server = fakeServer(true);
    const { result } = renderHook(() => useAutosave(options(server)));
    act(() => result.current.change((d) => ({ ...d, title: 'Launch' }), { now: true }));
    expect(server.writes).toEqual([{ title: 'Launch' }]);
    expect(result.current.state).toBe('saving');
    let flushed: Promise<boolean> = Promise.resolve(false);
    act(() => {
      result.current.change((d) => ({ ...d, notes: 'Two reels' }));
      flushed = result.current.flush();
    });
    // The second write waits for the first.
    expect(server.writes).toHaveLength(1);
    await act(async () => {
      server.release();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(server.writes).toEqual([{ title: 'Launch' }, { notes: 'Two reels' }]);
    await act(async () => {
      server.release();
      expect(await flushed).toBe(true);
    });
    expect(result.current.state).toBe('saved');
  });

  it('says a refusal and writes it again on the next flush', async () => {
    const server = fakeServer();
    const refusal = new Error('offline');
    server.refuseWith(refusal);
    const { result } = renderHook(() => useAutosave(options(server)));
    act(() => result.current.change((d) => ({ ...d, title: 'Launch' })));
    await act(async () => {
      expect(await result.current.flush()).toBe(false);
    });
    expect(result.current.state).toBe('failed');
    expect(result.current.failure).toBe(refusal);
    server.refuseWith(null);
    await act(async () => {
      expect(await result.current.flush()).toBe(true);
    });
    expect(server.stored.title).toBe('Launch');
    expect(result.current.state).toBe('saved');
    expect(result.current.failure).toBeNull();
  });

  it('keeps the status at failed while part of the draft is held back, the rest written', async () => {
    const server = fakeServer();
    const held = (draft: Draft) => draft.title.trim() === '';
    const { result } = renderHook(() =>
      useAutosave(
        options(server, {
          outgoing: (draft) => ({
            changes: draft.notes === server.stored.notes ? null : { notes: draft.notes },
            held: held(draft),
          }),
        }),
      ),
    );
    act(() => result.current.change(() => ({ title: ' ', notes: 'Reels' })));
    await act(async () => {
      expect(await result.current.flush()).toBe(false);
    });
    expect(server.writes).toEqual([{ notes: 'Reels' }]);
    expect(result.current.state).toBe('failed');
  });

  it('puts the server’s answer on screen without writing it back', async () => {
    const server = fakeServer();
    const { result } = renderHook(() => useAutosave(options(server)));
    act(() => {
      server.stored.title = 'Renamed elsewhere';
      result.current.replace({ ...server.stored });
    });
    expect(result.current.draft.title).toBe('Renamed elsewhere');
    expect(result.current.current().title).toBe('Renamed elsewhere');
    await act(async () => {
      await result.current.flush();
    });
    expect(server.writes).toEqual([]);
    expect(result.current.state).toBe('idle');
  });

  it('writes what is pending when the screen is left', async () => {
    const server = fakeServer();
    const { result, unmount } = renderHook(() => useAutosave(options(server)));
    act(() => result.current.change((d) => ({ ...d, notes: 'Half typed' })));
    await act(async () => {
      unmount();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(server.writes).toEqual([{ notes: 'Half typed' }]);
  });
});
