import type { Token } from '../types';
import { knownCategory } from '../subject/categorize';

/** Words that open a noun phrase: "the 2005 floods", "a 2019 report", "its 2020 census". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** Four digits from 1800 to 2100: a number that may be a year. */
export function isYearLike(written: string): boolean {
  return /^\d{4}$/.test(written) && Number(written) >= 1800 && Number(written) <= 2100;
}

/**
 * "The 2005 floods", "a 2019 report": a year-like number between a
 * determiner and a lower-case noun that counts nothing known names a thing by
 * its year. "The 2000 soldiers deployed" counts soldiers and is not one.
 */
export function yearBeforeNoun(tokens: readonly Token[], i: number): boolean {
  const number = tokens[i];
  const before = tokens[i - 1];
  const noun = tokens[i + 1];
  if (number?.kind !== 'num' || !isYearLike(number.text) || before?.kind !== 'word' || !DETERMINERS.has(before.lower)) return false;
  return noun?.kind === 'word' && noun.text === noun.lower && knownCategory(noun.lower) === undefined;
}
