import type { Token } from '../types';
import { isWord, matchesSequence } from '../tokens/token-helpers';
import { VAGUE_COMPOUNDS, VAGUE_MULTIPLIERS, VAGUE_PLURALS, VAGUE_SCALES, type VagueAmount } from '../tables/vague-amounts';
import { tidy } from './tidy';
import type { Amount } from './amount';

/**
 * The value of a vague amount is the geometric mean of its bounds to two
 * significant digits: "millions" spans three orders of magnitude, and the
 * arithmetic midpoint (about 500 million) would misrepresent it.
 */
function typicalValue(low: number, high: number): number {
  return Number(Math.sqrt(low * high).toPrecision(2));
}

function vague(firstToken: number, endToken: number, range: VagueAmount, scale: number, word: string): Amount {
  const low = tidy(range.low * scale);
  const high = tidy(range.high * scale);
  return { firstToken, endToken, value: typicalValue(low, high), low, high, kind: 'vague', scale, vagueWord: word };
}

interface Phrase {
  phrase: string;
  range: VagueAmount;
  words: string[];
}

/** Table phrases split once and filed by first word, in table order: this runs at every token. */
function byFirstWord(table: Readonly<Record<string, VagueAmount>>): ReadonlyMap<string, readonly Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const [phrase, range] of Object.entries(table)) {
    const words = phrase.split(' ');
    const list = map.get(words[0]!) ?? [];
    list.push({ phrase, range, words });
    map.set(words[0]!, list);
  }
  return map;
}
const COMPOUNDS = byFirstWord(VAGUE_COMPOUNDS);
const MULTIPLIERS = byFirstWord(VAGUE_MULTIPLIERS);
const NO_PHRASES: readonly Phrase[] = [];

/** "tens of thousands", "hundreds of millions". */
function readCompound(tokens: Token[], i: number): Amount | undefined {
  for (const { phrase, range, words } of COMPOUNDS.get(tokens[i]!.lower) ?? NO_PHRASES) {
    if (matchesSequence(tokens, i, words)) return vague(i, i + words.length, range, 1, phrase);
  }
  return undefined;
}

/** "several", "a few hundred", "several million", "a couple of". */
function readMultiplier(tokens: Token[], i: number): Amount | undefined {
  for (const { phrase, range, words } of MULTIPLIERS.get(tokens[i]!.lower) ?? NO_PHRASES) {
    if (!matchesSequence(tokens, i, words)) continue;
    const end = i + words.length;
    const scaleToken = tokens[end];
    const scale = scaleToken !== undefined && scaleToken.kind === 'word' ? VAGUE_SCALES[scaleToken.lower] : undefined;
    if (scale !== undefined) return vague(i, end + 1, range, scale, `${phrase} ${scaleToken.lower}`);
    // "a couple of" needs its "of"; bare "several"/"a few" must lead a noun to be an amount.
    if (phrase === 'a couple') {
      if (!isWord(tokens[end], 'of')) return undefined;
    } else if (tokens[end] === undefined || tokens[end].kind !== 'word') {
      return undefined;
    }
    return vague(i, end, range, 1, phrase);
  }
  return undefined;
}

/** "dozens", "hundreds", "thousands", "millions". */
function readPlural(tokens: Token[], i: number): Amount | undefined {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return undefined;
  const range = VAGUE_PLURALS[t.lower];
  if (range === undefined) return undefined;
  // "scores" is only an amount in "scores of".
  if (t.lower === 'scores' && !isWord(tokens[i + 1], 'of')) return undefined;
  return vague(i, i + 1, range, 1, t.lower);
}

/** A vague amount read as an interval (see tables/vague-amounts.ts). */
export function readVagueAmount(tokens: Token[], i: number): Amount | undefined {
  if (tokens[i]?.kind !== 'word') return undefined;
  return readCompound(tokens, i) ?? readMultiplier(tokens, i) ?? readPlural(tokens, i);
}
