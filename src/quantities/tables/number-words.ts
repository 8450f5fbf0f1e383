import { lookupTable } from '../../internal/lookup-table';
/** Cardinal number words as news writes them. */

export const SMALL_NUMBERS: Readonly<Record<string, number>> = lookupTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});

export const TENS: Readonly<Record<string, number>> = lookupTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Scale words that multiply what precedes them ("3 million", "two hundred"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = lookupTable({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // South Asian copy counts in lakhs (a hundred thousand) and crores (ten million): "Tk 42 crore".
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7,
});

/** Scale abbreviations; the one-letter ones only count when glued to the digits ("1.2m", "10k"). */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = lookupTable({
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
});

/** Abbreviations that are unambiguous even after a space ("2 bn"). */
export const SPACED_SCALE_ABBREVIATIONS: ReadonlySet<string> = new Set(['mn', 'mln', 'bn', 'bln', 'trn']);

/** Denominators of written fractions, singular and plural ("a third", "two-thirds"). */
export const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = lookupTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});

/** Numerators written before a fraction word. "a" counts as one ("a third of"). */
export const FRACTION_NUMERATORS: Readonly<Record<string, number>> = lookupTable({
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
});

/** Ordinal suffixes glued to digits ("1st", "22nd"): such numbers are ranks, not amounts. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Unit words an article turns into an amount of one ("a decade of war"). */
export const ARTICLE_AMOUNT_UNITS: ReadonlySet<string> = new Set(['decade', 'century']);
