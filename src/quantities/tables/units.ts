import { lookupTable } from '../../internal/lookup-table';
import { CURRENCY_PREFIX_CODES, CURRENCY_WORDS, OTHER_CURRENCY_UNITS } from './currencies';
/**
 * Unit words and the canonical unit each becomes. `factor` converts the
 * written amount into the canonical unit (miles -> km, decades -> years).
 */

export interface UnitEntry {
  unit: string;
  factor: number;
}

const KM: UnitEntry = { unit: 'km', factor: 1 };
const MILE: UnitEntry = { unit: 'km', factor: 1.609344 };
const NAUTICAL_MILE: UnitEntry = { unit: 'km', factor: 1.852 };
/** Basis points are hundredths of a percentage point: "25bp" and "0.25 percentage points" agree. */
const BASIS_POINT: UnitEntry = { unit: 'percentage point', factor: 0.01 };
const METRE: UnitEntry = { unit: 'km', factor: 0.001 };
const YEAR: UnitEntry = { unit: 'year', factor: 1 };
const FOOT: UnitEntry = { unit: 'km', factor: 0.0003048 };
const PENNY: UnitEntry = { unit: 'GBP', factor: 0.01 };

/** Units written only glued to the digits: "421p" is pence, a "p" apart is anything. */
export const GLUED_ONLY_UNITS: Readonly<Record<string, UnitEntry>> = lookupTable({ p: PENNY });

/** Unit words written after a number, singular and plural, lower-case. */
export const UNIT_WORDS: Readonly<Record<string, UnitEntry>> = lookupTable({
  km: KM, kms: KM, kilometer: KM, kilometers: KM, kilometre: KM, kilometres: KM,
  mile: MILE, miles: MILE,
  nmi: NAUTICAL_MILE,
  meter: METRE, meters: METRE, metre: METRE, metres: METRE,
  foot: FOOT, feet: FOOT, ft: FOOT,
  km2: { unit: 'km2', factor: 1 },
  // Land areas: fires and floods are often reported in hectares or acres.
  hectare: { unit: 'km2', factor: 0.01 }, hectares: { unit: 'km2', factor: 0.01 },
  acre: { unit: 'km2', factor: 0.0040468564224 }, acres: { unit: 'km2', factor: 0.0040468564224 },
  year: YEAR, years: YEAR, yr: YEAR, yrs: YEAR,
  decade: { unit: 'year', factor: 10 }, decades: { unit: 'year', factor: 10 },
  century: { unit: 'year', factor: 100 }, centuries: { unit: 'year', factor: 100 },
  month: { unit: 'month', factor: 1 }, months: { unit: 'month', factor: 1 },
  week: { unit: 'week', factor: 1 }, weeks: { unit: 'week', factor: 1 },
  day: { unit: 'day', factor: 1 }, days: { unit: 'day', factor: 1 },
  hour: { unit: 'hour', factor: 1 }, hours: { unit: 'hour', factor: 1 },
  minute: { unit: 'minute', factor: 1 }, minutes: { unit: 'minute', factor: 1 },
  ton: { unit: 'tonne', factor: 1 }, tons: { unit: 'tonne', factor: 1 },
  tonne: { unit: 'tonne', factor: 1 }, tonnes: { unit: 'tonne', factor: 1 },
  dollar: { unit: 'USD', factor: 1 }, dollars: { unit: 'USD', factor: 1 },
  usd: { unit: 'USD', factor: 1 },
  euro: { unit: 'EUR', factor: 1 }, euros: { unit: 'EUR', factor: 1 }, eur: { unit: 'EUR', factor: 1 },
  gbp: { unit: 'GBP', factor: 1 }, sterling: { unit: 'GBP', factor: 1 },
  // Share prices in London are quoted in pence: "412 pence" is £4.12.
  pence: PENNY, penny: PENNY,
  ...CURRENCY_WORDS,
  bp: BASIS_POINT, bps: BASIS_POINT,
  // An earthquake's size: "a 6.8-magnitude quake", "6.8 magnitude".
  magnitude: { unit: 'magnitude', factor: 1 },
});

/**
 * Units of a scale: a reading measures what the scale is named for (its
 * subject is the unit: "a magnitude 6.8 earthquake" and "a 7.1-magnitude
 * quake" are both magnitudes), and the scale may be named before the number
 * ("magnitude 6.8").
 */
export const SCALE_UNITS: ReadonlySet<string> = new Set(['magnitude']);

/** A lone "m" after a spaced figure ("some 300 m offshore"): metres, unless a unit or currency word follows ("300 m euros"). */
export const SPACED_METRE: UnitEntry = METRE;

/** Two-word units ("square kilometres", "per cent"), keyed by the words joined with a space. */
export const UNIT_PHRASES: Readonly<Record<string, UnitEntry>> = lookupTable({
  'square kilometers': { unit: 'km2', factor: 1 },
  'square kilometres': { unit: 'km2', factor: 1 },
  'square km': { unit: 'km2', factor: 1 },
  'sq km': { unit: 'km2', factor: 1 },
  'square miles': { unit: 'km2', factor: 2.589988 },
  'per cent': { unit: 'percent', factor: 1 },
  'percentage points': { unit: 'percentage point', factor: 1 },
  'percentage point': { unit: 'percentage point', factor: 1 },
  'us dollars': { unit: 'USD', factor: 1 },
  'pounds sterling': { unit: 'GBP', factor: 1 },
  'nautical miles': NAUTICAL_MILE, 'nautical mile': NAUTICAL_MILE,
  // Volumes: a river's flow, a reservoir, a spill.
  'cubic metres': { unit: 'm3', factor: 1 }, 'cubic meters': { unit: 'm3', factor: 1 }, 'cubic metre': { unit: 'm3', factor: 1 },
  'cubic meter': { unit: 'm3', factor: 1 }, 'cubic feet': { unit: 'm3', factor: 0.028316846592 },
  'basis points': BASIS_POINT, 'basis point': BASIS_POINT,
});

/** Words meaning percent. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'pc']);

/** Currency written before the amount ("$", "€", "USD 3m"); keyed by symbol or lower-case code. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = lookupTable({
  $: 'USD', usd: 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP',
  ...CURRENCY_PREFIX_CODES,
});

/** Every currency unit a figure can have: amounts of money are measured facts whatever their size. */
export const CURRENCY_UNITS: ReadonlySet<string> = new Set([
  ...Object.values(CURRENCY_PREFIXES),
  ...Object.values(CURRENCY_WORDS).map((e) => e.unit),
  ...OTHER_CURRENCY_UNITS,
]);

/** Words after a hyphenated unit adjective that only describe it ("900-kilometer-long"). */
export const UNIT_ADJECTIVE_TAILS: ReadonlySet<string> = new Set(['long', 'wide', 'deep', 'high', 'tall', 'old']);

/**
 * Hyphenated words after a number that turn it into a count of what the
 * next noun is made of ("a 500-strong force"): the subject comes from that noun.
 */
export const COUNT_ADJECTIVE_WORDS: ReadonlySet<string> = new Set(['strong', 'man', 'member', 'person']);
