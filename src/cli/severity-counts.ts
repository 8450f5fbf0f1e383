/** Counting findings by severity, for --fail-on and the summary line. */
import type { Finding, Severity } from '../types';

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** How many findings have `threshold`'s severity or a higher one. */
export function countAtOrAbove(findings: readonly Finding[], threshold: Severity): number {
  return findings.filter((f) => RANK[f.severity] >= RANK[threshold]).length;
}
