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
const CENTIMETRE: UnitEntry = { unit: 'km', factor: 1e-5 };
const MILLIMETRE: UnitEntry = { unit: 'km', factor: 1e-6 };
const INCH: UnitEntry = { unit: 'km', factor: 0.0000254 };
const YARD: UnitEntry = { unit: 'km', factor: 0.0009144 };
const YEAR: UnitEntry = { unit: 'year', factor: 1 };
const FOOT: UnitEntry = { unit: 'km', factor: 0.0003048 };
const PENNY: UnitEntry = { unit: 'GBP', factor: 0.01 };
// Stored data in bytes, decimal as news and vendors write it: "1.8TB" and "1,800 gigabytes" agree.
const KILOBYTE: UnitEntry = { unit: 'byte', factor: 1e3 };
const MEGABYTE: UnitEntry = { unit: 'byte', factor: 1e6 };
const GIGABYTE: UnitEntry = { unit: 'byte', factor: 1e9 };
const TERABYTE: UnitEntry = { unit: 'byte', factor: 1e12 };
const PETABYTE: UnitEntry = { unit: 'byte', factor: 1e15 };
// Mass joins the tonnes already read: "120kg" and "0.12 tonnes" agree.
const KILOGRAM: UnitEntry = { unit: 'tonne', factor: 0.001 };
const GRAM: UnitEntry = { unit: 'tonne', factor: 1e-6 };
const POUND_WEIGHT: UnitEntry = { unit: 'tonne', factor: 0.00045359237 };
const MEGAWATT: UnitEntry = { unit: 'MW', factor: 1 };
const MEGAWATT_HOUR: UnitEntry = { unit: 'MWh', factor: 1 };
const KM_PER_HOUR: UnitEntry = { unit: 'km/h', factor: 1 };
const LITRE: UnitEntry = { unit: 'm3', factor: 0.001 };
/** The US gallon, the one news copy means unless it says "imperial". */
const GALLON: UnitEntry = { unit: 'm3', factor: 0.003785411784 };
const BARREL: UnitEntry = { unit: 'm3', factor: 0.158987294928 };

/** Units written only glued to the digits: "421p" is pence, a "p" apart is anything. */
/** Temperatures keep their scale as the unit: the two scales are not proportional, so they are never compared. */
export const GLUED_ONLY_UNITS: Readonly<Record<string, UnitEntry>> = lookupTable({
  p: PENNY,
  C: { unit: 'celsius', factor: 1 },
  F: { unit: 'fahrenheit', factor: 1 },
});

/** Unit words written after a number, singular and plural, lower-case. */
export const UNIT_WORDS: Readonly<Record<string, UnitEntry>> = lookupTable({
  km: KM, kms: KM, kilometer: KM, kilometers: KM, kilometre: KM, kilometres: KM,
  mile: MILE, miles: MILE,
  nmi: NAUTICAL_MILE,
  meter: METRE, meters: METRE, metre: METRE, metres: METRE,
  foot: FOOT, feet: FOOT, ft: FOOT,
  // Snow, rain and pipes: "90 centimetres of snow", "120 mm of rain", "a 30-inch main".
  cm: CENTIMETRE, centimeter: CENTIMETRE, centimeters: CENTIMETRE, centimetre: CENTIMETRE, centimetres: CENTIMETRE,
  mm: MILLIMETRE, millimeter: MILLIMETRE, millimeters: MILLIMETRE, millimetre: MILLIMETRE, millimetres: MILLIMETRE,
  inch: INCH, inches: INCH, yard: YARD, yards: YARD, yd: YARD,
  km2: { unit: 'km2', factor: 1 },
  // Land areas: fires and floods are often reported in hectares or acres.
  hectare: { unit: 'km2', factor: 0.01 }, hectares: { unit: 'km2', factor: 0.01 },
  acre: { unit: 'km2', factor: 0.0040468564224 }, acres: { unit: 'km2', factor: 0.0040468564224 },
  year: YEAR, years: YEAR, yr: YEAR, yrs: YEAR,
  decade: { unit: 'year', factor: 10 }, decades: { unit: 'year', factor: 10 },
  century: { unit: 'year', factor: 100 }, centuries: { unit: 'year', factor: 100 },
  month: { unit: 'month', factor: 1 }, months: { unit: 'month', factor: 1 },
  // Weeks are counted in days, so "three weeks" meets "30 days" (months vary in length and stay apart).
  week: { unit: 'day', factor: 7 }, weeks: { unit: 'day', factor: 7 },
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
  kb: KILOBYTE, kilobyte: KILOBYTE, kilobytes: KILOBYTE,
  mb: MEGABYTE, megabyte: MEGABYTE, megabytes: MEGABYTE,
  gb: GIGABYTE, gigabyte: GIGABYTE, gigabytes: GIGABYTE,
  tb: TERABYTE, terabyte: TERABYTE, terabytes: TERABYTE,
  pb: PETABYTE, petabyte: PETABYTE, petabytes: PETABYTE,
  kg: KILOGRAM, kgs: KILOGRAM, kilo: KILOGRAM, kilos: KILOGRAM, kilogram: KILOGRAM, kilograms: KILOGRAM,
  kilogramme: KILOGRAM, kilogrammes: KILOGRAM,
  gram: GRAM, grams: GRAM, gramme: GRAM, grammes: GRAM,
  lb: POUND_WEIGHT, lbs: POUND_WEIGHT,
  kw: { unit: 'MW', factor: 0.001 }, kilowatt: { unit: 'MW', factor: 0.001 }, kilowatts: { unit: 'MW', factor: 0.001 },
  mw: MEGAWATT, megawatt: MEGAWATT, megawatts: MEGAWATT,
  gw: { unit: 'MW', factor: 1000 }, gigawatt: { unit: 'MW', factor: 1000 }, gigawatts: { unit: 'MW', factor: 1000 },
  kwh: { unit: 'MWh', factor: 0.001 }, mwh: MEGAWATT_HOUR, gwh: { unit: 'MWh', factor: 1000 }, twh: { unit: 'MWh', factor: 1e6 },
  mph: { unit: 'km/h', factor: 1.609344 }, kph: KM_PER_HOUR, kmh: KM_PER_HOUR, kmph: KM_PER_HOUR,
  knot: { unit: 'km/h', factor: 1.852 }, knots: { unit: 'km/h', factor: 1.852 },
  litre: LITRE, litres: LITRE, liter: LITRE, liters: LITRE,
  gallon: GALLON, gallons: GALLON,
  // An oil barrel is 42 US gallons: "14,000 barrels" and "2.2 million litres" are one volume.
  barrel: BARREL, barrels: BARREL, bbl: BARREL,
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
  'degrees celsius': { unit: 'celsius', factor: 1 }, 'degrees centigrade': { unit: 'celsius', factor: 1 },
  'degrees fahrenheit': { unit: 'fahrenheit', factor: 1 },
  'imperial gallons': { unit: 'm3', factor: 0.00454609 },
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
