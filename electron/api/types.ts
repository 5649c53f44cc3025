import type { Method, Output, ParsedInput } from '../../shared/contract.ts';
import { SESSION_METHODS } from '../../shared/methods.ts';
import type { AppContext } from '../services/context.ts';
import type { Session } from '../services/data-file/session.ts';

export type SessionMethod = (typeof SESSION_METHODS)[number];
export type DataMethod = Exclude<Method, SessionMethod>;

export const isSessionMethod = (method: Method): method is SessionMethod =>
  (SESSION_METHODS as readonly string[]).includes(method);

/**
 * Synchronous on purpose: the dispatch wraps each call in one SQLite transaction, which
 * better-sqlite3 cannot hold open across an await.
 */
export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: AppContext) => Output<M>;

/** May await (a backup, a file being copied); runs alone when it replaces the data file. */
export type SessionHandler<M extends Method> = (
  input: ParsedInput<M>,
  session: Session,
) => Output<M> | Promise<Output<M>>;

/** Every method of the contract has exactly one handler: a missing one fails to compile. */
export type Handlers = { [M in DataMethod]: Handler<M> };
export type SessionHandlers = { [M in SessionMethod]: SessionHandler<M> };

/** One domain's share of the table. */
export type HandlerGroup<P extends string> = {
  [M in DataMethod as M extends `${P}.${string}` ? M : never]: Handler<M>;
};
export type SessionHandlerGroup<P extends string> = {
  [M in SessionMethod as M extends `${P}.${string}` ? M : never]: SessionHandler<M>;
};
