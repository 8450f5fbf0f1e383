import type { Token } from '../types';
import type { PeriodPart } from '../dates/calendar-math';
import { isHyphen, isWord, touchesPrevious } from '../tokens/token-helpers';

/** "early", "late", "mid-" / "mid" before a month, year or weekday. */
export function readPeriodPart(tokens: Token[], i: number): { part: PeriodPart; next: number } | undefined {
  const t = tokens[i];
  if (isWord(t, 'early', 'late')) return { part: t.lower as PeriodPart, next: i + 1 };
  if (isWord(t, 'mid')) {
    const glued = isHyphen(tokens[i + 1]) && touchesPrevious(tokens, i + 1) && touchesPrevious(tokens, i + 2);
    return { part: 'mid', next: glued ? i + 2 : i + 1 };
  }
  return undefined;
}
