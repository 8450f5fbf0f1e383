import type { Claim, Cluster, Evidence, Finding, Quantity } from '../types';
import { matchQuantities } from './match-quantities';
import { relativeDifference } from './interval-gap';
import { conflictSeverity } from './severity';
import { quantityEvidence, sortEvidence } from './quantity-evidence';
import { formatFigure, joinNames } from './format-figure';

type Involved = { claim: Claim; q: Quantity };
type UnitTally = { involved: Map<string, Involved>; worst: number };

const keyOf = (x: Involved) => `${x.claim.articleId}@${x.q.span.start}`;

/** Figures of one cluster grouped by what they say: same interval, same group. */
function figureGroups(involved: Involved[]): { label: string; articles: string[] }[] {
  const groups = new Map<string, { label: string; articles: Set<string>; low: number }>();
  for (const x of involved) {
    const key = `${x.q.low}|${x.q.high}`;
    const group = groups.get(key) ?? { label: formatFigure(x.q), articles: new Set<string>(), low: x.q.low };
    group.articles.add(x.claim.articleId);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.low - b.low)
    .map((g) => ({ label: g.label, articles: [...g.articles].sort() }));
}

/** Every pair of claims from different articles in the cluster, with their matched figures, tallied by unit. */
function tallyByUnit(members: Claim[], tolerance: number): Map<string, UnitTally> {
  const byUnit = new Map<string, UnitTally>();
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i], members[j]];
      if (a.articleId === b.articleId) continue;
      for (const pair of matchQuantities(a.quantities, b.quantities)) {
        const tally = byUnit.get(pair.a.unit) ?? { involved: new Map(), worst: -1 };
        for (const x of [{ claim: a, q: pair.a }, { claim: b, q: pair.b }]) tally.involved.set(keyOf(x), x);
        if (pair.gap > tolerance) tally.worst = Math.max(tally.worst, relativeDifference(pair.a.value, pair.b.value));
        byUnit.set(pair.a.unit, tally);
      }
    }
  }
  return byUnit;
}

/**
 * numeric-conflict: within one cluster, two outlets give figures for the same
 * thing (same unit, compatible subject) whose intervals lie further apart than
 * the tolerance. One finding per cluster and unit, citing every figure involved.
 */
export function findNumericConflicts(cluster: Cluster, claimsById: ReadonlyMap<string, Claim>, tolerance: number): Omit<Finding, 'id'>[] {
  if (cluster.articleIds.length < 2) return [];
  const members = cluster.claimIds.map((id) => claimsById.get(id)).filter((c): c is Claim => !!c);
  const findings: Omit<Finding, 'id'>[] = [];
  for (const [unit, tally] of [...tallyByUnit(members, tolerance)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (tally.worst < 0) continue;
    const involved = [...tally.involved.values()];
    const subject = involved.map((x) => x.q.subject).find((s) => !!s);
    const groups = figureGroups(involved);
    const what = subject ? `${subject} (${unit})` : unit;
    const summary = `Sources disagree on a figure for ${what}: ${groups
      .map((g) => `${g.label} (${joinNames(g.articles)})`)
      .join(' vs ')}`;
    const evidence: Evidence[] = sortEvidence(involved.map((x) => quantityEvidence(x.claim, x.q)));
    findings.push({ kind: 'numeric-conflict', severity: conflictSeverity(tally.worst), summary, clusterId: cluster.id, evidence });
  }
  return findings;
}
