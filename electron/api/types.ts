import type { Method, Output, ParsedInput } from '../../shared/contract.ts';
import type { AppContext } from './context.ts';

/**
 * Synchronous on purpose: the dispatch wraps each call in one SQLite transaction, which
 * better-sqlite3 cannot hold open across an await. Long work gets its own method shape later.
 */
export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: AppContext) => Output<M>;

/** Every method of the contract must have exactly one handler: a missing one fails to compile. */
export type Handlers = { [M in Method]: Handler<M> };

/** One domain's share of the table. */
export type HandlerGroup<P extends string> = {
  [M in Method as M extends `${P}.${string}` ? M : never]: Handler<M>;
};
