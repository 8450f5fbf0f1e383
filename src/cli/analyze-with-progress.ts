/** Cross-referencing the articles, with a progress bar on a terminal's stderr for longer runs. */
import cliProgress from 'cli-progress';
import { createIndex } from '../create-index';
import { crossReference, type CrossReferenceOptions } from '../cross-reference';
import type { ArticleInput, Report } from '../types';
import type { CliStream } from './cli-io';

/** Below this many articles a run is quick enough that a bar would only flicker. */
export const PROGRESS_MIN_ARTICLES = 5;

/** Whether to draw the bar: enough articles, stderr a terminal, and not --quiet. */
export function shouldShowProgress(articleCount: number, stderr: CliStream, quiet: boolean): boolean {
  return !quiet && stderr.isTTY === true && articleCount >= PROGRESS_MIN_ARTICLES;
}

/** The bar on stderr: `unit` says what is counted (articles, then stories with --workers), `step` what is being done. */
export function progressBar(stderr: CliStream): cliProgress.SingleBar {
  return new cliProgress.SingleBar({
    // cli-progress only needs write, isTTY and columns, which CliStream has.
    stream: stderr as unknown as NodeJS.WritableStream,
    format: 'corroborate [{bar}] {value}/{total} {unit} | {step}',
    clearOnComplete: true,
    hideCursor: false,
  });
}

/**
 * The per-article stages one article at a time through an index (whose report
 * equals crossReference's), so the bar can move between articles; the
 * cross-article stages run last, shown as their own step.
 */
function analyzeStepwise(articles: readonly ArticleInput[], options: CrossReferenceOptions, stderr: CliStream): Report {
  const bar = progressBar(stderr);
  const index = createIndex(options);
  bar.start(articles.length, 0, { unit: 'articles', step: 'reading claims' });
  try {
    for (const article of articles) {
      index.add(article);
      bar.increment();
    }
    bar.update(articles.length, { unit: 'articles', step: 'cross-referencing' });
    bar.render();
    return index.report();
  } finally {
    // Also on a thrown error: stop restores line wrapping and clears the bar's line.
    bar.stop();
  }
}

export function analyze(
  articles: readonly ArticleInput[],
  options: CrossReferenceOptions,
  progress: { stderr: CliStream; show: boolean },
): Report {
  return progress.show ? analyzeStepwise(articles, options, progress.stderr) : crossReference(articles, options);
}
