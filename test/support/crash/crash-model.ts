import type { Metric } from '../../../shared/domain/metrics.ts';
import type { Report, Write } from './crash-report.ts';

/**
 * What the parent knows of one thing the child writes (a post's planned instant, a metric cell):
 * the last state acknowledged, and the one sent after it whose acknowledgement the kill may have
 * cut off. The file must hold one of the two — never an older state, never anything else.
 */
interface Expected<T> {
  acked: T;
  pending: T | undefined;
  /** Acknowledged writes to it in the current round. */
  acks: number;
}

/** null: a cell nobody typed yet (its write was announced but never committed). */
type CellValue = number | null;

export interface Cell {
  postId: string;
  on: string;
  metric: Metric;
}

export interface Verdict {
  acknowledged: number;
  found: number;
  /** One line per state the file does not explain: empty when nothing was lost. */
  lost: string[];
}

const cellKey = (w: Cell): string => `${w.postId} ${w.on} ${w.metric}`;

/**
 * The expected content of the file across rounds: every acknowledged write of every earlier round
 * must still be there after each new crash, not only this round's.
 */
export class CrashModel {
  readonly posts = new Map<string, Expected<string>>();
  readonly cells = new Map<string, Expected<CellValue> & Cell>();
  /** Reports that contradict what the parent already knows (e.g. the child read another state). */
  readonly contradictions: string[] = [];

  apply(report: Report): void {
    if (report.kind === 'intent') this.intend(report.write);
    else if (report.kind === 'ack') this.acknowledge(report.write);
  }

  private intend(write: Write): void {
    if (write.op === 'create') return;
    if (write.op === 'move') {
      const post = this.posts.get(write.postId);
      // Created, then killed before the acknowledgement: the parent learns of it from the child.
      if (!post) this.posts.set(write.postId, { acked: write.from, pending: write.plannedAt, acks: 0 });
      else {
        if (post.acked !== write.from)
          this.contradictions.push(`${write.postId} moved from ${write.from}, expected ${post.acked}`);
        post.pending = write.plannedAt;
      }
      return;
    }
    const key = cellKey(write);
    const cell = this.cells.get(key);
    if (!cell) this.cells.set(key, { ...pick(write), acked: null, pending: write.value, acks: 0 });
    else cell.pending = write.value;
  }

  private acknowledge(write: Write): void {
    const expected = write.op === 'metric' ? this.cells.get(cellKey(write)) : this.posts.get(write.postId);
    const value = write.op === 'metric' ? write.value : write.plannedAt;
    if (write.op === 'create') {
      if (expected) this.contradictions.push(`${write.postId} created twice`);
      this.posts.set(write.postId, { acked: write.plannedAt, pending: undefined, acks: 1 });
      return;
    }
    if (!expected || expected.pending !== value) {
      this.contradictions.push(`${JSON.stringify(write)} acknowledged without being announced`);
      return;
    }
    expected.acked = value;
    expected.pending = undefined;
    expected.acks++;
  }

  /**
   * Compares the reopened file with what was acknowledged, then takes the file's state as the
   * baseline of the next round (a write committed but not acknowledged is now simply there).
   */
  verify(planned: ReadonlyMap<string, string>, cellValue: (cell: Cell) => number | null): Verdict {
    const verdict: Verdict = { acknowledged: 0, found: 0, lost: [] };
    const check = <T>(what: string, expected: Expected<T>, actual: T | undefined, anyBefore: boolean) => {
      verdict.acknowledged += expected.acks;
      const committed = actual !== undefined && actual === expected.pending;
      if (committed || actual === expected.acked || (anyBefore && actual !== undefined)) {
        verdict.found += expected.acks;
        if (committed) expected.acked = actual;
      } else {
        const accepted = [expected.acked, ...(expected.pending === undefined ? [] : [expected.pending])];
        verdict.lost.push(`${what}: expected ${accepted.join(' or ')}, found ${actual ?? 'nothing'}`);
      }
      expected.pending = undefined;
      expected.acks = 0;
    };
    for (const [id, expected] of this.posts) check(`post ${id}`, expected, planned.get(id), false);
    // A cell never typed shows what an earlier day's reading carries over to it: any number will do.
    for (const [key, expected] of this.cells)
      check(`cell ${key}`, expected, cellValue(expected), expected.acked === null);
    return verdict;
  }
}

const pick = ({ postId, on, metric }: Cell): Cell => ({ postId, on, metric });
