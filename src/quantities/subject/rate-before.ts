import type { Token } from '../types';
import { isWord } from '../tokens/token-helpers';
import { estimatedHeadIndex, linkedHeadIndex, readBeforePhrases } from './subject-before';

/**
 * Things reported as a rate: "turnout was 54.3 percent", "inflation rose to
 * 7.2%". A closed list, as a percent's head before its verb is often no
 * subject at all ("prices rose 7%" may be inflation, "the party was at 41%").
 */
const RATE_HEADS: ReadonlySet<string> = new Set([
  'turnout', 'inflation', 'unemployment', 'joblessness', 'growth', 'approval', 'participation',
  'occupancy', 'vacancy', 'poverty', 'literacy', 'mortality', 'vaccination', 'attendance',
  // Tax rates named by their tax: "the VAT rate goes up to 26 per cent", "the rate of VAT will rise to 25%".
  'vat',
]);

/** Heads that only say "a rate of": the word before them names it ("the jobless rate", "approval rating"). */
const RATE_WORDS: ReadonlySet<string> = new Set(['rate', 'rating', 'ratings', 'level', 'figure']);

/** One name for a rate written two ways. */
const RATE_NAMES: ReadonlyMap<string, string> = new Map([['jobless', 'unemployment'], ['joblessness', 'unemployment']]);

const wordAt = (tokens: Token[], k: number): string | undefined => (tokens[k]?.kind === 'word' ? tokens[k].lower : undefined);

/** The rate a word names, or nothing. */
function rateNamed(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  const name = RATE_NAMES.get(word) ?? word;
  return RATE_HEADS.has(name) ? name : undefined;
}

/** The rate the head at k names: "inflation", or the word before a bare "rate" ("the jobless rate"). */
function rateAt(tokens: Token[], k: number): string | undefined {
  const word = wordAt(tokens, k);
  if (word !== undefined && RATE_WORDS.has(word)) return rateNamed(wordAt(tokens, k - 1));
  return rateNamed(word);
}

/**
 * What a percent figure measures when a rate's name comes before it, linked
 * by a verb or by "of": "turnout was 54.3 percent" (turnout), "the jobless
 * rate stood at 5%" (unemployment), "his approval rating fell to 38 percent"
 * (approval), "the commission put turnout at 35 percent", "inflation of nine
 * per cent", "inflation in Kenya has averaged 9%".
 */
export function rateBefore(tokens: Token[], first: number): string | undefined {
  if (isWord(tokens[first - 1], 'of')) return rateAt(tokens, first - 2);
  const head = linkedHeadIndex(tokens, first) ?? estimatedHeadIndex(tokens, first);
  return head === undefined ? undefined : readBeforePhrases(tokens, head, rateAt);
}
