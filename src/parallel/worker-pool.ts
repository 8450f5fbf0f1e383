import { Worker } from 'node:worker_threads';
import { CorroborateError } from '../errors';
import type { ReplyMessage, TaskMessage } from './protocol';
import type { WorkerScript } from './worker-script';

function failed(reason: string): CorroborateError {
  return new CorroborateError('WORKER_FAILED', `A worker thread failed: ${reason}`);
}

/** Worker threads kept for several batches of tasks, so a two-phase job starts its threads once. */
export interface WorkerPool {
  /** Runs the tasks (see runInWorkers); a failure closes the pool. */
  run<I, O>(tasks: readonly I[], options?: RunOptions<I, O>): Promise<O[]>;
  /** Stops every thread. Safe to call more than once. */
  close(): Promise<void>;
}

export interface RunOptions<I = unknown, O = unknown> {
  /**
   * Told, in the calling thread, of each task done (its index), as its reply
   * is read. Something it throws fails the batch with that error.
   */
  onTaskDone?: (task: number) => void;
  /**
   * Does a task in the calling thread. Given, the calling thread takes tasks
   * from the same queue as the workers while it waits for them, instead of
   * sitting idle, and each worker is kept a task ahead so it does not wait
   * while the calling thread works. What it throws fails the batch with that error.
   */
  runHere?: (task: I, index: number) => O;
}

/** The batch being run: where its results go and how it ends. */
interface Batch {
  tasks: readonly unknown[];
  results: unknown[];
  next: number;
  done: number;
  settle: (error?: Error) => void;
  onTaskDone?: (task: number) => void;
  runHere?: (task: unknown, index: number) => unknown;
}

/**
 * Tasks a worker holds at once when the calling thread works too: it reads
 * replies only between its own tasks, so a worker with one task in hand would
 * wait for it.
 */
const AHEAD_WHEN_SHARED = 2;

/**
 * Starts `size` worker threads lazily (on the first batch, no more than it has
 * tasks; `script` may be a function, called then). Each worker takes the next task as soon as it replies, so a slow
 * task does not hold the others back; with `runHere` the calling thread
 * takes tasks from the same queue too (see RunOptions). The first error,
 * crash, early exit or unclonable message rejects the batch with a
 * WORKER_FAILED CorroborateError after every worker is terminated, so no
 * thread outlives a failure and nothing waits on a dead worker.
 */
export function openPool(script: WorkerScript | (() => WorkerScript), size: number): WorkerPool {
  const workers: Worker[] = [];
  // Tasks sent to each worker and not yet answered.
  const inHand = new Map<Worker, number>();
  let batch: Batch | undefined;
  let closed: Promise<void> | undefined;
  // Why the pool closed itself, so a later batch is told the real cause.
  let broken: Error | undefined;

  const close = (): Promise<void> => (closed ??= Promise.allSettled(workers.map((w) => w.terminate())).then(() => undefined));
  const fail = (error: Error): void => {
    broken ??= error;
    const current = batch;
    batch = undefined;
    void close().then(() => current?.settle(error));
  };
  const send = (worker: Worker): void => {
    if (!batch || batch.next >= batch.tasks.length) return;
    const task = batch.next++;
    try {
      worker.postMessage({ task, payload: batch.tasks[task] } satisfies TaskMessage<unknown>);
      inHand.set(worker, (inHand.get(worker) ?? 0) + 1);
    } catch (error) {
      fail(failed(`task ${task} could not be sent (${(error as Error).message}).`));
    }
  };
  /**
   * Gives a worker a task, or two when the calling thread works too and more
   * tasks are left than threads: near the end a second task in one worker's
   * hand could leave the others idle.
   */
  const feed = (worker: Worker): void => {
    if (!batch) return;
    const threads = workers.length + (batch.runHere ? 1 : 0);
    const ahead = batch.runHere && batch.tasks.length - batch.next > threads ? AHEAD_WHEN_SHARED : 1;
    while (batch && batch.next < batch.tasks.length && (inHand.get(worker) ?? 0) < ahead) send(worker);
  };
  /** Records a finished task; true while the batch goes on. */
  const finish = (task: number, result: unknown): boolean => {
    if (!batch) return false;
    batch.results[task] = result;
    batch.done += 1;
    try {
      batch.onTaskDone?.(task);
    } catch (error) {
      // The caller's own error, passed on as it is.
      fail(error instanceof Error ? error : failed(String(error)));
      return false;
    }
    if (batch.done < batch.tasks.length) return true;
    const finished = batch;
    batch = undefined;
    finished.settle();
    return false;
  };
  const onReply = (worker: Worker, message: ReplyMessage<unknown>): void => {
    inHand.set(worker, (inHand.get(worker) ?? 1) - 1);
    if (!batch) return;
    if ('error' in message) return fail(failed(`${message.error.name}: ${message.error.message}`));
    if (finish(message.task, message.result)) feed(worker);
  };
  // One task in the calling thread, then back to the event loop so the workers' replies are read and answered.
  const workHere = (): void => {
    const current = batch;
    if (!current?.runHere) return;
    for (const worker of workers) feed(worker);
    if (batch !== current || current.next >= current.tasks.length) return;
    const task = current.next++;
    let result: unknown;
    try {
      result = current.runHere(current.tasks[task], task);
    } catch (error) {
      // The library's own error in this thread, passed on as it is (as in a run without workers).
      return fail(error instanceof Error ? error : failed(String(error)));
    }
    if (batch === current && finish(task, result)) setImmediate(workHere);
  };
  const start = (): Worker | undefined => {
    let worker: Worker;
    try {
      // Found only when a thread is first needed, so work too small for threads never looks for the script.
      const { filename, eval: isCode } = typeof script === 'function' ? script() : script;
      worker = new Worker(filename, { eval: isCode });
    } catch (error) {
      fail(error instanceof CorroborateError ? error : failed(`it could not start (${(error as Error).message}).`));
      return undefined;
    }
    workers.push(worker);
    worker.on('message', (message: ReplyMessage<unknown>) => onReply(worker, message));
    worker.on('error', (error: Error) => fail(failed(`${error.name}: ${error.message}`)));
    worker.on('messageerror', (error: Error) => fail(failed(`a reply could not be read (${error.message}).`)));
    // Exits we did not ask for (process.exit in the worker, out of memory) end the run too.
    worker.on('exit', (code) => closed === undefined && fail(failed(`it exited with code ${code} before its work was done.`)));
    return worker;
  };

  const run = <I, O>(tasks: readonly I[], options: RunOptions<I, O> = {}): Promise<O[]> =>
    new Promise<O[]>((resolve, reject) => {
      if (closed) return reject(broken ?? failed('the pool was already closed.'));
      if (batch) return reject(failed('a batch is already running in this pool.'));
      const results: O[] = new Array<O>(tasks.length);
      if (tasks.length === 0) return resolve(results);
      const { onTaskDone, runHere } = options;
      batch = { tasks, results, next: 0, done: 0, settle: (error) => (error ? reject(error) : resolve(results)), onTaskDone, runHere: runHere as Batch['runHere'] };
      // The calling thread takes a task too: a thread fewer is needed for the same spread.
      const wanted = Math.min(size, tasks.length - (runHere ? 1 : 0));
      while (workers.length < wanted && batch && start());
      // One task each first, so the calling thread's first task is not sent ahead to a worker.
      for (const worker of workers) if (batch) send(worker);
      if (runHere) setImmediate(workHere);
    });
  return { run, close };
}

/**
 * Runs each task in one of `size` worker threads and resolves with the
 * results in task order; every worker is terminated before the promise
 * settles either way (see openPool).
 */
export async function runInWorkers<I, O>(script: WorkerScript, tasks: readonly I[], size: number, options: RunOptions<I, O> = {}): Promise<O[]> {
  const pool = openPool(script, size);
  try {
    return await pool.run<I, O>(tasks, options);
  } finally {
    await pool.close();
  }
}
