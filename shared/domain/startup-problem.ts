/**
 * Why the workspace could not be opened. The app then shows what happened in plain words and what
 * can be done; nothing has been deleted or overwritten.
 */
export type StartupProblem =
  /** The file is not a readable database (or its journal lost its file): moved aside. */
  | { kind: 'damaged'; movedTo: string; detail: string }
  | { kind: 'orphanWal'; movedTo: string; detail: string }
  /** Written by a newer Calepin: left untouched. */
  | { kind: 'tooNew'; path: string; found: number; supported: number }
  /** The folder or the file cannot be written (read-only disk, permissions). */
  | { kind: 'unwritable'; path: string; detail: string }
  | { kind: 'diskFull'; path: string }
  /** Another Calepin window or web host has this folder open. */
  | { kind: 'inUse'; path: string; pid: number }
  | { kind: 'unknown'; detail: string };

export type StartupProblemKind = StartupProblem['kind'];

/** Which problems a backup or an empty start can solve: only those where the file is out of the way. */
export const canReplaceData = (problem: StartupProblem): boolean =>
  problem.kind === 'damaged' || problem.kind === 'orphanWal';
