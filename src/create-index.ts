import type { ArticleInput, Report } from './types';
import type { CrossReferenceOptions } from './cross-reference';
import { CorroborateError } from './errors';
import { validateArticles } from './pipeline/validate-input';
import { validateOptions } from './pipeline/validate-options';
import { analyzeArticle, type ArticleAnalysisResult } from './pipeline/analyze-article';
import { combineAnalyses } from './pipeline/combine-analyses';
import { DEFAULT_DATE_SLACK_DAYS, DEFAULT_TOLERANCE } from './compare/compare-clusters';
import { DEFAULT_CLUSTER_THRESHOLD } from './cluster/cluster-claims';
import { byCodeUnit } from './internal/by-code-unit';

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
  /** Analyses one article and keeps it. Throws CorroborateError on a bad article or an id already held. */
  add(article: ArticleInput): void;
  /** Whether an article with this id has been added. */
  has(id: string): boolean;
  /** How many articles the index holds. */
  readonly size: number;
  /** The cross-article stages over every article added so far: the report `crossReference` gives on them. */
  report(): Report;
  /** Plain JSON of the index (options and per-article analyses), for `loadIndex`. */
  toJSON(): SavedIndex;
  /**
   * Adds the articles of another index (live or saved JSON) to this one, so
   * indexes built apart (one per worker) combine into one. Articles both hold
   * must have identical analyses (else DUPLICATE_ID) and both indexes must
   * report with the same options (else INVALID_INDEX); on a throw this index
   * is left unchanged. Merging is associative and commutative.
   */
  merge(other: CorroborateIndex | SavedIndex): void;
}

/** JSON with object keys sorted, so equal plain data gives equal text whatever order its keys were written in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => byCodeUnit(a, b)))
      : v,
  );
}

/** The options as reports use them, defaults filled in: `{}` and `{ tolerance: 0.05 }` report alike. */
function effectiveOptions(options: CrossReferenceOptions): string {
  return canonicalJson({
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
    clusterThreshold: options.clusterThreshold ?? DEFAULT_CLUSTER_THRESHOLD,
    dateSlackDays: options.dateSlackDays ?? DEFAULT_DATE_SLACK_DAYS,
    relations: options.relations ?? {},
  });
}

function isLiveIndex(value: CorroborateIndex | SavedIndex): value is CorroborateIndex {
  return typeof (value as Partial<CorroborateIndex> | null)?.merge === 'function';
}

/** The analyses of `other` this index lacks, after checking the two can merge at all. */
function analysesToMerge(
  own: ReadonlyMap<string, ArticleAnalysisResult>,
  options: CrossReferenceOptions,
  other: CorroborateIndex | SavedIndex,
): ArticleAnalysisResult[] {
  // A saved index goes through loadIndex, so JSON from elsewhere is validated like any load.
  const incoming = (isLiveIndex(other) ? other : loadIndex(other)).toJSON();
  if (effectiveOptions(incoming.options) !== effectiveOptions(options)) {
    throw new CorroborateError('INVALID_INDEX', `Cannot merge indexes built with different options (${effectiveOptions(options)} and ${effectiveOptions(incoming.options)}).`);
  }
  const fresh: ArticleAnalysisResult[] = [];
  for (const analysis of incoming.analyses) {
    const held = own.get(analysis.article.id);
    if (!held) fresh.push(analysis);
    else if (held !== analysis && canonicalJson(held) !== canonicalJson(analysis)) {
      throw new CorroborateError('DUPLICATE_ID', `Both indexes hold an article with id "${analysis.article.id}", analysed differently.`);
    }
  }
  return fresh;
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
    merge(other) {
      // Everything is checked before anything is added, so a failed merge changes nothing.
      for (const analysis of analysesToMerge(analyses, options, other)) analyses.set(analysis.article.id, analysis);
    },
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

/**
 * A new index holding the articles of both, which are left unchanged: the
 * reduce step when extraction is spread over workers. Throws as `merge` does.
 */
export function mergeIndexes(a: CorroborateIndex | SavedIndex, b: CorroborateIndex | SavedIndex): CorroborateIndex {
  const first = isLiveIndex(a) ? a.toJSON() : a;
  const merged = loadIndex({ ...first, analyses: [] });
  merged.merge(a);
  merged.merge(b);
  return merged;
}
