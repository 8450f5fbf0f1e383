import type { Claim, Cluster, Finding, Severity } from '../types';
import { claimEvidence } from './quantity-evidence';
import { shortQuote } from './contested';
import { isCheckableFigure } from './checkable-figure';

function severityOf(members: readonly Claim[], contested: ReadonlySet<string>): Severity {
  if (members.some((c) => contested.has(c.id))) return 'high';
  const substantive = members.some((c) => c.quantities.some((q) => isCheckableFigure(q) && !!q.subject));
  return substantive ? 'medium' : 'low';
}

/**
 * single-source: a checkable claim (one that carries a figure, or that someone
 * disputes) which only one independent origin reports: its cluster has one
 * origin and none of its figures was matched by another outlet's. Only
 * meaningful when the articles come from at least two origins.
 */
export function findSingleSource(
  clusters: readonly Cluster[],
  claimsById: ReadonlyMap<string, Claim>,
  contestedClaimIds: ReadonlySet<string>,
  totalOrigins: number,
  confirmedElsewhere: ReadonlySet<string> = new Set(),
): Omit<Finding, 'id'>[] {
  if (totalOrigins < 2) return [];
  const findings: Omit<Finding, 'id'>[] = [];
  for (const cluster of clusters) {
    if (cluster.independentSources !== 1) continue;
    const members = cluster.claimIds
      .map((id) => claimsById.get(id))
      .filter((c): c is Claim => !!c && !c.rejects && !confirmedElsewhere.has(c.id))
      .filter((c) => contestedClaimIds.has(c.id) || c.quantities.some(isCheckableFigure));
    if (members.length === 0) continue;
    const disputed = members.some((c) => contestedClaimIds.has(c.id));
    findings.push({
      kind: 'single-source',
      severity: severityOf(members, contestedClaimIds),
      summary: `Only ${joinArticles(cluster.articleIds)} reports: "${shortQuote(members[0].text)}"${disputed ? ' (and it is disputed)' : ''}`,
      clusterId: cluster.id,
      evidence: members.map(claimEvidence),
    });
  }
  return findings;
}

function joinArticles(ids: readonly string[]): string {
  return ids.join(', ');
}
