/** Enqueues one analysis job per article and waits for every result. */
import { Queue, QueueEvents } from 'bullmq';
import type { ArticleInput, CrossReferenceOptions } from '../../src/index';
import { redisConnection, type AnalyseJob, type AnalyseResult } from './jobs';

export interface Producer {
  /** The results of all articles' jobs, in article order; rejects if a job fails. */
  analyse(articles: readonly ArticleInput[], options: CrossReferenceOptions): Promise<AnalyseResult[]>;
  close(): Promise<void>;
}

export async function createProducer(queueName: string): Promise<Producer> {
  const queue = new Queue<AnalyseJob, AnalyseResult>(queueName, { connection: redisConnection() });
  // Listening before the first job is added, so no completion goes unseen.
  const events = new QueueEvents(queueName, { connection: redisConnection() });
  // Connection errors are said once each here; the call that needed Redis then fails with them.
  const said = new Set<string>();
  const sayOnce = (err: Error) => {
    if (!said.has(err.message)) console.error(`redis: ${err.message}`);
    said.add(err.message);
  };
  queue.on('error', sayOnce);
  events.on('error', sayOnce);
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
  return {
    async analyse(articles, options) {
      const jobs = await queue.addBulk(
        articles.map((article) => ({ name: 'analyse', data: { article, options }, opts: { attempts: 1 } })),
      );
      return Promise.all(jobs.map((job) => job.waitUntilFinished(events)));
    },
    async close() {
      await events.close();
      // The queue name is this run's own: leave nothing behind in a shared Redis.
      await queue.obliterate({ force: true });
      await queue.close();
    },
  };
}
