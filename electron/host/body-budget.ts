/**
 * How many request-body bytes the web host holds at once, across every request in flight. Each
 * body may be up to `MAX_BODY` (a CSV import as base64, ~14 MB); twenty of them sent together once
 * took the host from 136 to 518 MB. Two whole bodies fit, so a user's import never waits on
 * another; past the budget a request is answered 503 with Retry-After instead of being buffered.
 */
export interface BodyBudget {
  /** Reserves `bytes`; false when that would pass the budget (nothing is then reserved). */
  take(bytes: number): boolean;
  give(bytes: number): void;
  readonly held: number;
}

export function createBodyBudget(limit: number): BodyBudget {
  let held = 0;
  return {
    take(bytes) {
      if (held + bytes > limit) return false;
      held += bytes;
      return true;
    },
    give(bytes) {
      held = Math.max(0, held - bytes);
    },
    get held() {
      return held;
    },
  };
}
