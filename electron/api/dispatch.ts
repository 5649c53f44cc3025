import { type ZodType, z } from 'zod';
import { contract, isMethod, type Method } from '../../shared/contract.ts';
import { AppError, type Envelope, issuesOf, type RpcError } from '../../shared/errors.ts';
import { malformedText } from '../../shared/well-formed.ts';
import { StorageError, storageProblem } from '../db/errors.ts';
import type { Db } from '../db/types.ts';
import { openWorkspace, type Session } from '../services/data-file/session.ts';
import {
  type Handler,
  type Handlers,
  isSessionMethod,
  type SessionHandler,
  type SessionHandlers,
} from './types.ts';

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** Each connection's transaction wrapper, made once: better-sqlite3 builds a new one per `db.transaction` call. */
const transactions = new WeakMap<Db, (body: () => unknown) => unknown>();

function transactionOf(db: Db): (body: () => unknown) => unknown {
  let wrapped = transactions.get(db);
  if (!wrapped) {
    wrapped = db.transaction((body: () => unknown) => body());
    transactions.set(db, wrapped);
  }
  return wrapped;
}

/**
 * Each method's input schema compiled by zod (`z.compile`) on its first call: a generated check
 * that answers a valid input in a fraction of the schema's time and hands any other to the schema
 * itself, so refusals and their issues are the schema's, unchanged. Compiled lazily: seventy
 * compilations at start-up would delay the first screen.
 */
const compiled = new Map<Method, ZodType>();

function inputSchema(method: Method): ZodType {
  let schema = compiled.get(method);
  if (!schema) {
    schema = z.compile(contract[method].input as ZodType);
    compiled.set(method, schema);
  }
  return schema;
}

/** A refusal of the disk is the user's to act on (free some space), not a bug: say which. */
function errorOf(error: unknown, log: (e: unknown) => void): RpcError {
  if (error instanceof AppError)
    return { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) };
  const problem = error instanceof StorageError ? error.problem : storageProblem(error);
  if (problem === 'diskFull') return { code: 'disk_full', message: 'The disk is full; nothing was saved.' };
  if (problem === 'unwritable')
    return { code: 'read_only', message: 'The data folder cannot be written; nothing was saved.' };
  log(error);
  return { code: 'internal', message: 'Unexpected error; nothing was changed.' };
}

/**
 * Validation → handler → envelope. IPC, the web host and the tests all call through here,
 * so every transport validates the same way and never lets an exception cross the boundary.
 * Each data call runs in one transaction: a handler that fails half-way changes nothing.
 */
export function createDispatch(
  data: Handlers,
  sessionTable: SessionHandlers,
  session: Session,
  log: (e: unknown) => void = console.error,
): Dispatch {
  async function run(method: Method, input: unknown): Promise<unknown> {
    // While the data file is being replaced, every call waits and then sees the new one (a
    // backup deleted, an upload's part cleared or a copy taken under a swap would fail half-way).
    for (let busy = session.busy(); busy; busy = session.busy()) await busy.catch(() => undefined);
    if (isSessionMethod(method))
      return (sessionTable[method] as SessionHandler<Method>)(input as never, session);
    const ctx = openWorkspace(session);
    const handler = data[method as keyof Handlers] as Handler<Method>;
    return transactionOf(ctx.db)(() => handler(input as never, ctx));
  }

  return async (method, input) => {
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `Unknown method ${method}` } };
    }
    const broken = malformedText(input);
    if (broken.length > 0) {
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: `Text that is not valid Unicode for ${method}`,
          issues: broken,
        },
      };
    }
    const parsed = inputSchema(method).safeParse(input, { reportInput: true });
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
      return { ok: true, value: await run(method, parsed.data) };
    } catch (error) {
      return { ok: false, error: errorOf(error, log) };
    }
  };
}
