import type { Token } from '../types';
import { isCapitalized, isHyphen, isPunct, isWord, touchesPrevious } from '../tokens/token-helpers';
import { COUNT_ADJECTIVE_WORDS, CURRENCY_UNITS, GLUED_ONLY_UNITS, PERCENT_WORDS, SCALE_UNITS, UNIT_ADJECTIVE_TAILS, UNIT_PHRASES, UNIT_WORDS, type UnitEntry } from '../tables/units';
import { SUFFIX_QUALIFIERS } from '../tables/qualifiers';
import { AMBIGUOUS_CURRENCY_WORDS, DOLLAR_AND_POUND_WORDS, NATIONAL_CURRENCIES } from '../tables/currencies';
import { SCALE_ABBREVIATIONS, SCALE_WORDS } from '../tables/number-words';

/** What follows an amount: its unit, and how the counted subject is to be found. */
export interface UnitReading {
  unit?: string;
  factor: number;
  endToken: number;
  /** A hyphenated adjective ("1,250-kilometer border"): the subject is the noun after it. */
  adjectival: boolean;
  /** A subject fixed by the adjective itself ("six-nation" -> "nation"). */
  subjectWord?: string;
}

const NONE = (endToken: number): UnitReading => ({ factor: 1, endToken, adjectival: false });

const SUFFIX_WORDS = new Set(SUFFIX_QUALIFIERS.map((r) => r.words[r.words.length - 1]));

// The first words of the two-word units: the joined key of a word pair is built only after one,
// as this is asked after every amount and most words start no unit.
const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set(Object.keys(UNIT_PHRASES).map((phrase) => phrase.split(' ')[0]));

function glued(tokens: Token[], i: number): boolean {
  return touchesPrevious(tokens, i);
}

/** "%", "percent", "per cent", "percentage points". */
function readPercent(tokens: Token[], j: number): UnitReading | undefined {
  const t = tokens[j];
  if (t === undefined) return undefined;
  if (isPunct(t, '%', '\uFF05')) return { unit: 'percent', factor: 1, endToken: j + 1, adjectival: false };
  if (t.kind === 'word' && PERCENT_WORDS.has(t.lower)) {
    return { unit: 'percent', factor: 1, endToken: j + 1, adjectival: false };
  }
  return undefined;
}

/** "6.8 magnitude", "7.1-magnitude", "magnitude 6.8": a reading on a scale measures what the scale is named for, whatever noun follows. */
export function scaleReading(entry: UnitEntry, endToken: number): UnitReading {
  return { unit: entry.unit, factor: entry.factor, endToken, adjectival: false, subjectWord: entry.unit };
}

/** "2 billion won": a scale word right before token j, the only place a currency spelt like a verb is read. */
function afterScaleWord(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  return before?.kind === 'word' && (SCALE_WORDS[before.lower] !== undefined || SCALE_ABBREVIATIONS[before.lower] !== undefined);
}

/** Two-word units first ("per cent", "square miles"), then one word. */
function readUnitWords(tokens: Token[], j: number): UnitReading | undefined {
  const t = tokens[j];
  if (t === undefined || t.kind !== 'word') return undefined;
  const next = tokens[j + 1];
  if (next !== undefined && next.kind === 'word' && PHRASE_FIRST_WORDS.has(t.lower)) {
    const phrase = UNIT_PHRASES[`${t.lower} ${next.lower}`];
    if (phrase) return { unit: phrase.unit, factor: phrase.factor, endToken: j + 2, adjectival: false };
  }
  const entry = UNIT_WORDS[t.lower];
  if (!entry) return undefined;
  if (AMBIGUOUS_CURRENCY_WORDS.has(t.lower) && !afterScaleWord(tokens, j)) return undefined;
  if (SCALE_UNITS.has(entry.unit)) return scaleReading(entry, j + 1);
  // "25 years old": an age, counted in years.
  if (entry.unit === 'year' && isWord(tokens[j + 1], 'old')) {
    return { unit: 'year', factor: entry.factor, endToken: j + 2, adjectival: false, subjectWord: 'age' };
  }
  return { unit: entry.unit, factor: entry.factor, endToken: j + 1, adjectival: false };
}

/** "1,250-kilometer", "900-kilometer-long", "25-year-old", "six-nation", "500-strong". */
function readHyphenAdjective(tokens: Token[], j: number): UnitReading | undefined {
  if (!isHyphen(tokens[j]) || !glued(tokens, j) || !glued(tokens, j + 1)) return undefined;
  const word = tokens[j + 1];
  if (word === undefined || word.kind !== 'word' || SUFFIX_WORDS.has(word.lower)) return undefined;
  if (PERCENT_WORDS.has(word.lower)) return { unit: 'percent', factor: 1, endToken: j + 2, adjectival: false };
  const entry = UNIT_WORDS[word.lower];
  if (entry && SCALE_UNITS.has(entry.unit)) return scaleReading(entry, j + 2);
  if (entry) {
    let endToken = j + 2;
    let subjectWord: string | undefined;
    const tail = tokens[endToken + 1];
    if (isHyphen(tokens[endToken]) && glued(tokens, endToken) && glued(tokens, endToken + 1)
      && tail?.kind === 'word' && UNIT_ADJECTIVE_TAILS.has(tail.lower)) {
      if (tail.lower === 'old') subjectWord = 'age';
      endToken += 2;
    }
    return { unit: entry.unit, factor: entry.factor, endToken, adjectival: subjectWord === undefined, subjectWord };
  }
  if (COUNT_ADJECTIVE_WORDS.has(word.lower)) return { factor: 1, endToken: j + 2, adjectival: true };
  // Any other glued noun names what is counted: "six-nation bloc" counts nations.
  if (/^\p{Ll}+$/u.test(word.text)) return { factor: 1, endToken: j + 2, adjectival: false, subjectWord: word.lower };
  return undefined;
}

/** "900km", "5yrs", "421p": an abbreviation glued to the digits. */
function readGluedUnit(tokens: Token[], j: number): UnitReading | undefined {
  if (!glued(tokens, j)) return undefined;
  return readUnitWords(tokens, j) ?? readGluedOnly(tokens, j);
}

/** The unit at token j that is only ever written glued ("421p"), not the start of "5p.m." (a time). */
export function gluedOnlyUnitAt(tokens: Token[], j: number): UnitEntry | undefined {
  const t = tokens[j];
  // Written as listed: "5P" is a code, not pence.
  const entry = t?.kind === 'word' ? GLUED_ONLY_UNITS[t.text] : undefined;
  const time = isPunct(tokens[j + 1], '.') && glued(tokens, j + 1) && isWord(tokens[j + 2], 'm') && glued(tokens, j + 2);
  return entry && !time ? entry : undefined;
}

function readGluedOnly(tokens: Token[], j: number): UnitReading | undefined {
  const entry = gluedOnlyUnitAt(tokens, j);
  return entry && { unit: entry.unit, factor: entry.factor, endToken: j + 1, adjectival: false };
}

/**
 * "824 million Kenyan shillings", "5 billion Australian dollars", "Hong Kong
 * dollars": one or two capitalised words (a nationality), then a currency word. A dollar or
 * pound takes its country's code (another country's is `dollar` or `pound`,
 * never the US dollar or sterling); other currencies are their family, as
 * when no country is named.
 */
function readNationalCurrency(tokens: Token[], j: number): UnitReading | undefined {
  for (const words of [1, 2]) {
    const nation = tokens.slice(j, j + words);
    const currency = tokens[j + words];
    if (nation.length < words || !nation.every(isCapitalized) || currency?.kind !== 'word') continue;
    const family = DOLLAR_AND_POUND_WORDS[currency.lower];
    if (family !== undefined) {
      const unit = NATIONAL_CURRENCIES[family]?.[nation.map((t) => t.lower).join(' ')] ?? family;
      return { unit, factor: 1, endToken: j + words + 1, adjectival: false };
    }
    const entry = UNIT_WORDS[currency.lower];
    if (entry && CURRENCY_UNITS.has(entry.unit) && !AMBIGUOUS_CURRENCY_WORDS.has(currency.lower)) {
      return { unit: entry.unit, factor: 1, endToken: j + words + 1, adjectival: false };
    }
  }
  return undefined;
}

/** The marks and words after a distance that make it a speed: "km/h", "km per hour", "miles an hour". */
function perHourEnd(tokens: Token[], k: number): number | undefined {
  if (isPunct(tokens[k], '/') && glued(tokens, k) && glued(tokens, k + 1) && isWord(tokens[k + 1], 'h', 'hr')) return k + 2;
  if ((isWord(tokens[k], 'per', 'an') || isWord(tokens[k], 'a')) && isWord(tokens[k + 1], 'hour')) return k + 2;
  return undefined;
}

/** A distance read as a speed when "/h" or "per hour" follows it, so 150 km/h is never set against a 150 km road. */
function asSpeed(reading: UnitReading, tokens: Token[]): UnitReading {
  if (reading.unit !== 'km') return reading;
  const end = perHourEnd(tokens, reading.endToken);
  return end === undefined ? reading : { ...reading, unit: 'km/h', endToken: end, adjectival: false };
}

/** "40°C", "104 °F": the degree sign, then the scale's letter glued to it. */
function readDegreeSign(tokens: Token[], j: number): UnitReading | undefined {
  if (!isPunct(tokens[j], '°', '\u00BA') || !glued(tokens, j + 1)) return undefined;
  const scale = tokens[j + 1];
  const unit = scale?.text === 'C' ? 'celsius' : scale?.text === 'F' ? 'fahrenheit' : undefined;
  return unit && { unit, factor: 1, endToken: j + 2, adjectival: false };
}

/**
 * The unit after an amount ending at token j. Vague amounts may reach their
 * unit through "of" ("hundreds of kilometres").
 */
export function readUnit(tokens: Token[], j: number, vague: boolean): UnitReading {
  const direct = readPercent(tokens, j) ?? readHyphenAdjective(tokens, j) ?? readGluedUnit(tokens, j)
    ?? readUnitWords(tokens, j) ?? readDegreeSign(tokens, j) ?? (isCapitalized(tokens[j]) ? readNationalCurrency(tokens, j) : undefined);
  if (direct) return asSpeed(direct, tokens);
  if (vague && isWord(tokens[j], 'of')) {
    const viaOf = readUnitWords(tokens, j + 1);
    if (viaOf) return viaOf;
  }
  return NONE(j);
}
