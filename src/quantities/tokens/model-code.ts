import type { Token } from '../types';
import { isCapitalized } from './token-helpers';

/** A word of two to five capital letters ("LHM", "KX"): a product line's code. */
function isCapitalCode(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.text.length < 2 || t.text.length > 5) return false;
  for (let k = 0; k < t.text.length; k++) {
    const code = t.text.charCodeAt(k);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/**
 * True when token k is a capital code after a capitalised name and before
 * digits: "Kranmax KX 420", a maker and a model number. The name must be in
 * mixed case, so an all-capitals headline ("FLOODS KILL 40") is no model.
 */
export function isModelCode(tokens: Token[], k: number): boolean {
  const maker = tokens[k - 1];
  const digits = tokens[k + 1];
  if (digits?.kind !== 'num' || !/^\d+$/.test(digits.text) || !isCapitalCode(tokens[k])) return false;
  return isCapitalized(maker) && maker!.text !== maker!.text.toUpperCase();
}
