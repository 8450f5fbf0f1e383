import type { ArticleInput, Report } from './types';
import type { CrossReferenceOptions } from './cross-reference';
import { validateArticles } from './pipeline/validate-input';
import { validateOptions } from './pipeline/validate-options';
import { analyzeInWorkers } from './parallel/analyze-in-workers';
import { combineInWorkers } from './parallel/combine-in-workers';
import { validateWorkers } from './parallel/validate-workers';
import { validateProgressListener, type ProgressListener } from './parallel/progress';
import { openPool } from './parallel/worker-pool';
import { resolveWorkerScript } from './parallel/worker-script';
import { workerThreadsFor } from './parallel/worker-threads-for';

/** Options of `crossReferenceAsync`: those of `crossReference`, how many threads share the work, and a progress listener. */
export interface CrossReferenceAsyncOptions extends CrossReferenceOptions {
  /**
   * Threads to share the per-article stages (clean, sentences, claims,
   * figures, names) and, with `stories: 'split'` and 3 threads or more, the
   * comparing of stories: the calling thread and `workers - 1` worker
   * threads, so the number of cores keeps each core busy. 0 (default) or 1
   * runs everything in the calling thread, as do small batches. Grouping
   * names and stories and assembling the report always run in the calling
   * thread, as does comparing stories with `workers: 2` (cloning them to one
   * worker costs more than it saves).
   */
  workers?: number;
  /**
   * Told how far the run has got, in the calling thread: articles read (step
   * "reading"), then stories compared ("comparing"), each step from 0 to its
   * total. With workers it is told as each chunk comes back. What it throws
   * rejects the run with that error.
   */
  onProgress?: ProgressListener;
}

/** The keys only this entry point knows. */
const ASYNC_ONLY = ['workers', 'onProgress'];

/** Splits off `workers` and `onProgress`, which only this entry point knows, leaving the options `crossReference` takes. */
function takeAsyncOnly(options: unknown): { workers: number; onProgress?: ProgressListener; rest: unknown } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return { workers: 0, rest: options };
  const { workers, onProgress, ...rest } = options as Record<string, unknown>;
  return { workers: validateWorkers(workers), onProgress: validateProgressListener(onProgress), rest };
}

/**
 * `crossReference` with the per-article stages, and the per-story ones of a
 * split feed, shared between the calling thread and `workers - 1` worker threads.
 * Resolves with the same report, byte for byte through `renderJson`. Misuse
 * rejects with a CorroborateError as `crossReference` throws; a worker that
 * fails or dies rejects with code WORKER_FAILED, and an error in the calling
 * thread's own chunk with that error, after every worker is stopped.
 */
export async function crossReferenceAsync(articles: readonly ArticleInput[], options: CrossReferenceAsyncOptions = {}): Promise<Report> {
  // Unknown keys are reported against the full list, workers included.
  validateOptions(options, ASYNC_ONLY);
  const { workers, onProgress, rest } = takeAsyncOnly(options);
  const valid = validateArticles(articles);
  // One set of threads for both phases; they start only when a phase has enough work for them.
  // The calling thread works in both phases too, so it starts one thread fewer than `workers`.
  const pool = workers > 1 ? openPool(resolveWorkerScript, workerThreadsFor(workers)) : undefined;
  try {
    const analyses = await analyzeInWorkers(valid, { workers, pool, onProgress });
    return await combineInWorkers(analyses, rest as CrossReferenceOptions, { pool, workers, onProgress });
  } finally {
    await pool?.close();
  }
}
