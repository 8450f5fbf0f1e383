import type { Claim, Cluster, Evidence, Finding, Quantity, Severity } from '../types';
import { claimEvidence, quantityEvidence } from './quantity-evidence';
import { isCheckableFigure } from './checkable-figure';
import { formatFigure, joinNames, shortQuote } from './summary-text';
import { figureKeyAt } from './match-figures';


function severityOf(figures: readonly Quantity[], contested: boolean): Severity {
  if (contested) return 'high';
  return figures.some((q) => !!q.subject) ? 'medium' : 'low';
}

/**
 * single-source: a checkable figure that no outlet of another origin gives for
 * the same fact (the figure matcher found no counterpart), or a disputed claim
 * whose cluster has one origin. Only meaningful when at least two origins
 * report on the claim's story. The evidence points at the claim and at each lone figure.
 */
export function findSingleSource(
  clusters: readonly Cluster[],
  /** The claims of `clusters[k]`, in cluster order. */
  members: readonly (readonly Claim[])[],
  contestedClaimIds: ReadonlySet<string>,
  originsInStory: (articleId: string) => number,
  figuresElsewhere: ReadonlySet<string> = new Set(),
  /** Each article's origin: copies of one origin that carry the same lone figures make one finding. */
  originOf: (articleId: string) => string = (id) => id,
): Omit<Finding, 'id'>[] {
  const findings: Omit<Finding, 'id'>[] = [];
  // The finding already made for an origin's lone figures in a cluster, by key (see copyKey).
  const byCopy = new Map<string, { finding: Omit<Finding, 'id'>; articles: string[]; origin: string; what: string; quote: string; contested: boolean }>();
  clusters.forEach((cluster, c) => {
    // Only a one-source cluster in a story that disputes something can hold a
    // contested claim: elsewhere no claim's id is looked up at all.
    const mayBeContested = contestedClaimIds.size > 0 && cluster.independentSources === 1;
    for (const claim of members[c]!) {
      const contested = mayBeContested && contestedClaimIds.has(claim.id);
      // Most claims give no figure and are not disputed: they are let go before
      // the look-ups below (asked first, the skip is the same, only cheaper).
      if (claim.quantities.length === 0 && !contested) continue;
      // With one origin on the story, everything is single-source: say nothing.
      if (claim.rejects || originsInStory(claim.articleId) < 2) continue;
      const lone = claim.quantities.filter((q) => isCheckableFigure(q) && !figuresElsewhere.has(figureKeyAt(claim.articleId, q)));
      if (lone.length === 0 && !contested) continue;
      const what = lone.length > 0 ? lone.map(formatFigure).join(', ') : 'this';
      const evidence: Evidence[] = [claimEvidence(claim), ...lone.map((q) => quantityEvidence(claim, q))];
      const origin = originOf(claim.articleId);
      const key = copyKey(cluster.id, origin, lone, contested);
      const earlier = byCopy.get(key);
      if (earlier && !earlier.articles.includes(claim.articleId)) {
        // A copy of the same origin (a wire story and its reprint): one finding that cites both.
        earlier.articles.push(claim.articleId);
        earlier.finding.evidence.push(...evidence);
        earlier.finding.summary = singleSourceSummary(earlier.articles, earlier.origin, earlier.what, earlier.quote, earlier.contested);
        continue;
      }
      const quote = shortQuote(claim.text);
      const finding: Omit<Finding, 'id'> = {
        kind: 'single-source',
        severity: severityOf(lone, contested),
        summary: singleSourceSummary([claim.articleId], origin, what, quote, contested),
        clusterId: cluster.id,
        evidence,
      };
      if (!earlier) byCopy.set(key, { finding, articles: [claim.articleId], origin, what, quote, contested });
      findings.push(finding);
    }
  });
  return findings;
}

/** What makes two claims' single-source findings one: cluster, origin, and the lone figures as said (or "this" for a disputed claim). */
function copyKey(clusterId: string, origin: string, lone: readonly Quantity[], contested: boolean): string {
  const figures = lone.map((q) => `${q.unit}:${q.low}:${q.high}`).join(',');
  return `${clusterId}|${origin}|${figures}|${contested ? 1 : 0}`;
}

/**
 * "Only wire reports 4.2%: ...", or for copies of one text "Only post and
 * wire (copies of one text) report 4.2%: ...", the origin's own article
 * first when it is one of them.
 */
function singleSourceSummary(articles: readonly string[], origin: string, what: string, quote: string, contested: boolean): string {
  const tail = `${what}: "${quote}"${contested ? ' (and it is disputed)' : ''}`;
  if (articles.length === 1) return `Only ${articles[0]} reports ${tail}`;
  const lead = articles.includes(origin) ? [origin] : [];
  const named = [...lead, ...articles.filter((id) => id !== origin).sort()];
  return `Only ${joinNames(named)} (copies of one text) report ${tail}`;
}
