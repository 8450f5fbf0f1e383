import type { Token } from '../types';
import { isWord } from '../tokens/token-helpers';
import { ARTICLE_AMOUNT_UNITS } from '../tables/number-words';
import { exactAmount, type Amount } from './amount';

/**
 * "a decade", "a century": the article is the amount one, and the unit word
 * after it is read by the unit reader. Only units that name a span of years
 * qualify, since "a day"/"a year" are mostly rates ("twice a year").
 */
export function readArticleUnit(tokens: Token[], i: number): Amount | undefined {
  if (!isWord(tokens[i], 'a', 'an')) return undefined;
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word' || !ARTICLE_AMOUNT_UNITS.has(next.lower)) return undefined;
  return exactAmount(i, i + 1, 1, 'words');
}
