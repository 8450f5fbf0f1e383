import { Worker } from 'node:worker_threads';
import { CorroborateError } from '../errors';
import type { ReplyMessage, TaskMessage } from './protocol';
import type { WorkerScript } from './worker-script';

function failed(reason: string): CorroborateError {
  return new CorroborateError('WORKER_FAILED', `A worker thread failed: ${reason}`);
}

/**
 * Runs each task in one of `size` worker threads and resolves with the results
 * in task order. Each worker takes the next task as soon as it replies, so a
 * slow task does not hold the others back. The first error, crash, early exit
 * or unclonable message rejects with a WORKER_FAILED CorroborateError; every
 * worker is terminated before the promise settles either way, so no thread
 * outlives the call and nothing waits on a dead worker.
 */
export function runInWorkers<I, O>(script: WorkerScript, tasks: readonly I[], size: number): Promise<O[]> {
  return new Promise<O[]>((resolve, reject) => {
    const results: O[] = new Array<O>(tasks.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;

    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      void Promise.allSettled(workers.map((w) => w.terminate())).then(() => (error ? reject(error) : resolve(results)));
    };
    const feed = (worker: Worker): void => {
      if (next >= tasks.length) return;
      const task = next++;
      try {
        worker.postMessage({ task, payload: tasks[task] } satisfies TaskMessage<I>);
      } catch (error) {
        finish(failed(`task ${task} could not be sent (${(error as Error).message}).`));
      }
    };
    const onReply = (worker: Worker, message: ReplyMessage<O>): void => {
      if (settled) return;
      if ('error' in message) return finish(failed(`${message.error.name}: ${message.error.message}`));
      results[message.task] = message.result;
      done += 1;
      if (done === tasks.length) finish();
      else feed(worker);
    };

    if (tasks.length === 0) return finish();
    for (let i = 0; i < Math.min(size, tasks.length) && !settled; i++) {
      let worker: Worker;
      try {
        worker = new Worker(script.filename, { eval: script.eval });
      } catch (error) {
        return finish(failed(`it could not start (${(error as Error).message}).`));
      }
      workers.push(worker);
      worker.on('message', (message: ReplyMessage<O>) => onReply(worker, message));
      worker.on('error', (error: Error) => finish(failed(`${error.name}: ${error.message}`)));
      worker.on('messageerror', (error: Error) => finish(failed(`a reply could not be read (${error.message}).`)));
      // Exits we did not ask for (process.exit in the worker, out of memory) end the run too.
      worker.on('exit', (code) => finish(failed(`it exited with code ${code} before its work was done.`)));
      feed(worker);
    }
  });
}
