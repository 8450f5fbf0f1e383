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
  run<I, O>(tasks: readonly I[], options?: RunOptions): Promise<O[]>;
  /** Stops every thread. Safe to call more than once. */
  close(): Promise<void>;
}

export interface RunOptions {
  /**
   * Told, in the calling thread, of each task done (its index), as its reply
   * is read. Something it throws fails the batch with that error.
   */
  onTaskDone?: (task: number) => void;
}

/** The batch being run: where its results go and how it ends. */
interface Batch {
  tasks: readonly unknown[];
  results: unknown[];
  next: number;
  done: number;
  settle: (error?: Error) => void;
  onTaskDone?: (task: number) => void;
}

/**
 * Starts `size` worker threads lazily (on the first batch, no more than it has
 * tasks; `script` may be a function, called then). Each worker takes the next task as soon as it replies, so a slow
 * task does not hold the others back. The first error, crash, early exit or
 * unclonable message rejects the batch with a WORKER_FAILED CorroborateError
 * after every worker is terminated, so no thread outlives a failure and
 * nothing waits on a dead worker.
 */
export function openPool(script: WorkerScript | (() => WorkerScript), size: number): WorkerPool {
  const workers: Worker[] = [];
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
  const feed = (worker: Worker): void => {
    if (!batch || batch.next >= batch.tasks.length) return;
    const task = batch.next++;
    try {
      worker.postMessage({ task, payload: batch.tasks[task] } satisfies TaskMessage<unknown>);
    } catch (error) {
      fail(failed(`task ${task} could not be sent (${(error as Error).message}).`));
    }
  };
  const onReply = (worker: Worker, message: ReplyMessage<unknown>): void => {
    if (!batch) return;
    if ('error' in message) return fail(failed(`${message.error.name}: ${message.error.message}`));
    batch.results[message.task] = message.result;
    batch.done += 1;
    try {
      batch.onTaskDone?.(message.task);
    } catch (error) {
      // The caller's own error, passed on as it is.
      return fail(error instanceof Error ? error : failed(String(error)));
    }
    if (batch.done < batch.tasks.length) return feed(worker);
    const finished = batch;
    batch = undefined;
    finished.settle();
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

  const run = <I, O>(tasks: readonly I[], options: RunOptions = {}): Promise<O[]> =>
    new Promise<O[]>((resolve, reject) => {
      if (closed) return reject(broken ?? failed('the pool was already closed.'));
      if (batch) return reject(failed('a batch is already running in this pool.'));
      const results: O[] = new Array<O>(tasks.length);
      if (tasks.length === 0) return resolve(results);
      batch = { tasks, results, next: 0, done: 0, settle: (error) => (error ? reject(error) : resolve(results)), onTaskDone: options.onTaskDone };
      while (workers.length < Math.min(size, tasks.length) && batch && start());
      for (const worker of workers) if (batch) feed(worker);
    });
  return { run, close };
}

/**
 * Runs each task in one of `size` worker threads and resolves with the
 * results in task order; every worker is terminated before the promise
 * settles either way (see openPool).
 */
export async function runInWorkers<I, O>(script: WorkerScript, tasks: readonly I[], size: number, options: RunOptions = {}): Promise<O[]> {
  const pool = openPool(script, size);
  try {
    return await pool.run<I, O>(tasks, options);
  } finally {
    await pool.close();
  }
}
