/** A clock the test moves by hand, so timestamps, trash order and backup names are predictable. */
export interface TestClock {
  now: () => Date;
  set(at: Date | string): void;
  advance(ms: number): void;
}

export const CLOCK_START = '2026-11-26T09:00:00.000Z';

export function testClock(start: Date | string = CLOCK_START): TestClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set(at) {
      current = new Date(at).getTime();
    },
    advance(ms) {
      current += ms;
    },
  };
}
