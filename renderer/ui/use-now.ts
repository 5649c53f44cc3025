import { useEffect, useState } from 'react';

/**
 * The current time, refreshed on each boundary of `intervalMs` (each minute for a clock), so a
 * displayed "14:05" turns into "14:06" when the wall clock does, not up to a minute late.
 */
export function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(
        () => {
          setNow(new Date());
          schedule();
        },
        intervalMs - (Date.now() % intervalMs),
      );
    };
    schedule();
    return () => clearTimeout(timer);
  }, [intervalMs]);
  return now;
}
