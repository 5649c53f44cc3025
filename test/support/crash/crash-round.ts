import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE } from '../../../electron/db/paths.ts';
import { GO_LINE, parseReports, type Report } from './crash-report.ts';

const CHILD = join(import.meta.dirname, 'crash-child.ts');
/** Opening the core and listing its posts takes a fraction of a second; a loaded machine gets plenty more. */
const READY_WITHIN_MS = 20_000;

export interface CrashRound {
  reports: Report[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  /** Size of the -wal file the dead process left behind (0: none). */
  walBytes: number;
}

export interface CrashChildOptions {
  dataDir: string;
  /** Seeds the child's mix of edits. */
  seed: number;
  /**
   * Node's compile cache, shared by the rounds: it halves the child's start (most of a round on
   * a loaded machine) without changing a line of what runs.
   */
  compileCacheDir: string;
}

export interface CrashChild {
  /**
   * Lets the child open the folder, lets it write for `killAfterMs` once it says it is ready, then
   * kills it with SIGKILL; resolves once its output is fully read.
   */
  run(killAfterMs: number): Promise<CrashRound>;
  /** Kills a child that will not run after all (the test stopped early). */
  dispose(): void;
}

const sizeOf = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/**
 * Starts a crash child that loads its code and then waits for its turn: the parent spawns the next
 * round's child while it checks the file, so Node's start-up is not paid in series every round.
 * The child touches nothing in the folder before it is told to go.
 */
export function spawnCrashChild(options: CrashChildOptions): CrashChild {
  const { dataDir, seed } = options;
  const child = spawn(process.execPath, [CHILD, dataDir, String(seed)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_COMPILE_CACHE: options.compileCacheDir },
  });
  let stdout = '';
  let stderr = '';
  let killAfterMs: number | undefined;
  let killTimer: NodeJS.Timeout | undefined;
  let giveUp: NodeJS.Timeout | undefined;
  const kill = () => child.kill('SIGKILL');
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (killAfterMs !== undefined && killTimer === undefined && stdout.includes('"kind":"ready"')) {
      clearTimeout(giveUp);
      killTimer = setTimeout(kill, killAfterMs);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  // A child that died on its own before its turn cannot read the go line: its exit status says why.
  child.stdin.on('error', () => undefined);
  // 'close', not 'exit': every line the child wrote before dying has been read by then.
  const closed = new Promise<CrashRound>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(giveUp);
      clearTimeout(killTimer);
      resolve({
        reports: parseReports(stdout),
        signal,
        code,
        stderr,
        walBytes: sizeOf(join(dataDir, `${DB_FILE}-wal`)),
      });
    });
  });
  return {
    run(after) {
      killAfterMs = after;
      // A child that never gets ready must not hang the test.
      giveUp = setTimeout(kill, READY_WITHIN_MS);
      child.stdin.end(GO_LINE);
      return closed;
    },
    dispose() {
      if (child.exitCode === null && child.signalCode === null) kill();
    },
  };
}
