import { matchTokens } from './match-token';
import type { PreparedToken } from './prepare-name';

/** A lone word is trusted on a weak match only when it is this long (Gaddafi/Kadhafi). */
const LONE_WEAK_MIN_LENGTH = 7;

const ROMAN_NUMERAL = /^[ivxl]+$/;

/** Two Roman numerals that differ (World War I / II, Louis XIV / XV) name different things, however alike. */
function differentNumerals(a: string, b: string): boolean {
  return a !== b && ROMAN_NUMERAL.test(a) && ROMAN_NUMERAL.test(b);
}

/**
 * Word-by-word comparison of two names of equal length: every word must
 * match, and at most one weakly, so a weak word always stands beside a
 * strong one ("Zoran Petrov" / "Soran Petrov").
 */
export function alignedMatch(x: readonly PreparedToken[], y: readonly PreparedToken[]): boolean {
  if (x.length === 0 || x.length !== y.length) return false;
  const tiers = x.map((t, i) => (differentNumerals(t.norm, y[i]!.norm) ? 'none' : matchTokens(t, y[i]!)));
  if (tiers.includes('none')) return false;
  if (x.length === 1) {
    const lone = Math.min(x[0]!.norm.length, y[0]!.norm.length);
    return tiers[0] !== 'weak' || lone >= LONE_WEAK_MIN_LENGTH;
  }
  return tiers.filter((t) => t === 'weak').length <= 1;
}

/** Equal after dropping one middle word of the longer name ("Anna Maria Lindqvist" / "Anna Lindqvist"). */
export function matchWithExtraMiddle(longer: readonly PreparedToken[], shorter: readonly PreparedToken[]): boolean {
  if (longer.length !== shorter.length + 1 || shorter.length < 2) return false;
  for (let i = 1; i < longer.length - 1; i += 1) {
    if (alignedMatch([...longer.slice(0, i), ...longer.slice(i + 1)], shorter)) return true;
  }
  return false;
}
