import { alignedWith } from './align-names';
import { prepareName, type PreparedName } from './prepare-name';

/** `isPartialName` on names already prepared. */
export function preparedPartial(short: PreparedName, full: PreparedName): boolean {
  const k = short.tokens.length;
  if (k === 0 || k >= full.tokens.length) return false;
  // "Afghan" is not a short form of "Tajik-Afghan": a short form keeps whole words.
  if (full.startsWord[full.tokens.length - k] === false) return false;
  return alignedWith(short.tokens, full.tokens, full.tokens.length - k);
}

/**
 * True when `short` is a shorter form of `full` that keeps its last words:
 * a surname ("Zarif" of "Mohammad Javad Zarif") or the last two names
 * ("Javad Zarif"), each word matching as a spelling variant.
 */
export function isPartialName(short: string, full: string): boolean {
  return preparedPartial(prepareName(short), prepareName(full));
}
