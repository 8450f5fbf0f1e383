import type { Quantity } from '../types';
import { WRITTEN_DIGITS } from '../quantities/numbers/significant-digits';

/** How precisely a figure is written. */
export interface WrittenPrecision {
  /** Half a unit of its last significant digit, in the figure's own unit: the rounding it allows. */
  half: number;
  /** Its significant digits: "1,214" has four, "4,200" two, "15.50" four. */
  digits: number;
}

/**
 * How precisely an exact figure is written: "412 pence" is good to half a
 * penny, "4,200 workers" only to fifty. Trailing zeros of a whole number are
 * not counted (a round figure), those after a decimal point are. Nothing for
 * a figure with a range or a qualifier ("about", "more than"), or no digits
 * ("nine", "a quarter").
 */
export function writtenPrecision(q: Pick<Quantity, 'text' | 'value' | 'low' | 'high'>): WrittenPrecision | undefined {
  if (q.low !== q.high || q.low !== q.value) return undefined;
  const m = WRITTEN_DIGITS.exec(q.text);
  if (!m) return undefined;
  const whole = m[1].replace(/,/g, '');
  const decimals = m[2] ?? '';
  const written = Number(`${whole}.${decimals || '0'}`);
  // The written number times its scale or unit factor is the value ("4.2bn", "25 miles" in km).
  const scale = written > 0 ? q.value / written : NaN;
  if (!Number.isFinite(scale) || scale <= 0) return undefined;
  const leading = (whole.replace(/^0+/, '') + decimals).replace(/^0+/, '');
  if (decimals) return { half: 0.5 * 10 ** -decimals.length * scale, digits: leading.length };
  const trailingZeros = whole.length - whole.replace(/0+$/, '').length;
  return { half: 0.5 * 10 ** trailingZeros * scale, digits: leading.length - trailingZeros };
}
