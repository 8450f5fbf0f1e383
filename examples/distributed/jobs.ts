/**
 * What travels through Redis between the producer and the workers: one job
 * per article in, one single-article saved index out. Both are plain JSON.
 */
import type { ArticleInput, CrossReferenceOptions, SavedIndex } from '../../src/index';
import type { ConnectionOptions } from 'bullmq';

export interface AnalyseJob {
  article: ArticleInput;
  /** Every worker analyses with the producer's options, so their indexes can merge. */
  options: CrossReferenceOptions;
}

export interface AnalyseResult {
  /** Which worker process did the work, to show the jobs were spread. */
  worker: string;
  index: SavedIndex;
}

/** Where Redis is: REDIS_URL, as run.sh sets it for the server it starts. */
export function redisConnection(): ConnectionOptions {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is not set; run the example with `npm run example:distributed`, which starts a Redis server.');
  // Give up on an unreachable server instead of retrying forever.
  return { url, maxRetriesPerRequest: null, retryStrategy: (times: number) => (times > 20 ? null : 200) };
}
