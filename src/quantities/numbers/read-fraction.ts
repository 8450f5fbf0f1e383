import type { Token } from '../types';
import { isHyphen, isWord, numberValue, touchesPrevious } from '../tokens/token-helpers';
import { FRACTION_DENOMINATORS, FRACTION_NUMERATORS, SMALL_NUMBERS } from '../tables/number-words';
import { exactAmount, type Amount } from './amount';
import { NOUN_PHRASE_STOPS } from '../tables/noun-phrase-stops';

/**
 * Written fractions are read as percent (two-thirds -> 66.7) so they compare
 * directly with figures given in percent; value rounded to one decimal.
 */
function asPercent(numerator: number, denominator: number): number {
  return Math.round((numerator / denominator) * 1000) / 10;
}

const HALF_FOLLOWERS = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all']);

/** "two-thirds", "three quarters of", "a third of", "one-half". */
function readWordFraction(tokens: Token[], i: number): Amount | undefined {
  // The kind first: most amounts start with a number token, which needs no look-up.
  if (tokens[i]?.kind !== 'word') return undefined;
  const numerator = FRACTION_NUMERATORS[tokens[i].lower];
  if (numerator === undefined) return undefined;
  const glued = isHyphen(tokens[i + 1]) && touchesPrevious(tokens, i + 1) && touchesPrevious(tokens, i + 2);
  const denominatorIndex = glued ? i + 2 : i + 1;
  const denominatorToken = tokens[denominatorIndex];
  if (denominatorToken === undefined || denominatorToken.kind !== 'word') return undefined;
  const denominator = FRACTION_DENOMINATORS[denominatorToken.lower];
  if (denominator === undefined) return undefined;
  // A plural needs a numerator above one ("two-thirds"); "a third"/"one third" only as "... of", or
  // with no noun after it ("rose by a third."), so ordinals stay out ("a third day").
  const plural = denominatorToken.lower.endsWith('s');
  if (plural !== numerator > 1) return undefined;
  if (!glued && !isWord(tokens[denominatorIndex + 1], 'of') && !endsPhrase(tokens[denominatorIndex + 1])) return undefined;
  return exactAmount(i, denominatorIndex + 1, asPercent(numerator, denominator), 'fraction');
}

/** Words after "a quarter" that make it a time: "a quarter earlier", "a quarter to five". */
const TIME_AFTER: ReadonlySet<string> = new Set(['earlier', 'ago', 'before', 'later', 'after', 'past', 'to']);

/** Whether no noun follows: the text ends, a mark follows, or a word that ends a noun phrase ("by a third on Monday"). */
function endsPhrase(next: Token | undefined): boolean {
  if (next === undefined || next.kind === 'punct') return true;
  return next.kind === 'word' && NOUN_PHRASE_STOPS.has(next.lower) && !TIME_AFTER.has(next.lower);
}

/** "half of the troops", "half the country", "half a percentage point". */
function readHalf(tokens: Token[], i: number): Amount | undefined {
  if (!isWord(tokens[i], 'half')) return undefined;
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word') return undefined;
  if (!HALF_FOLLOWERS.has(next.lower) && !isHalfAPoint(tokens, i + 1)) return undefined;
  return exactAmount(i, i + 1, 50, 'fraction');
}

/**
 * "half a percentage point": the unit reader turns it into 0.5 percentage
 * point. Only before that unit: "half a mile" or "half an hour" is no share.
 */
function isHalfAPoint(tokens: Token[], k: number): boolean {
  return isWord(tokens[k], 'a') && isWord(tokens[k + 1], 'percentage') && isWord(tokens[k + 2], 'point', 'points');
}

/** "one in three", "1 in 5". */
function readOneIn(tokens: Token[], i: number): Amount | undefined {
  // "in" first: it rules out nearly every amount before `smallValue` reads one.
  if (!isWord(tokens[i + 1], 'in')) return undefined;
  const top = smallValue(tokens[i]);
  if (top === undefined) return undefined;
  const bottom = smallValue(tokens[i + 2]);
  if (bottom === undefined || bottom <= top || bottom > 100) return undefined;
  return exactAmount(i, i + 3, asPercent(top, bottom), 'fraction');
}

function smallValue(t: Token | undefined): number | undefined {
  if (t === undefined) return undefined;
  if (t.kind === 'num' && /^\d{1,3}$/.test(t.text)) return numberValue(t);
  if (t.kind === 'word') return SMALL_NUMBERS[t.lower];
  return undefined;
}

/** A written fraction, as percent. */
export function readFraction(tokens: Token[], i: number): Amount | undefined {
  return readWordFraction(tokens, i) ?? readHalf(tokens, i) ?? readOneIn(tokens, i);
}
