/** Lookups the Markdown sections share: claims by id and a readable label for each article. */
import type { ArticleInput, Report, ReportClaim } from '../types';
import { escapeMarkdown } from './markdown-text';

export interface MarkdownContext {
  report: Report;
  claim(id: string | undefined): ReportClaim | undefined;
  /** The article's source name, raw (unescaped), if anyone supplied one. */
  source(articleId: string): string | undefined;
  /** "Source name (id)" when the source is known, else the id; already escaped. */
  sourceLabel(articleId: string): string;
}

export function buildMarkdownContext(report: Report, articles: readonly ArticleInput[]): MarkdownContext {
  const claims = new Map(report.claims.map((c) => [c.id, c] as const));
  const sources = new Map<string, string>();
  // The caller's articles win: they hold what the editor supplied; the report may only echo it.
  for (const a of report.articles) if (a.source) sources.set(a.id, a.source);
  for (const a of articles) if (a.source) sources.set(a.id, a.source);
  return {
    report,
    claim: (id) => (id === undefined ? undefined : claims.get(id)),
    source: (articleId) => sources.get(articleId),
    sourceLabel(articleId) {
      const source = sources.get(articleId);
      const id = escapeMarkdown(articleId);
      return source ? `${escapeMarkdown(source)} (${id})` : id;
    },
  };
}
