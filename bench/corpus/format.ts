/** Writes figures the ways outlets do ("$4.2 billion", "4.2 billion dollars", "1,357 km"). */
import type { Rng } from './prng';
import type { FigureStyle } from './types';

const KM_PER_MILE = 1.609344;

export function withCommas(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Rounds to `digits` significant digits, as reporters round figures. */
export function roundSignificant(n: number, digits: number): number {
  if (n === 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(n))) - digits + 1);
  return Math.round(n / scale) * scale;
}

/** "4.2 billion", "350 million": the scaled form of a large amount. */
function scaled(n: number): string {
  const [div, word] = n >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
  return `${Number((n / div).toFixed(2))} ${word}`;
}

/**
 * The figure as text. Miles are written only when they round back to within
 * half a percent of the kilometres, so a unit change never looks like a conflict.
 */
export function writeFigure(value: number, style: FigureStyle, rng: Rng, currency: 'USD' | 'EUR' = 'USD'): string {
  switch (style) {
    case 'people':
      return withCommas(value);
    case 'large-count':
      return value >= 1e6 && rng.chance(0.7) ? scaled(value) : withCommas(value);
    case 'money': {
      const amount = value >= 1e6 ? scaled(value) : withCommas(value);
      if (currency === 'EUR') return rng.chance(0.5) ? `€${amount}` : `${amount} euros`;
      return rng.chance(0.6) ? `$${amount}` : `${amount} dollars`;
    }
    case 'km': {
      const miles = Math.round(value / KM_PER_MILE);
      if (value >= 100 && rng.chance(0.15) && Math.abs(miles * KM_PER_MILE - value) / value < 0.005) {
        return `${withCommas(miles)} miles`;
      }
      return `${withCommas(value)} ${rng.pick(['km', 'kilometres', 'kilometers', 'km'])}`;
    }
    case 'percent':
      return `${value}${rng.pick([' percent', ' percent', ' per cent', '%'])}`;
    case 'hours':
      return `${value} hours`;
  }
}
