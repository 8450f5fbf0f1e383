import type { Token } from '../types';
import { isCapitalized, isPlainInteger, isPunct, numberValue, touchesPrevious } from '../tokens/token-helpers';
import { MONTHS, MONTH_ABBREVIATIONS, MONTH_NAMES } from '../tables/calendar';
import { ORDINAL_SUFFIXES } from '../tables/number-words';

export interface Part {
  value: number;
  next: number;
}

/** A capitalized month name; abbreviations ("Feb.") only when `abbreviations` is set. */
export function readMonth(tokens: Token[], i: number, abbreviations: boolean): Part | undefined {
  const t = tokens[i];
  // The set first: it rules out most tokens without a call.
  if (t === undefined || !MONTH_NAMES.has(t.lower) || !isCapitalized(t)) return undefined;
  const full = MONTHS[t.lower];
  if (full !== undefined) return { value: full, next: i + 1 };
  const short = abbreviations ? MONTH_ABBREVIATIONS[t.lower] : undefined;
  if (short === undefined) return undefined;
  const dotted = isPunct(tokens[i + 1], '.') && touchesPrevious(tokens, i + 1);
  return { value: short, next: dotted ? i + 2 : i + 1 };
}

/** A day of the month: "8", "07", "8th" (but not "8:30", "8%" or "8.5"). */
export function readDay(tokens: Token[], i: number): Part | undefined {
  const t = tokens[i];
  if (!isPlainInteger(t) || t.text.length > 2) return undefined;
  const day = numberValue(t);
  if (day < 1 || day > 31) return undefined;
  const suffix = tokens[i + 1];
  if (suffix?.kind === 'word' && touchesPrevious(tokens, i + 1)) {
    return ORDINAL_SUFFIXES.has(suffix.lower) ? { value: day, next: i + 2 } : undefined;
  }
  if (isPunct(suffix, ':', '%') && touchesPrevious(tokens, i + 1)) return undefined;
  return { value: day, next: i + 1 };
}

/** A four-digit year between 1800 and 2100. */
export function readYear(tokens: Token[], i: number): Part | undefined {
  const t = tokens[i];
  if (!isPlainInteger(t) || t.text.length !== 4) return undefined;
  const year = numberValue(t);
  if (year < 1800 || year > 2100) return undefined;
  // "2019-20", "2021/22" or "2021abc": glued to more digits or letters, it is something else.
  const next = tokens[i + 1];
  if (next !== undefined && touchesPrevious(tokens, i + 1)) {
    if (next.kind !== 'punct') return undefined;
    if (tokens[i + 2]?.kind === 'num' && touchesPrevious(tokens, i + 2)) return undefined;
  }
  return { value: year, next: i + 1 };
}

/** An optional year after a day or month, allowing a comma before it ("July 8, 2021"). */
export function readTrailingYear(tokens: Token[], i: number): Part | undefined {
  if (isPunct(tokens[i], ',')) return readYear(tokens, i + 1);
  return readYear(tokens, i);
}
