import type { Claim, Cluster, Evidence, Finding, Quantity, Severity } from '../types';
import { claimEvidence, quantityEvidence } from './quantity-evidence';
import { isCheckableFigure } from './checkable-figure';
import { formatFigure, shortQuote } from './summary-text';
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
): Omit<Finding, 'id'>[] {
  const findings: Omit<Finding, 'id'>[] = [];
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
      findings.push({
        kind: 'single-source',
        severity: severityOf(lone, contested),
        summary: `Only ${claim.articleId} reports ${what}: "${shortQuote(claim.text)}"${contested ? ' (and it is disputed)' : ''}`,
        clusterId: cluster.id,
        evidence,
      });
    }
  });
  return findings;
}
