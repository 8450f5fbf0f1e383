import type { Token } from '../types';
import { ADDRESS_LEAD_WORDS, STREET_WORDS } from '../tables/non-count-labels';
import { isCapitalized, isPlainInteger, isPunct } from '../tokens/token-helpers';

const MAX_NAME_WORDS = 3;

/** True when the number at token i may start an address: after "at", "on"..., a clause mark, or first in the text. */
function addressMayStart(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return true;
  if (before.kind === 'word') return ADDRESS_LEAD_WORDS.has(before.lower);
  return isPunct(before, '.', ',', '(') || isPunct(before, ':', ';');
}

/**
 * "at 14 Anchor Street", "221 Harbour Road": a house number before a
 * capitalised street name is no amount. Returns the end of the street name.
 */
export function readAddressNumber(tokens: Token[], i: number): number | undefined {
  if (!isPlainInteger(tokens[i]) || !addressMayStart(tokens, i)) return undefined;
  let j = i + 1;
  let names = 0;
  while (names <= MAX_NAME_WORDS && isCapitalized(tokens[j])) {
    // The street word ends the name only after a name of its own ("Anchor Street", not "Street").
    if (names > 0 && STREET_WORDS.has(tokens[j].lower)) return j + 1;
    names++;
    j++;
  }
  return undefined;
}
