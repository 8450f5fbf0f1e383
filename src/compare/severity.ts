import type { Severity } from '../types';

/** Severity of a numeric conflict by how far the stated values differ: a third apart is high. */
export function conflictSeverity(relativeDifference: number): Severity {
  if (relativeDifference >= 0.3) return 'high';
  if (relativeDifference >= 0.15) return 'medium';
  return 'low';
}
