import type { ArticleInput, Report } from './types';
import type { CrossReferenceOptions } from './cross-reference';
import { CorroborateError } from './errors';
import { validateArticles } from './pipeline/validate-input';
import { validateOptions } from './pipeline/validate-options';
import { analyzeArticle, type ArticleAnalysisResult } from './pipeline/analyze-article';
import { combineAnalyses } from './pipeline/combine-analyses';

/** What `CorroborateIndex.toJSON()` writes and `loadIndex` reads. */
export interface SavedIndex {
  format: 'corroborate-index';
  version: 1;
  options: CrossReferenceOptions;
  analyses: ArticleAnalysisResult[];
}

/**
 * Articles added one at a time as a feed delivers them. Each is analysed once
 * on arrival (the per-article stages); `report()` runs the cross-article
 * stages over everything added so far and equals `crossReference` on the same
 * articles. The index saves to plain JSON, so a process can restart without
 * redoing the per-article work.
 */
export interface CorroborateIndex {
  add(article: ArticleInput): void;
  has(id: string): boolean;
  readonly size: number;
  report(): Report;
  toJSON(): SavedIndex;
}

function buildIndex(options: CrossReferenceOptions, initial: readonly ArticleAnalysisResult[]): CorroborateIndex {
  const analyses = new Map(initial.map((a) => [a.article.id, a]));
  return {
    add(article) {
      const [valid] = validateArticles([article]);
      if (analyses.has(valid.id)) throw new CorroborateError('DUPLICATE_ID', `The index already holds an article with id "${valid.id}".`);
      analyses.set(valid.id, analyzeArticle(valid));
    },
    has: (id) => analyses.has(id),
    get size() {
      return analyses.size;
    },
    report: () => combineAnalyses([...analyses.values()], options),
    toJSON: () => ({ format: 'corroborate-index', version: 1, options, analyses: [...analyses.values()] }),
  };
}

/** A new, empty index with the options every report from it will use. */
export function createIndex(options: CrossReferenceOptions = {}): CorroborateIndex {
  validateOptions(options);
  return buildIndex({ ...options }, []);
}

/** An index from what `toJSON()` saved (parsed JSON). Throws CorroborateError when it is not one. */
export function loadIndex(saved: unknown): CorroborateIndex {
  const s = saved as Partial<SavedIndex> | null;
  if (!s || s.format !== 'corroborate-index' || s.version !== 1 || !Array.isArray(s.analyses)) {
    throw new CorroborateError('INVALID_INDEX', 'Not a saved corroborate index (expected { format: "corroborate-index", version: 1, analyses: [...] }).');
  }
  validateOptions(s.options ?? {});
  validateArticles(s.analyses.map((a) => a?.article));
  return buildIndex({ ...(s.options ?? {}) }, s.analyses);
}
