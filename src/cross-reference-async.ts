import type { ArticleInput, Report } from './types';
import type { CrossReferenceOptions } from './cross-reference';
import { validateArticles } from './pipeline/validate-input';
import { validateOptions } from './pipeline/validate-options';
import { combineAnalyses } from './pipeline/combine-analyses';
import { analyzeInWorkers } from './parallel/analyze-in-workers';
import { validateWorkers } from './parallel/validate-workers';

/** Options of `crossReferenceAsync`: those of `crossReference` and the number of worker threads. */
export interface CrossReferenceAsyncOptions extends CrossReferenceOptions {
  /**
   * Worker threads for the per-article stages (clean, sentences, claims,
   * figures, names). 0 (default) or 1 runs them in the calling thread, as do
   * small batches. The cross-article stages always run in the calling thread.
   */
  workers?: number;
}

/** Splits off `workers`, which only this entry point knows, leaving the options `crossReference` takes. */
function takeWorkers(options: unknown): { workers: number; rest: unknown } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return { workers: 0, rest: options };
  const { workers, ...rest } = options as Record<string, unknown>;
  return { workers: validateWorkers(workers), rest };
}

/**
 * `crossReference` with the per-article stages spread over worker threads.
 * Resolves with the same report, byte for byte through `renderJson`. Misuse
 * rejects with a CorroborateError as `crossReference` throws; a worker that
 * fails or dies rejects with code WORKER_FAILED after every worker is stopped.
 */
export async function crossReferenceAsync(articles: readonly ArticleInput[], options: CrossReferenceAsyncOptions = {}): Promise<Report> {
  // Unknown keys are reported against the full list, workers included.
  validateOptions(options, ['workers']);
  const { workers, rest } = takeWorkers(options);
  const analyses = await analyzeInWorkers(validateArticles(articles), { workers });
  return combineAnalyses(analyses, rest as CrossReferenceOptions);
}
