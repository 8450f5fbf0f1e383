import type { Quantity } from '../types';
import { subjectsCompatible } from '../quantities/subjects-compatible';

/** Dates are compared by their own rule (date-conflict), not as counts. */
const NON_NUMERIC_UNITS = new Set(['date']);

/** Bare counts and head counts mean nothing without saying what is counted. */
const UNITS_NEEDING_SUBJECT = new Set(['count', 'people']);

/** True when two figures measure the same kind of thing and may be compared. */
export function comparable(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || NON_NUMERIC_UNITS.has(a.unit)) return false;
  if (UNITS_NEEDING_SUBJECT.has(a.unit) && (!a.subject || !b.subject)) return false;
  return subjectsCompatible(a.subject, b.subject);
}
