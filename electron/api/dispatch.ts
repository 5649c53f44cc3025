import { contract, isMethod, type Method } from '../../shared/contract.ts';
import { AppError, type Envelope, issuesOf } from '../../shared/errors.ts';
import type { AppContext } from './context.ts';
import type { Handler, Handlers } from './types.ts';

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/**
 * Validation → handler → envelope. IPC, the web host and the tests all call through here,
 * so every transport validates the same way and never lets an exception cross the boundary.
 * Each call runs in one transaction: a handler that fails half-way changes nothing.
 */
export function createDispatch(
  table: Handlers,
  ctx: AppContext,
  log: (e: unknown) => void = console.error,
): Dispatch {
  return async (method, input) => {
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `Unknown method ${method}` } };
    }
    const parsed = contract[method].input.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: `Invalid input for ${method}`,
          issues: issuesOf(parsed.error),
        },
      };
    }
    try {
      const handler = table[method] as Handler<Method>;
      const value = ctx.db.transaction(() => handler(parsed.data as never, ctx))();
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) {
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.message,
            ...(error.issues ? { issues: error.issues } : {}),
          },
        };
      }
      log(error);
      return { ok: false, error: { code: 'internal', message: 'Unexpected error; nothing was changed.' } };
    }
  };
}
