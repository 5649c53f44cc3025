import type { Metric } from '../../../shared/domain/metrics.ts';

/**
 * What the crash child tells its parent, one JSON line per report. A write is reported as an
 * intent before it is sent when a kill between its commit and its acknowledgement would leave
 * the file in a state the parent could not otherwise explain (a move, a metric cell).
 */
export type Write =
  | { op: 'create'; postId: string; plannedAt: string }
  | { op: 'move'; postId: string; plannedAt: string; from: string }
  | { op: 'metric'; postId: string; on: string; metric: Metric; value: number };

export type Report =
  /** Sent after the first acknowledged write; `posts`: how many the child found at start. */
  | { kind: 'ready'; clientId: string; posts: number }
  | { kind: 'intent'; write: Write }
  | { kind: 'ack'; write: Write };

/** The parent's only word to the child, on its stdin: the folder is free, open it and write. */
export const GO_LINE = 'go\n';

export const reportLine = (report: Report): string => `${JSON.stringify(report)}\n`;

/**
 * Every complete line of the child's output. A line is written with one write(2) of less than
 * PIPE_BUF bytes, so the kill cannot cut one in half; a trailing fragment would be ignored anyway
 * (a report the parent never received was never acknowledged).
 */
export function parseReports(stdout: string): Report[] {
  const lines = stdout.split('\n');
  lines.pop();
  return lines.filter((line) => line !== '').map((line) => JSON.parse(line) as Report);
}
