/**
 * One worker process: a BullMQ Worker that analyses each article it is given
 * in an index of its own and returns that index as JSON. Started by main.ts
 * with child_process.fork; stops when the parent says so or goes away.
 */
import { Worker } from 'bullmq';
import { createIndex } from '../../src/index';
import { redisConnection, type AnalyseJob, type AnalyseResult } from './jobs';

const queueName = process.env.QUEUE_NAME;
const name = process.env.WORKER_NAME ?? `worker-${process.pid}`;
if (!queueName) throw new Error('QUEUE_NAME is not set; worker.ts is started by main.ts.');

// The map step: per-article work only. Cross-article stages wait for the merge.
const worker = new Worker<AnalyseJob, AnalyseResult>(
  queueName,
  async (job) => {
    const index = createIndex(job.data.options);
    index.add(job.data.article);
    return { worker: name, index: index.toJSON() };
  },
  { connection: redisConnection(), concurrency: 1, name },
);
worker.on('error', (err) => console.error(`${name}: ${err.message}`));

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), 5000).unref(); // a close that cannot reach Redis must not keep the process
  await worker.close();
  process.exit(0);
}
process.on('message', (message) => {
  if (message === 'stop') void stop();
});
process.on('disconnect', () => void stop()); // the parent is gone: do not linger
if (!process.connected) void stop(); // ... even if it went before this line ran
process.on('SIGTERM', () => void stop());

void worker.waitUntilReady().then(() => process.send?.('ready'));
