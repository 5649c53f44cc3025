import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../electron/services/data-file/data-lock.ts';
import type { MetricsReading, MetricValues } from '../../shared/domain/metrics.ts';
import { plannedPosts } from '../support/crash/crash-calendar.ts';
import { CrashModel, type Verdict } from '../support/crash/crash-model.ts';
import { seededRandom } from '../support/crash/crash-random.ts';
import { type CrashChild, spawnCrashChild } from '../support/crash/crash-round.ts';
import { onlyInWal } from '../support/crash/crash-wal.ts';
import { makeTempDir, removeDir } from '../support/files/temp-dir.ts';
import { startTestCore, type TestCore } from '../support/hosts/fixture.ts';

const ROUNDS = 30;
/** How long the child writes once ready, before the kill: from a handful of writes to a few hundred. */
const KILL_AFTER_MS = { min: 50, max: 400 };
// A new seed each run tries other kill moments; CALEPIN_CRASH_SEED replays a failure's delays and edits.
const SEED = Number(process.env.CALEPIN_CRASH_SEED ?? Date.now() % 2 ** 31);

/** Reads the reopened file through the app, as the user would see it, and compares it with the model. */
async function verifyFile(
  core: TestCore,
  model: CrashModel,
  clientId: string,
): Promise<Verdict & { posts: number }> {
  const planned = await plannedPosts(core.call, clientId);
  const readings = new Map<string, Map<string, MetricValues>>();
  for (const { postId } of model.cells.values()) {
    if (readings.has(postId)) continue;
    const answer = await core.dispatch('metrics.history', { postId });
    // A post that is gone has no readings: its cells are then reported lost, with the post.
    const history = answer.ok ? (answer.value as MetricsReading[]) : [];
    readings.set(postId, new Map(history.map((reading) => [reading.takenOn, reading.values])));
  }
  const verdict = model.verify(
    planned,
    (cell) => readings.get(cell.postId)?.get(cell.on)?.[cell.metric] ?? null,
  );
  return { ...verdict, posts: planned.size };
}

describe('crash safety', () => {
  it('keeps every acknowledged write through SIGKILLs at random moments, on one file reopened each time', async () => {
    const dataDir = makeTempDir();
    const compileCacheDir = makeTempDir();
    const random = seededRandom(SEED);
    const model = new CrashModel();
    const totals = {
      acknowledged: 0,
      found: 0,
      fewest: Number.POSITIVE_INFINITY,
      walRounds: 0,
      largestWal: 0,
      walOnly: 0,
    };
    /** Posts of the client in the file as the parent last closed it: the next child must find them all. */
    let postsInFile = 0;
    const nextChild = () => spawnCrashChild({ dataDir, seed: random.int(1, 2 ** 31), compileCacheDir });
    let child: CrashChild = nextChild();
    try {
      for (let round = 1; round <= ROUNDS; round++) {
        const at = `round ${round} (seed ${SEED})`;
        const running = child.run(random.int(KILL_AFTER_MS.min, KILL_AFTER_MS.max));
        // The next round's child loads its code meanwhile, then waits until the file is closed.
        if (round < ROUNDS) child = nextChild();
        const run = await running;
        // Killed by us, not dead of an error of its own (its stderr says which).
        expect(run.signal, `${at}: ${run.stderr}`).toBe('SIGKILL');
        const ready = run.reports.find((report) => report.kind === 'ready');
        if (ready?.kind !== 'ready') throw new Error(`${at}: the child never got ready. ${run.stderr}`);
        expect(ready.posts, `${at}: posts the child found at start`).toBe(postsInFile);
        // The dead process left its lock behind, as a real crash would: opening must take it over.
        expect(existsSync(join(dataDir, LOCK_FILE)), at).toBe(true);
        if (run.walBytes > 0) totals.walRounds++;
        totals.largestWal = Math.max(totals.largestWal, run.walBytes);
        const lastCreated = run.reports.findLast((r) => r.kind === 'ack' && r.write.op === 'create');
        if (lastCreated?.kind === 'ack' && onlyInWal(dataDir, lastCreated.write.postId)) totals.walOnly++;
        for (const report of run.reports) model.apply(report);
        expect(model.contradictions, at).toEqual([]);

        const core = await startTestCore({ dataDir });
        let verdict: Awaited<ReturnType<typeof verifyFile>>;
        try {
          expect(core.ctx.db.pragma('integrity_check', { simple: true }), at).toBe('ok');
          verdict = await verifyFile(core, model, ready.clientId);
        } finally {
          // Closed before the next child opens the folder, and before a failure removes it.
          await core.close();
        }
        expect(verdict.lost, at).toEqual([]);
        // Each round's kill landed while writes were going through, not before the first one.
        expect(verdict.acknowledged, at).toBeGreaterThan(0);
        totals.acknowledged += verdict.acknowledged;
        totals.found += verdict.found;
        totals.fewest = Math.min(totals.fewest, verdict.acknowledged);
        postsInFile = verdict.posts;
      }
    } finally {
      child.dispose();
      removeDir(dataDir);
      removeDir(compileCacheDir);
    }
    console.log(
      `crash safety: ${ROUNDS} rounds, ${totals.acknowledged} writes acknowledged, ${totals.found} found, ` +
        `integrity ok (seed ${SEED}; at least ${totals.fewest} acknowledged per round; ` +
        `-wal left behind in ${totals.walRounds} rounds, up to ` +
        `${Math.round(totals.largestWal / 1024)} KB; last post recovered from the -wal alone in ` +
        `${totals.walOnly} rounds; ${model.posts.size} posts, ${model.cells.size} metric cells)`,
    );
    expect(totals.found).toBe(totals.acknowledged);
    // The dead processes' last writes were still in the -wal file only: reopening recovered them from it.
    expect(totals.walRounds).toBeGreaterThan(0);
    expect(totals.walOnly).toBeGreaterThan(0);
  }, 120_000);
});
