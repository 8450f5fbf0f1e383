import type { ArticleInput } from '../types';
import { CorroborateError } from '../errors';
import { analyzeArticle, type ArticleAnalysisResult } from '../pipeline/analyze-article';
import { chunkBySize, targetChunkChars, MIN_CHUNK_CHARS } from './chunk-articles';
import { plainArticle, unpackAnalysis, type PackedAnalysis } from './pack-analysis';
import { runInWorkers, type WorkerPool } from './worker-pool';
import { workerThreadsFor } from './worker-threads-for';
import { progressCounter, type ProgressListener } from './progress';
import { resolveWorkerScript, type WorkerScript } from './worker-script';
import type { WorkerResult, WorkerTask } from './worker-task';

/** Fewer articles than this are analysed in the thread: starting workers would cost more than it saves. */
export const MIN_ARTICLES_FOR_WORKERS = 32;

export interface AnalyzeInWorkersOptions {
  /** Threads to share the work, the calling thread included (see workerThreadsFor); 0 or 1 analyses in the calling thread alone. */
  workers: number;
  /** Fewer articles than this run in the calling thread (default MIN_ARTICLES_FOR_WORKERS). */
  minArticles?: number;
  /** Smallest chunk of text sent to a worker at once (default MIN_CHUNK_CHARS). */
  minChunkChars?: number;
  /** The worker's code (default: found beside this module; see resolveWorkerScript). */
  script?: WorkerScript;
  /** Threads to run in, kept open by the caller for later work; without it, threads are started and stopped here. */
  pool?: WorkerPool;
  /** Told of the articles analysed so far (step "reading"). */
  onProgress?: ProgressListener;
}

/** A chunk's analyses: packed when a worker made them, whole when the calling thread did. */
type ChunkResult = WorkerResult | ArticleAnalysisResult[];

/** The articles analysed in this thread, one by one, each counted as it is done. */
function analyzeHere(articles: readonly ArticleInput[], counted: (count: number) => void): ArticleAnalysisResult[] {
  return articles.map((article) => {
    const analysis = analyzeArticle(article);
    counted(1);
    return analysis;
  });
}

/**
 * `articles.map(analyzeArticle)`, spread over worker threads and the calling
 * thread when it pays: `workers` of at least 2, `minArticles` articles and
 * two chunks of text. The result is the same, in the same order, with the
 * caller's own article objects inside: only the per-article stages run in
 * the workers.
 */
export async function analyzeInWorkers(articles: readonly ArticleInput[], options: AnalyzeInWorkersOptions): Promise<ArticleAnalysisResult[]> {
  const { workers, minArticles = MIN_ARTICLES_FOR_WORKERS, minChunkChars = MIN_CHUNK_CHARS, script, pool } = options;
  const counted = progressCounter(options.onProgress, 'reading', articles.length);
  if (workers <= 1 || articles.length < Math.max(1, minArticles)) return analyzeHere(articles, counted);
  const chunks = chunkBySize(articles, targetChunkChars(articles, workers, minChunkChars));
  // One chunk would keep one worker busy while this thread waits: no gain for the start-up cost.
  if (chunks.length < 2) return analyzeHere(articles, counted);
  const tasks: WorkerTask[] = chunks.map((chunk) => ({ kind: 'analyze', articles: chunk.map(plainArticle) }));
  // Chunks the calling thread analysed itself, between the workers' replies: their analyses are whole already.
  const ranHere = new Set<number>();
  const runHere = (_task: WorkerTask, i: number): ChunkResult => {
    ranHere.add(i);
    return chunks[i].map((article) => analyzeArticle(article));
  };
  const run = { onTaskDone: (task: number) => counted(chunks[task].length), runHere };
  const replies = pool
    ? await pool.run<WorkerTask, ChunkResult>(tasks, run)
    : await runInWorkers<WorkerTask, ChunkResult>(script ?? resolveWorkerScript(), tasks, workerThreadsFor(workers), run);
  return chunks.flatMap((chunk, i) => {
    if (ranHere.has(i)) return replies[i] as ArticleAnalysisResult[];
    const packed = replies[i] as PackedAnalysis[];
    if (packed?.length !== chunk.length) throw new CorroborateError('WORKER_FAILED', `A worker thread returned ${packed?.length ?? 0} analyses for ${chunk.length} articles.`);
    return chunk.map((article, j) => unpackAnalysis(packed[j], article));
  });
}
