/**
 * The code a worker thread runs (built to dist/worker.js). It does each task
 * it is sent (a chunk of articles to analyse, or of stories to compare) and
 * replies with the result; an error goes back as data so the pool can reject with it.
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type WorkerResult, type WorkerTask } from './worker-task';
import { describeError, type ReplyMessage, type TaskMessage } from './protocol';

function reply(message: ReplyMessage<WorkerResult>): void {
  parentPort?.postMessage(message);
}

if (!parentPort) throw new Error('worker-entry runs only inside a worker thread.');

parentPort.on('message', ({ task, payload }: TaskMessage<WorkerTask>) => {
  try {
    reply({ task, result: runTask(payload) });
  } catch (error) {
    reply({ task, error: describeError(error) });
  }
});
