/**
 * The code a worker thread runs (built to dist/worker.js). It analyses each
 * chunk of articles it is sent and replies with the packed analyses; an error
 * goes back as data so the pool can reject with it.
 */
import { parentPort } from 'node:worker_threads';
import type { ArticleInput } from '../types';
import { analyzeArticle } from '../pipeline/analyze-article';
import { packAnalysis, type PackedAnalysis } from './pack-analysis';
import { describeError, type ReplyMessage, type TaskMessage } from './protocol';

function reply(message: ReplyMessage<PackedAnalysis[]>): void {
  parentPort?.postMessage(message);
}

if (!parentPort) throw new Error('worker-entry runs only inside a worker thread.');

parentPort.on('message', ({ task, payload }: TaskMessage<ArticleInput[]>) => {
  try {
    reply({ task, result: payload.map((article) => packAnalysis(analyzeArticle(article))) });
  } catch (error) {
    reply({ task, error: describeError(error) });
  }
});
