import type { Token } from '../types';
import { isWord } from '../tokens/token-helpers';

/** Auxiliaries between a bare figure and its casualty participle: "300 were injured", "12 have been killed", "20 remain missing". */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'reportedly', 'also', 'still', 'remain', 'remained',
  'remains', 'left',
]);
const MAX_AUXILIARIES = 3;

/** Casualty and rescue words after a figure and what they make it count. */
const CASUALTY_AFTER: ReadonlyMap<string, string> = new Map([
  ['killed', 'death'], ['died', 'death'], ['dead', 'death'], ['drowned', 'death'], ['perished', 'death'],
  ['injured', 'injury'], ['wounded', 'injury'], ['hurt', 'injury'],
  // Not casualties in the strict sense, but what a bare figure before them counts all the same.
  ['missing', 'missing'], ['unaccounted', 'missing'], ['displaced', 'displaced'], ['homeless', 'displaced'],
  ['evacuated', 'refugee'], ['rescued', 'survivor'],
]);

/**
 * What a bare figure (tokens first..end) counts by the casualty word after
 * it: "more than 300 were injured" (injury), "12 died" (death). Asked only
 * when no noun follows the figure: "300 people were injured" counts people.
 * "No one was hurt" counts nobody.
 */
export function casualtyAfter(tokens: Token[], first: number, end: number): string | undefined {
  if (isWord(tokens[first - 1], 'no')) return undefined;
  let k = end;
  for (let n = 0; n < MAX_AUXILIARIES && tokens[k]?.kind === 'word' && AUXILIARIES.has(tokens[k].lower); n++) k++;
  const word = tokens[k];
  return word?.kind === 'word' ? CASUALTY_AFTER.get(word.lower) : undefined;
}
