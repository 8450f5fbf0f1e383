/**
 * The quantities stage: numbers as news writes them, read as intervals.
 * Choices, each documented beside its code:
 * - qualifier intervals: tables/qualifiers.ts; vague words: tables/vague-amounts.ts
 * - written fractions become percent (two-thirds -> 66.7): numbers/read-fraction.ts
 * - dates are UTC ms, value = start of the day or period: dates/calendar-math.ts
 * - weekdays and year-less months need publishedAt, else are not emitted: parsers/weekday-parser.ts
 * - a lone year is a date only when introduced ("in 2019"): parsers/year-parser.ts
 * - labels, ids, times, ordinals and scores never become counts: parsers/non-count-parser.ts
 */
export { extractQuantities } from './extract-quantities';
export { parseQuantities } from './parse-quantities';
export { subjectsCompatible } from './subjects-compatible';
export { DEFAULT_PARSERS, DEFAULT_REFINERS } from './default-configuration';
export type { ExtractQuantitiesOptions, RuledQuantity, Parser, Refiner, QuantityMatch } from './types';
