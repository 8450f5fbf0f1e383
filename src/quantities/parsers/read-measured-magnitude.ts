import type { Token } from '../types';
import { UNIT_WORDS, type UnitEntry } from '../tables/units';
import { isWord, matchesSequence } from '../tokens/token-helpers';

/** Verbs that give a reading on a scale: "the quake measured 6.1". */
const READING_VERBS: ReadonlySet<string> = new Set(['measured', 'measuring', 'measures', 'registered', 'registering']);

/** Words that make the reading a quake's size. */
const QUAKE_WORDS: ReadonlySet<string> = new Set([
  'quake', 'quakes', 'earthquake', 'earthquakes', 'tremor', 'tremors', 'temblor', 'aftershock', 'aftershocks', 'richter', 'seismic',
]);

/** How far back a quake word may stand from the verb: the subject of "measured" is near it. */
const LOOK_BACK = 12;
const MAGNITUDE: UnitEntry = UNIT_WORDS.magnitude;
const LARGEST_MAGNITUDE = 10;

/**
 * The magnitude of a bare figure in digits (tokens i..end, value v) read by
 * a verb on a quake: "the quake, which measured 6.1 according to ...",
 * "measured 6.1 on the Richter scale". Only values below 10 qualify, and
 * only with a quake word shortly before the verb or "on the Richter scale"
 * after the figure: "the hall measured 40 metres" stays what it is.
 */
export function readMeasuredMagnitude(tokens: Token[], i: number, end: number, value: number): UnitEntry | undefined {
  const verb = tokens[i - 1];
  if (verb?.kind !== 'word' || !READING_VERBS.has(verb.lower) || value <= 0 || value >= LARGEST_MAGNITUDE) return undefined;
  if (matchesSequence(tokens, end, ['on', 'the', 'richter'])) return MAGNITUDE;
  for (let k = i - 2; k >= 0 && k >= i - 1 - LOOK_BACK; k--) {
    const t = tokens[k];
    if (t.kind === 'word' && QUAKE_WORDS.has(t.lower)) return MAGNITUDE;
    if (isWord(t, 'and') || t.text === ';' || t.text === '.') break;
  }
  return undefined;
}
