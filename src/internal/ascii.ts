/**
 * ASCII character classes by code, for the hand-written scanners that read
 * text by char codes (ASCII is nearly all of English news; other characters
 * go to each scanner's Unicode fall-back).
 */

// Each range is one unsigned comparison: below the range the difference wraps to a large number.
// `| 0` (or `| 32`) first turns NaN, what charCodeAt gives past a text's end, into a code in no range.

/** a-z or A-Z (`| 32` folds A-Z onto a-z). */
export const isAsciiLetter = (code: number): boolean => ((code | 32) - 97) >>> 0 < 26;

/** 0-9. */
export const isAsciiDigit = (code: number): boolean => ((code | 0) - 48) >>> 0 < 10;

/** ASCII white space as `/\s/` has it: tab, line feed, vertical tab, form feed, carriage return, space. */
export const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);
