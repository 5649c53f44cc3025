import { parentPort } from 'node:worker_threads';
import { type FileJob, runFileJob } from './file-jobs.ts';
import { describeThrown } from './thrown.ts';

/** A thread that runs file jobs one at a time (`off-thread.ts` sends them) and answers each. */
const port = parentPort;
if (!port) throw new Error('file-worker runs as a worker thread (see off-thread.ts)');
port.on('message', ({ id, job }: { id: number; job: FileJob }) => {
  try {
    port.postMessage({ id, ok: true, value: runFileJob(job) });
  } catch (error) {
    port.postMessage({ id, ok: false, error: describeThrown(error) });
  }
});
