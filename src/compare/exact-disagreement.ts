import type { Quantity } from '../types';
import { relativeDifference } from './interval-gap';
import { writtenPrecision } from './written-precision';

/** Significant digits from which a figure is read as exact, not rounded ("1,214", "15.25", "412"). */
export const EXACT_DIGITS = 3;

/**
 * Rates are read as exact from two digits: "25%" against "26 per cent" is a
 * point apart, a real difference in a tax rate or a poll, though 4% of the value.
 */
export const EXACT_RATE_DIGITS = 2;
const RATE_UNITS: ReadonlySet<string> = new Set(['percent', 'percentage point']);

/** Exact figures are held to this share of the tolerance. */
export const EXACT_TOLERANCE_SHARE = 0.2;

/**
 * Whether two figures written exactly disagree though they lie within the
 * tolerance: "412 pence" against "421p", "15.5%" against "15.25%". Both need
 * three significant digits or more (two for a rate) and no qualifier, must
 * differ by more than the rounding of the coarser ("15.5" allows 15.45 to
 * 15.55, so "15.50" agrees), and by more than a fifth of the tolerance.
 * Round figures ("1,000" against "1,040") are left to the tolerance alone.
 */
export function exactDisagreement(a: Quantity, b: Quantity, tolerance: number): boolean {
  // The cheap test first: it is asked of every candidate pair within the tolerance, most of them equal figures.
  if (a.unit === 'date' || relativeDifference(a.value, b.value) <= tolerance * EXACT_TOLERANCE_SHARE) return false;
  const pa = writtenPrecision(a);
  const pb = pa && writtenPrecision(b);
  const digits = RATE_UNITS.has(a.unit) ? EXACT_RATE_DIGITS : EXACT_DIGITS;
  if (!pa || !pb || pa.digits < digits || pb.digits < digits) return false;
  return Math.abs(a.value - b.value) > Math.max(pa.half, pb.half);
}

/** Whether a pair of matched figures disagrees: further apart than the tolerance, or exact figures that differ. */
export function figuresDisagree(p: { a: { q: Quantity }; b: { q: Quantity }; gap: number }, tolerance: number): boolean {
  return p.gap > tolerance || exactDisagreement(p.a.q, p.b.q, tolerance);
}
