import type { Quantity } from '../types';
import { intervalGap, relativeDifference } from './interval-gap';

/**
 * Units read on a logarithmic scale. A magnitude 7.1 earthquake shakes about
 * twice as hard as a 6.8, though the readings are 4% apart: they are compared
 * on the linear scale they stand for, so a tenth of a step is a conflict
 * under the default tolerance.
 */
const LOG_SCALE_UNITS: ReadonlySet<string> = new Set(['magnitude']);

const linear = (reading: number): number => 10 ** reading;

/** intervalGap of two figures of one unit, on the linear scale for a logarithmic unit. */
export function figureGap(a: Pick<Quantity, 'low' | 'high' | 'unit'>, b: Pick<Quantity, 'low' | 'high' | 'unit'>): number {
  if (!LOG_SCALE_UNITS.has(a.unit)) return intervalGap(a, b);
  return intervalGap({ low: linear(a.low), high: linear(a.high) }, { low: linear(b.low), high: linear(b.high) });
}

/** relativeDifference of two figures' values, on the linear scale for a logarithmic unit (it grades a conflict's severity). */
export function figureDifference(a: Pick<Quantity, 'value' | 'unit'>, b: Pick<Quantity, 'value' | 'unit'>): number {
  return LOG_SCALE_UNITS.has(a.unit) ? relativeDifference(linear(a.value), linear(b.value)) : relativeDifference(a.value, b.value);
}
