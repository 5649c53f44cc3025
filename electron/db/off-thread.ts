import { Worker } from 'node:worker_threads';
import { type FileJob, type FileJobResult, runFileJob } from './file-jobs.ts';
import { rebuildThrown, type Thrown } from './thrown.ts';

/**
 * The worker's code sits beside this module. From the sources (tests, the web host, the benchmarks,
 * where Node strips the types) it is `file-worker.ts`; in the built app this module is bundled into
 * out/main/index.js and the worker is the main build's second entry, out/main/file-worker.js
 * (electron.vite.config.ts). Packaged, both are inside app.asar, where Electron loads workers too.
 * The name is chosen at run time so that no bundler rewrites it as an asset.
 */
const here = import.meta.url;
const workerFile = here.endsWith('.ts') ? './file-worker.ts' : './file-worker.js';
const WORKER = new URL(workerFile, here);

/**
 * Two threads at most, kept between jobs: starting one and loading its code costs more than a check
 * of a small file, and two let a backup or an import's check run while the start's check does.
 */
const THREADS = 2;

export interface Running<T> {
  result: Promise<T>;
  /**
   * Drops the job (the app closes, the file is about to move); `result` then rejects. Settles once
   * the thread that ran it is gone, with the connection it held.
   */
  stop(): Promise<void>;
}

interface Job {
  id: number;
  job: FileJob;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Thread {
  worker: Worker;
  job: Job | null;
}

type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: Thrown };

const queue: Job[] = [];
const threads: Thread[] = [];
let nextId = 1;
/** Who waits for every job to be done (see fileJobsDone). */
const waiting: (() => void)[] = [];
const idle = () => queue.length === 0 && threads.every((t) => t.job === null);
/** Threads could not start here (a build without the worker's file): jobs run in the main thread. */
let noThreads = false;

function inline(job: Job): void {
  try {
    job.resolve(runFileJob(job.job));
  } catch (error) {
    job.reject(error);
  }
}

function startThread(): Thread {
  const thread: Thread = { worker: new Worker(WORKER), job: null };
  thread.worker.on('message', (answer: Answer) => {
    const job = thread.job;
    thread.job = null;
    if (job?.id === answer.id)
      answer.ok ? job.resolve(answer.value) : job.reject(rebuildThrown(answer.error));
    pump();
  });
  // The job's own errors are answers: only a thread that could not start, or died, ends here. Its
  // job is then done in the main thread, slower but never skipped.
  thread.worker.on('error', (error) => {
    console.error('A thread for file jobs failed; they run in the main thread:', error);
    noThreads = true;
    drop(thread);
    if (thread.job) inline(thread.job);
    thread.job = null;
    pump();
  });
  thread.worker.on('exit', () => {
    if (!drop(thread)) return;
    thread.job?.reject(new Error('The thread of a file job stopped'));
    thread.job = null;
    pump();
  });
  threads.push(thread);
  return thread;
}

/** Forgets a thread; false when it was already forgotten. */
function drop(thread: Thread): boolean {
  const at = threads.indexOf(thread);
  if (at < 0) return false;
  threads.splice(at, 1);
  return true;
}

function pump(): void {
  while (queue.length > 0) {
    if (noThreads) {
      inline(queue.shift() as Job);
      continue;
    }
    let thread = threads.find((t) => t.job === null);
    if (!thread && threads.length < THREADS) {
      try {
        thread = startThread();
      } catch (error) {
        console.error('No thread could be started for file jobs; they run in the main thread:', error);
        noThreads = true;
        continue;
      }
    }
    if (!thread) break;
    const job = queue.shift() as Job;
    thread.job = job;
    thread.worker.ref();
    thread.worker.postMessage({ id: job.id, job: job.job });
  }
  // An idle thread does not keep the process alive.
  for (const thread of threads) if (thread.job === null) thread.worker.unref();
  if (idle()) for (const done of waiting.splice(0)) done();
}

/** Settles once no file job is queued or running (a stopped one may still hold its thread: see stop). */
export function fileJobsDone(): Promise<void> {
  return idle() ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}

/** Runs a file job on a thread of its own: the main process keeps answering calls meanwhile. */
export function offThread<J extends FileJob>(job: J): Running<FileJobResult<J>> {
  let entry: Job | null = null;
  const result = new Promise<FileJobResult<J>>((resolve, reject) => {
    entry = { id: nextId++, job, resolve: resolve as (value: unknown) => void, reject };
  });
  const queued = entry as unknown as Job;
  queue.push(queued);
  pump();
  return {
    result,
    stop() {
      const waiting = queue.indexOf(queued);
      if (waiting >= 0) {
        queue.splice(waiting, 1);
        queued.reject(new Error('The file job was stopped'));
        return Promise.resolve();
      }
      const thread = threads.find((t) => t.job === queued);
      if (!thread) return Promise.resolve();
      // SQLite cannot be interrupted from here: the thread goes, with the connection it held.
      drop(thread);
      thread.job = null;
      queued.reject(new Error('The file job was stopped'));
      const gone = thread.worker.terminate().then(() => undefined);
      pump();
      return gone;
    },
  };
}
