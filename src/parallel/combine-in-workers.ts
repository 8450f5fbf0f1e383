import type { Report } from '../types';
import { CorroborateError } from '../errors';
import type { ArticleAnalysisResult } from '../pipeline/analyze-article';
import { finishCombine, prepareOwnCombine, storyOptions, type CombineOptions } from '../pipeline/combine-analyses';
import { compareStory, type StoryInput, type StoryOptions, type StoryResult } from '../pipeline/compare-story';
import { progressCounter, type ProgressListener } from './progress';
import { plainArticle } from './pack-analysis';
import { chunkStories } from './chunk-stories';
import type { WorkerPool } from './worker-pool';
import type { WorkerResult, WorkerTask } from './worker-task';

/** Fewer claims than this are compared in the thread: cloning them to workers would cost more than it saves. */
export const MIN_CLAIMS_FOR_WORKERS = 2_000;

/**
 * Fewer threads than this compare stories in the calling thread alone. With
 * one worker beside it, the calling thread clones half the claims out and
 * both threads slow each other down: on 2 cores at 10,000 articles, comparing
 * in the pool was slower in 3 of 3 alternating runs (437/490/540 against
 * 444/529/566 articles/s end to end) and peaked 150 MB higher. Unmeasured
 * on more cores, where each further worker takes a share without adding to
 * what the calling thread clones per claim.
 */
export const MIN_THREADS_FOR_STORIES = 3;

export interface CombineThreads {
  /** Threads to compare stories in; without it, everything runs in the calling thread. Closed once the stories are compared. */
  pool?: WorkerPool;
  /** Threads sharing the work, the calling thread included (it decides how finely stories are chunked). */
  workers: number;
  /** Fewer claims than this are compared in the calling thread (default MIN_CLAIMS_FOR_WORKERS). */
  minClaims?: number;
  /** Told of the stories compared so far (step "comparing"). */
  onProgress?: ProgressListener;
}

/** The stories compared in this thread, one by one, each counted as it is done. */
function compareHere(stories: readonly StoryInput[], options: StoryOptions, counted: (count: number) => void): StoryResult[] {
  return stories.map((story) => {
    const result = compareStory(story, options);
    counted(1);
    return result;
  });
}

/** A story as it crosses to a worker: the articles' fields as plain data, so extra properties need not clone. */
function plainStory(story: StoryInput): StoryInput {
  return { ...story, articles: story.articles.map(({ article, cleaned }) => ({ article: plainArticle(article), cleaned })) };
}

/**
 * The stories compared in the pool, in story order. Its own function so the
 * chunks and tasks, which hold every story's claims, are gone by the time
 * the report is made (finishCombine lets the claims go as it goes).
 */
async function compareInPool(pool: WorkerPool, chunks: StoryInput[][], options: StoryOptions, counted: (count: number) => void): Promise<StoryResult[]> {
  const tasks: WorkerTask[] = chunks.map((chunk) => ({ kind: 'compare-stories', stories: chunk.map(plainStory), options }));
  // The calling thread compares chunks too, on its own story objects (nothing to clone).
  const runHere = (_task: WorkerTask, i: number): WorkerResult => chunks[i].map((story) => compareStory(story, options));
  const run = { onTaskDone: (task: number) => counted(chunks[task].length), runHere };
  const replies = (await pool.run<WorkerTask, WorkerResult>(tasks, run)) as StoryResult[][];
  return replies.flat();
}

/**
 * `combineAnalyses`, with the stories compared in the pool's worker threads
 * and the calling thread when there are several, enough claims to pay for
 * the cloning and at least MIN_THREADS_FOR_STORIES threads. The
 * feed-wide steps (names, stories, report) run in this thread, and the report
 * is the same as combineAnalyses gives. Like combineOwnAnalyses, it takes
 * `analyses` over: the array is emptied once names are grouped, and the
 * analyses' claims get their entity ids in place and are let go as the
 * report is made. Pass analyses no one else reads.
 */
export async function combineInWorkers(analyses: ArticleAnalysisResult[], options: CombineOptions, threads: CombineThreads): Promise<Report> {
  const { pool, workers, minClaims = MIN_CLAIMS_FOR_WORKERS } = threads;
  // The analyses came back from the workers: no one else holds them.
  const prepared = prepareOwnCombine(analyses, options);
  analyses.length = 0;
  const perStory = storyOptions(options);
  const counted = progressCounter(threads.onProgress, 'comparing', prepared.stories.length);
  const chunks = pool && workers >= MIN_THREADS_FOR_STORIES && prepared.claims.length >= minClaims ? chunkStories(prepared.stories, workers) : [];
  if (!pool || chunks.length < 2) {
    chunks.length = 0; // one chunk holds every story: let finishCombine free them
    await pool?.close(); // the threads have nothing left to do: their heaps go now
    return finishCombine(prepared, compareHere(prepared.stories, perStory, counted), options);
  }
  const results = await compareInPool(pool, chunks, perStory, counted);
  chunks.length = 0;
  // Nothing is left for the threads: stop them now, so their heaps are gone
  // before the report is made, which is when this thread's heap is largest.
  await pool.close();
  if (results.length !== prepared.stories.length) {
    throw new CorroborateError('WORKER_FAILED', `Worker threads returned ${results.length} compared stories for ${prepared.stories.length}.`);
  }
  return finishCombine(prepared, results, options);
}
