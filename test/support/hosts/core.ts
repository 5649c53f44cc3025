import { startCore } from '../../../electron/api/core.ts';
import type { Dispatch } from '../../../electron/api/dispatch.ts';
import { jsonFilePrefs } from '../../../electron/prefs/json-file.ts';
import type { AppContext } from '../../../electron/services/context.ts';
import type { Printer } from '../../../electron/services/printer.ts';
import type { Input, Method, Output } from '../../../shared/contract.ts';
import type { StartupProblem } from '../../../shared/domain/startup-problem.ts';
import type { Envelope, RpcError } from '../../../shared/errors.ts';
import { makeTempDir, removeDir } from '../files/temp-dir.ts';
import { type TestClock, testClock } from './clock.ts';

export interface TestCore {
  dispatch: Dispatch;
  readonly ctx: AppContext;
  readonly problem: StartupProblem | null;
  dataDir: string;
  clock: TestClock;
  /** Resolves to the path of the rotating backup taken at start. */
  startupBackup: Promise<string | null>;
  /** Typed call that returns the value of an ok envelope and throws on an error envelope. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Closes the database (after the startup backup has landed); the folder stays. */
  close(): Promise<void>;
}

export interface TestCoreOptions {
  /** Reopen an existing folder (restart); by default a fresh temp folder. */
  dataDir?: string;
  clock?: TestClock;
  /** Start even when the data cannot be opened, as the app does, and say why in `problem`. */
  recover?: boolean;
  /** Stands for Electron's printing (the web host has none). */
  printer?: Printer;
}

/** An error envelope surfaced as an exception by `call`, keeping the envelope for assertions. */
export class EnvelopeError extends Error {
  readonly error: RpcError;
  constructor(method: string, error: RpcError) {
    super(`${method} failed: ${error.code} ${error.message} ${JSON.stringify(error.issues ?? [])}`);
    this.name = 'EnvelopeError';
    this.error = error;
  }
}

const openCores = new Set<TestCore>();
const ownedDirs = new Set<string>();

export function unwrap<T>(method: string, envelope: Envelope<T>): T {
  if (!envelope.ok) throw new EnvelopeError(method, envelope.error);
  return envelope.value;
}

/** Starts the same core the web host runs (JSON preferences, host 'web') on a temp folder. */
export async function startTestCore(options: TestCoreOptions = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? makeTempDir();
  if (!options.dataDir) ownedDirs.add(dataDir);
  const clock = options.clock ?? testClock();
  const core = await startCore({
    dataDir,
    prefs: jsonFilePrefs(dataDir),
    host: 'web',
    version: '0.0.0-test',
    now: clock.now,
    recover: options.recover ?? false,
    ...(options.printer ? { printer: options.printer } : {}),
  });
  let closed = false;
  const test: TestCore = {
    dispatch: core.dispatch,
    get ctx() {
      return core.ctx;
    },
    get problem() {
      return core.problem;
    },
    dataDir,
    clock,
    startupBackup: core.startupBackup,
    async call(method, input) {
      return unwrap(method, (await core.dispatch(method, input)) as Envelope<Output<typeof method>>);
    },
    async close() {
      if (closed) return;
      closed = true;
      openCores.delete(test);
      // A quit drops the start's backup when it has not begun yet; tests read it, so it lands first.
      await core.startupBackup.catch(() => undefined);
      await core.close();
    },
  };
  openCores.add(test);
  return test;
}

/** Closes every core still open and removes every folder made by startTestCore or ownTempDir. */
export async function cleanupTestCores(): Promise<void> {
  for (const core of [...openCores]) await core.close();
  for (const dir of ownedDirs) removeDir(dir);
  ownedDirs.clear();
}

/** A temp folder removed by cleanupTestCores, for tests that open the database themselves. */
export function ownTempDir(): string {
  const dir = makeTempDir();
  ownedDirs.add(dir);
  return dir;
}
