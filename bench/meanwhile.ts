export interface Meanwhile {
  /** Each call's wait in ms, from the moment it was due (a blocked event loop delays its start too) to its answer. */
  waits: number[];
  /** The longest the event loop went without turning meanwhile, in ms (a 1 ms timer's longest gap: a slight overestimate). */
  loopBlockMs: number;
}

const sleepUntil = (at: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

/**
 * What a user clicking around notices while long work runs: `call` is made every `everyMs`, one at a
 * time, until `work` settles.
 */
export async function callsMeanwhile(
  work: Promise<unknown>,
  call: () => Promise<unknown>,
  everyMs: number,
): Promise<Meanwhile> {
  let done = false;
  const finished = work.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  let last = performance.now();
  let loopBlockMs = 0;
  const ticks = setInterval(() => {
    const now = performance.now();
    loopBlockMs = Math.max(loopBlockMs, now - last);
    last = now;
  }, 1);
  const waits: number[] = [];
  let due = performance.now();
  while (!done) {
    due += everyMs;
    await Promise.race([sleepUntil(due), finished]);
    if (done) break;
    await call();
    const answered = performance.now();
    waits.push(answered - due);
    // A slow answer does not pile calls up: the next one is due a period after it.
    due = Math.max(due, answered);
  }
  clearInterval(ticks);
  return { waits, loopBlockMs };
}

export const worst = (values: number[]): number => values.reduce((a, b) => Math.max(a, b), 0);
