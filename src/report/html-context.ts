/**
 * Lookups the HTML report shares: claims, clusters and findings by id, each
 * given a short DOM id from its position in the report (f0, c3, k2) so that
 * no report string ever lands in an id, a selector or the script.
 */
import type { ArticleInput, Finding, Report, ReportClaim, ReportCluster } from '../types';
import { escapeHtml } from './html-escape';

export interface HtmlContext {
  report: Report;
  /** Article text by id, from the caller's articles (the report does not hold it). */
  text(articleId: string): string | undefined;
  claim(id: string | undefined): ReportClaim | undefined;
  /** The claims of one article, in report order. */
  claimsOf(articleId: string): ReportClaim[];
  claimDomId(claim: ReportClaim): string;
  /** The cluster a claim belongs to, if any. */
  clusterOf(claimId: string): ReportCluster | undefined;
  clusterDomId(cluster: ReportCluster): string;
  findingDomId(finding: Finding): string;
  /** DOM ids of the findings whose evidence cites the claim, in report order. */
  findingsOfClaim(claimId: string): string[];
  /** The article's source name, raw (unescaped), if anyone supplied one. */
  source(articleId: string): string | undefined;
  /** "Source name (id)" when the source is known, else the id; already escaped. */
  sourceLabel(articleId: string): string;
}

/** A map from key to the first value given for it: duplicates in odd input never reorder anything. */
function firstBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T> {
  const map = new Map<K, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

function domIds<T>(items: readonly T[], prefix: string): Map<T, string> {
  return new Map(items.map((item, i) => [item, `${prefix}${i}`] as const));
}

function findingsByClaim(report: Report, findingIds: Map<Finding, string>): Map<string, string[]> {
  const byClaim = new Map<string, string[]>();
  for (const f of report.findings) {
    for (const e of f.evidence) {
      if (e.claimId === undefined) continue;
      const list = byClaim.get(e.claimId) ?? [];
      const id = findingIds.get(f) as string;
      if (!list.includes(id)) list.push(id);
      byClaim.set(e.claimId, list);
    }
  }
  return byClaim;
}

export function buildHtmlContext(report: Report, articles: readonly ArticleInput[]): HtmlContext {
  const texts = firstBy(articles, (a) => a.id);
  const claims = firstBy(report.claims, (c) => c.id);
  const claimIds = domIds(report.claims, 'c');
  const byArticle = new Map<string, ReportClaim[]>();
  for (const c of report.claims) {
    const list = byArticle.get(c.articleId) ?? [];
    list.push(c);
    byArticle.set(c.articleId, list);
  }
  const clusterIds = domIds(report.clusters, 'k');
  const findingIds = domIds(report.findings, 'f');
  const clusterByClaim = new Map<string, ReportCluster>();
  for (const k of report.clusters) for (const id of k.claimIds) if (!clusterByClaim.has(id)) clusterByClaim.set(id, k);
  const byClaim = findingsByClaim(report, findingIds);
  const sources = new Map<string, string>();
  // The caller's articles win: they hold what the editor supplied; the report may only echo it.
  for (const a of report.articles) if (a.source) sources.set(a.id, a.source);
  for (const a of articles) if (a.source) sources.set(a.id, a.source);
  return {
    report,
    text: (articleId) => texts.get(articleId)?.text,
    claim: (id) => (id === undefined ? undefined : claims.get(id)),
    claimsOf: (articleId) => byArticle.get(articleId) ?? [],
    claimDomId: (claim) => claimIds.get(claim) ?? 'c',
    clusterOf: (claimId) => clusterByClaim.get(claimId),
    clusterDomId: (cluster) => clusterIds.get(cluster) ?? 'k',
    findingDomId: (finding) => findingIds.get(finding) ?? 'f',
    findingsOfClaim: (claimId) => byClaim.get(claimId) ?? [],
    source: (articleId) => sources.get(articleId),
    sourceLabel(articleId) {
      const source = sources.get(articleId);
      const id = escapeHtml(articleId);
      return source ? `${escapeHtml(source)} <span class="id">(${id})</span>` : id;
    },
  };
}
