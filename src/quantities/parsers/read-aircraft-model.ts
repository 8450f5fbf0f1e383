import type { Token } from '../types';
import { AIRCRAFT_MAKERS } from '../tables/non-count-labels';
import { isCapitalized, isHyphen, touchesPrevious } from '../tokens/token-helpers';

/** How far back a maker's name still makes a bare "737-800" a model. */
const MAKER_REACH = 12;

function isMaker(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && isCapitalized(t) && AIRCRAFT_MAKERS.has(t.lower);
}

/** Index after "737-800" (digits glued by a hyphen to digits) from token j, else after "737". */
function modelDigitsEnd(tokens: Token[], j: number): number {
  const glued = isHyphen(tokens[j + 1]) && touchesPrevious(tokens, j + 1) && tokens[j + 2]?.kind === 'num'
    && touchesPrevious(tokens, j + 2);
  return glued ? j + 3 : j + 1;
}

/** "MAX", "ER", "NG": a variant's capital letters after the model number. */
function isVariantCode(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text.length >= 2 && t.text.length <= 5 && /^[A-Z]+$/.test(t.text);
}

/** "Boeing 737-800", "Tupolev 154", "Boeing 737 MAX 8": the numbers after an aircraft maker's name are its model. */
export function readMakerModel(tokens: Token[], i: number): number | undefined {
  if (!isMaker(tokens[i]) || tokens[i + 1]?.kind !== 'num') return undefined;
  const end = modelDigitsEnd(tokens, i + 1);
  if (!isVariantCode(tokens[end])) return end;
  return tokens[end + 1]?.kind === 'num' ? end + 2 : end + 1;
}

/**
 * "the 737-800 that landed": three digits glued to three digits, with a
 * maker named shortly before, is a model and its variant, no range.
 */
export function readBareModel(tokens: Token[], i: number): number | undefined {
  if (!/^\d{3}$/.test(tokens[i]?.text ?? '') || tokens[i].kind !== 'num') return undefined;
  const end = modelDigitsEnd(tokens, i);
  if (end !== i + 3 || !/^\d{3}$/.test(tokens[i + 2].text)) return undefined;
  for (let k = i - 1; k >= 0 && k >= i - MAKER_REACH; k--) if (isMaker(tokens[k])) return end;
  return undefined;
}
