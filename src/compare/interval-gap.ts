import type { Quantity } from '../types';

/**
 * How far apart two figures are, relative to the larger: 0 when their intervals
 * overlap ("3 million" inside "several million"), else the empty gap between
 * them over the larger magnitude. A gap above the tolerance is a conflict.
 */
export function intervalGap(a: Pick<Quantity, 'low' | 'high'>, b: Pick<Quantity, 'low' | 'high'>): number {
  const [first, second] = a.low <= b.low ? [a, b] : [b, a];
  if (second.low <= first.high) return 0;
  const scale = Math.max(Math.abs(first.high), Math.abs(second.low));
  return scale === 0 ? 0 : (second.low - first.high) / scale;
}

/** Relative difference of the stated values, used to grade how serious a conflict is. */
export function relativeDifference(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}
