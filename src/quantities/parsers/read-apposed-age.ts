import type { Token } from '../types';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../tables/calendar';
import { isCapitalized, isPlainInteger, isPunct, numberValue } from '../tokens/token-helpers';

const MAX_AGE = 120;

/**
 * "Maria Lind, 52, said": a figure set off by commas right after a name is
 * the person's age, no amount ("In March, 52, ..." is a date's, not a name's).
 */
export function readApposedAge(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!isPlainInteger(t) || !isPunct(tokens[i - 1], ',') || !isPunct(tokens[i + 1], ',')) return undefined;
  const name = tokens[i - 2];
  if (!isCapitalized(name) || name!.text === name!.text.toUpperCase()) return undefined;
  if (MONTH_NAMES.has(name!.lower) || WEEKDAY_NAMES.has(name!.lower)) return undefined;
  const age = numberValue(t!);
  return age >= 1 && age <= MAX_AGE ? i + 1 : undefined;
}
