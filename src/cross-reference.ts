import type { ArticleInput, Report } from './types';
import { validateArticles } from './pipeline/validate-input';
import { validateOptions } from './pipeline/validate-options';
import { analyzeArticle } from './pipeline/analyze-article';
import { combineOwnAnalyses } from './pipeline/combine-analyses';

/** Options of `crossReference` (and of `createIndex`); each has a default. */
export interface CrossReferenceOptions {
  /** Relative gap between two figures' intervals above which they conflict (default 0.05 = 5%); figures written exactly are held to a fifth of it (see exactDisagreement). */
  tolerance?: number;
  /** Similarity at which claims from different articles are clustered (default 0.28). */
  clusterThreshold?: number;
  /**
   * Days two outlets may differ on the date of one event before it is a
   * date-conflict (default 0: a day apart is a low-severity conflict). 1
   * lets pass events told by their first or last day, or across midnight.
   */
  dateSlackDays?: number;
  /** Known ownership or wire relations: article id or source name -> the origin it reprints. */
  relations?: Record<string, string>;
  /**
   * "one" (default): the articles tell one story, as an editor's selection does.
   * "split": a feed of many stories; articles are first grouped into stories by
   * the names and figures they share, and claims are clustered and compared
   * only within a story. Faster on a feed, and no figure of one story is set
   * against another's.
   */
  stories?: 'one' | 'split';
}

/**
 * Runs every stage over the articles and returns the JSON report: each article
 * on its own (clean, sentences, claims, figures, names), then across articles.
 * The report is the same whatever order the articles come in.
 * Throws CorroborateError only on misuse (bad articles or options).
 */
export function crossReference(articles: readonly ArticleInput[], options: CrossReferenceOptions = {}): Report {
  validateOptions(options);
  return combineOwnAnalyses(validateArticles(articles).map(analyzeArticle), options);
}
