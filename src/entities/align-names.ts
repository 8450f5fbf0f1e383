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
  return x.length === y.length && alignedWith(x, y, 0);
}

/**
 * `alignedMatch` of x against y's words from `from` on (x as long as that
 * tail): a short form is compared with the end of a full name without copying it.
 */
export function alignedWith(x: readonly PreparedToken[], y: readonly PreparedToken[], from: number): boolean {
  if (x.length === 0 || x.length !== y.length - from) return false;
  let weak = 0;
  // Stops at the first word that does not match: matchTokens is pure, so the rest could not change the answer.
  for (let i = 0; i < x.length; i += 1) {
    const a = x[i]!;
    const b = y[from + i]!;
    const tier = differentNumerals(a.norm, b.norm) ? 'none' : matchTokens(a, b);
    if (tier === 'none') return false;
    if (tier === 'weak') weak += 1;
  }
  if (x.length === 1) return weak === 0 || Math.min(x[0]!.norm.length, y[from]!.norm.length) >= LONE_WEAK_MIN_LENGTH;
  return weak <= 1;
}

/** Equal after dropping one middle word of the longer name ("Anna Maria Lindqvist" / "Anna Lindqvist"). */
export function matchWithExtraMiddle(longer: readonly PreparedToken[], shorter: readonly PreparedToken[]): boolean {
  if (longer.length !== shorter.length + 1 || shorter.length < 2) return false;
  for (let i = 1; i < longer.length - 1; i += 1) {
    if (alignedMatch([...longer.slice(0, i), ...longer.slice(i + 1)], shorter)) return true;
  }
  return false;
}
