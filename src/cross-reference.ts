import type { ArticleInput, Report } from './types';

export interface CrossReferenceOptions {
  /** Relative gap between two point figures above which they conflict (default 0.1 = 10%). */
  tolerance?: number;
}

/** Runs every stage over the articles and returns the JSON report. (Stub until integration.) */
export function crossReference(articles: ArticleInput[], options: CrossReferenceOptions = {}): Report {
  void options;
  return {
    schemaVersion: 1,
    articles: articles.map((a) => ({ id: a.id, source: a.source, publishedAt: a.publishedAt, claimCount: 0, skipped: [] })),
    claims: [],
    clusters: [],
    entities: [],
    findings: [],
    diagnostics: [],
  };
}
