/** Counting findings by severity, for --fail-on and the summary line. */
import type { Finding, Severity } from '../types';

/** Most severe first. */
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** How many findings have `threshold`'s severity or a higher one. */
export function countAtOrAbove(findings: readonly Finding[], threshold: Severity): number {
  return findings.filter((f) => RANK[f.severity] >= RANK[threshold]).length;
}

/** Findings per severity, every severity present (zero when none). */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
