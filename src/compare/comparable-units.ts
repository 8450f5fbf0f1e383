import type { Quantity } from '../types';
import { subjectsCompatible } from '../quantities/subjects-compatible';
import { COUNT_UNITS } from './count-units';

/** Dates are compared by their own rule (date-conflict), not as counts. */
const NON_NUMERIC_UNITS = new Set(['date']);


/** True when two figures measure the same kind of thing and may be compared. */
export function comparable(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || NON_NUMERIC_UNITS.has(a.unit)) return false;
  if (COUNT_UNITS.has(a.unit) && (!a.subject || !b.subject)) return false;
  return subjectsCompatible(a.subject, b.subject);
}
