/**
 * Qualifiers and the interval they turn an amount X into.
 * Factors apply to the amount's own low and high (ranges keep their width).
 *
 *   qualifier                                   low      high
 *   exact ("1,000")                             X        X
 *   more than, over, above, exceeding,          X        1.25 X
 *     in excess of, upwards of, at least,
 *     no fewer/less than, or more, plus, "+"
 *   just over, just above, slightly more than   X        1.1 X
 *   well over, well above, far more than        1.1 X    2 X
 *   about, around, some, roughly, approximately,0.9 X    1.1 X
 *     an estimated, circa, or so, odd
 *   the same, before two or more significant    0.95 X   1.05 X
 *     digits ("about 420,000", "some 4.2 million"),
 *     the last not a 5 ("about 25" stays wide)
 *   nearly, almost, close to, just under        0.9 X    X
 *   up to, as many as, fewer/less than, under,  0.5 X    X
 *     below, at most, no more than
 *
 * Why 1.25: "more than 1,000" reads as 1,000 to well under 1,500, so it must
 * not overlap "more than 1,500" ([1,500, 1,875]); a factor of 1.25 keeps
 * neighbouring round figures (1,000 / 1,500 / 2,000) apart while still
 * accepting the 1,100 or 1,200 a careful outlet might print.
 * Why 0.95 with two digits: "about 420,000" was rounded to its last digit,
 * so it does not reach the 460,000 "about 400,000" may mean, nor, with the
 * tolerance, another outlet's "more than 480,000".
 * Percentages are capped at 100 when the amount itself is at most 100.
 * "over"/"under" before a duration are read as time words ("over two days of
 * talks" = during them), so they do not qualify durations.
 */

/** Prepositions that qualify counts but mean "during" before a duration. */
export const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'under']);

/** Canonical units that are durations. */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'hour', 'minute']);

export interface QualifierRule {
  /** Lower-case words in order; '-' stands for any hyphen. */
  words: readonly string[];
  lowFactor: number;
  highFactor: number;
  /** An approximation ("about"): narrower before a number written with two or more significant digits. */
  approximate?: boolean;
}

/** How far an approximation reaches before a number with two or more significant digits. */
export const APPROXIMATE_WITH_DIGITS = { lowFactor: 0.95, highFactor: 1.05, minDigits: 2 } as const;

const rule = (phrase: string, lowFactor: number, highFactor: number): QualifierRule => ({
  words: phrase.split(' '),
  lowFactor,
  highFactor,
});

/** Written before the number. Longest match wins. */
export const PREFIX_QUALIFIERS: readonly QualifierRule[] = [
  ...['more than', 'over', 'above', 'exceeding', 'in excess of', 'upwards of', 'greater than',
    'at least', 'no fewer than', 'no less than', 'not less than', 'a minimum of'].map((p) => rule(p, 1, 1.25)),
  ...['just over', 'just above', 'slightly more than', 'a little over', 'a little more than', 'slightly over']
    .map((p) => rule(p, 1, 1.1)),
  ...['well over', 'well above', 'far more than', 'well in excess of'].map((p) => rule(p, 1.1, 2)),
  ...['about', 'around', 'some', 'roughly', 'approximately', 'approx', 'an estimated', 'estimated',
    'circa', 'an approximate', 'round about'].map((p) => ({ ...rule(p, 0.9, 1.1), approximate: true })),
  ...['nearly', 'almost', 'close to', 'just under', 'just below', 'just shy of', 'approaching', 'nearing']
    .map((p) => rule(p, 0.9, 1)),
  ...['up to', 'as many as', 'as much as', 'fewer than', 'less than', 'under', 'below', 'at most',
    'no more than', 'not more than', 'a maximum of'].map((p) => rule(p, 0.5, 1)),
];

/** Written after the number ("1,000 or more", "200-odd", "500+"). */
export const SUFFIX_QUALIFIERS: readonly QualifierRule[] = [
  rule('or more', 1, 1.25),
  rule('and more', 1, 1.25),
  rule('plus', 1, 1.25),
  rule('- plus', 1, 1.25),
  rule('+', 1, 1.25),
  { ...rule('or so', 0.9, 1.1), approximate: true },
  { ...rule('odd', 0.9, 1.1), approximate: true },
  { ...rule('- odd', 0.9, 1.1), approximate: true },
  rule('or fewer', 0.5, 1),
  rule('or less', 0.5, 1),
];
