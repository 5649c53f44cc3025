import type { StartupProblem } from '../../shared/domain/startup-problem.ts';
import type { AppContext } from '../services/context.ts';
import { openSession, type Session, type SessionOptions } from '../services/data-file/session.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { handlers, sessionHandlers } from './handlers/index.ts';

export type CoreOptions = SessionOptions;

export interface Core {
  /** The open workspace; throws while there is none (see `problem`). */
  readonly ctx: AppContext;
  readonly problem: StartupProblem | null;
  session: Session;
  dispatch: Dispatch;
  /** The automatic backup taken at start; awaited by tests, not by the window. */
  startupBackup: Promise<string | null>;
  /** Closes the data file once the threads reading it are done (see Session.close). */
  close(): Promise<void>;
}

/** Everything a process needs to serve the contract: the session on the data folder and the dispatch. */
export async function startCore(options: CoreOptions): Promise<Core> {
  const session = await openSession(options);
  return {
    get ctx() {
      const ctx = session.ctx();
      if (!ctx) throw new Error('No workspace is open.');
      return ctx;
    },
    get problem() {
      return session.problem();
    },
    session,
    dispatch: createDispatch(handlers, sessionHandlers, session),
    startupBackup: session.startupBackup(),
    close: () => session.close(),
  };
}
