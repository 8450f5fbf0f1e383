import type { Token } from '../types';
import { numberValue, touchesPrevious } from '../tokens/token-helpers';
import { SCALE_ABBREVIATIONS, SCALE_WORDS, SPACED_SCALE_ABBREVIATIONS } from '../tables/number-words';
import { tidy } from './tidy';
import { exactAmount, type Amount } from './amount';

/** Scale after digits: a word ("3 million"), or an abbreviation glued on ("1.2m", "2bn"). */
function readScale(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return undefined;
  if (SCALE_WORDS[t.lower] !== undefined) return SCALE_WORDS[t.lower];
  const abbreviation = SCALE_ABBREVIATIONS[t.lower];
  if (abbreviation === undefined) return undefined;
  // A glued abbreviation must end the word: "1.2m" yes, "5mph" is not a million.
  if (touchesPrevious(tokens, i) || SPACED_SCALE_ABBREVIATIONS.has(t.lower)) return abbreviation;
  return undefined;
}

/** "1,250", "3.5", "3 million", "1.2m", "2bn". */
export function readDigits(tokens: Token[], i: number): Amount | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'num') return undefined;
  const base = numberValue(t);
  if (!Number.isFinite(base)) return undefined;
  const scale = readScale(tokens, i + 1);
  if (scale === undefined) return exactAmount(i, i + 1, base, 'digits');
  return exactAmount(i, i + 2, tidy(base * scale), 'digits', scale);
}
