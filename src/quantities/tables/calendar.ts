import { lookupTable } from '../../internal/lookup-table';
/** Month and weekday names. Month numbers are 0-based like Date.UTC. */

export const MONTHS: Readonly<Record<string, number>> = lookupTable({
  january: 0, february: 1, march: 2, april: 3, may: 4, june: 5, july: 6, august: 7,
  september: 8, october: 9, november: 10, december: 11,
});

/** Abbreviations; usually followed by a period ("Feb. 20"). Only read with a day or year. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = lookupTable({
  jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
});

/**
 * Every month name and abbreviation, and every weekday name, as Sets: looking a fresh word up in a
 * table object costs several times a Set look-up, and the parsers ask about every token.
 */
export const MONTH_NAMES: ReadonlySet<string> = new Set([...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS)]);

/** getUTCDay() numbering: Sunday = 0. */
export const WEEKDAYS: Readonly<Record<string, number>> = lookupTable({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(Object.keys(WEEKDAYS));

/** Words before a bare month or year that make it a date ("in April", "since 2019"). */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'during', 'through',
  'throughout', 'of', 'last', 'this', 'early', 'late', 'mid', 'around',
]);

/** Part-of-period words ("early July", "mid-August", "late Thursday"). */
export const PERIOD_PARTS: ReadonlySet<string> = new Set(['early', 'mid', 'late']);

export const DAY_MS = 86_400_000;
