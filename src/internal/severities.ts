import type { Finding, Severity } from '../types';

/** Every severity, most severe first: the order findings are read, counted and shown in. */
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** Findings per severity, every severity present (zero when none). */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** True for a string that is one of the report's severities (a report read from JSON may hold anything). */
export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
