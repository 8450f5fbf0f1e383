import { CURRENCY_PREFIXES } from '../quantities/tables/units';
import { DOLLAR_SIGN_PREFIXES } from '../quantities/tables/currencies';

/** A currency code's letters, maybe with the amount glued on ("Sh412m", "Sh1" of "Sh1.36bn"). */
const CODE_AND_DIGITS = /^(\p{L}{1,3})(\d[\p{L}\p{N}]*)?$/u;
/** Spaces and then a digit: the amount a code leads ("Rs 5 billion", "KSh 30m"). */
const AMOUNT_AFTER = /^[ \t\u00a0]{0,2}\d/;

/**
 * Whether the capitalised word text[start, end) writes a currency, not a
 * name: a code before an amount ("Rs 5 billion", "KSh 30m", "Sh412m") or the
 * letters before a dollar sign ("US$4m", "HK$3m"). Such words were taken
 * for names ("Sh412m" became an entity).
 */
export function isCurrencyMark(text: string, start: number, end: number): boolean {
  // Asked of every capitalised word: a name of four letters or more, with no
  // digit among its second to fourth characters, is answered before any slice.
  if (end - start > 12 || (end - start > 3 && !hasDigit(text, start + 1, start + 4))) return false;
  const m = CODE_AND_DIGITS.exec(text.slice(start, end));
  if (!m) return false;
  const letters = m[1]!.toLowerCase();
  if (text.charCodeAt(end) === 36 /* $ */) return DOLLAR_SIGN_PREFIXES[letters] !== undefined;
  if (CURRENCY_PREFIXES[letters] === undefined) return false;
  return m[2] !== undefined || AMOUNT_AFTER.test(text.slice(end, end + 3));
}

/** Whether text[from, to) holds an ASCII digit. */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
