/** Cross-referencing the articles in worker threads (--workers), with the same progress bar as in one thread. */
import { crossReferenceAsync } from '../cross-reference-async';
import type { CrossReferenceOptions } from '../cross-reference';
import type { Progress } from '../parallel/progress';
import type { ArticleInput, Report } from '../types';
import type { CliStream } from './cli-io';
import { progressBar } from './analyze-with-progress';

/** What the bar says in each step: articles read, then stories compared. */
const SHOWN: Record<Progress['step'], { unit: string; step: string }> = {
  reading: { unit: 'articles', step: 'reading claims' },
  comparing: { unit: 'stories', step: 'cross-referencing' },
};

/** The bar follows crossReferenceAsync's onProgress; each step starts the bar again with its own total. */
async function analyzeWithBar(articles: readonly ArticleInput[], options: CrossReferenceOptions, workers: number, stderr: CliStream): Promise<Report> {
  const bar = progressBar(stderr);
  let step: Progress['step'] | undefined;
  const onProgress = (progress: Progress): void => {
    if (progress.step !== step) {
      step = progress.step;
      bar.start(progress.total, progress.done, SHOWN[step]);
      return;
    }
    bar.update(progress.done);
    // The bar redraws at most so often: a step's last count is drawn at once, before the next step starts the bar again.
    if (progress.done === progress.total) bar.render();
  };
  try {
    return await crossReferenceAsync(articles, { ...options, workers, onProgress });
  } finally {
    // Also on a rejection: stop restores line wrapping and clears the bar's line.
    bar.stop();
  }
}

export function analyzeInThreads(
  articles: readonly ArticleInput[],
  options: CrossReferenceOptions,
  workers: number,
  progress: { stderr: CliStream; show: boolean },
): Promise<Report> {
  return progress.show ? analyzeWithBar(articles, options, workers, progress.stderr) : crossReferenceAsync(articles, { ...options, workers });
}
