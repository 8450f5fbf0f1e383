import type { Token } from './types';
import { hasVerb } from './verb-forms';
import { DETERMINERS } from './word-lists';
import { opinionRule } from './opinion-rule';

/** A rule that decides a whole sentence is no claim, and says why. */
export interface SkipRule {
  name: string;
  /** The reason to record, or null to keep the sentence. */
  test(text: string, tokens: readonly Token[], guarded: readonly boolean[]): string | null;
}

/** Fewer words than this cannot state a checkable fact. */
export const MIN_CLAIM_WORDS = 3;

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/** The last character that is not whitespace or a closing quote/bracket. Scanned by hand: an anchored regex would rescan long runs. */
function lastMeaningfulChar(text: string): string {
  let k = text.length - 1;
  while (k >= 0 && (CLOSERS.has(text[k]) || /\s/.test(text[k]))) k--;
  return k >= 0 ? text[k] : '';
}

/** Ends with a question mark, closing quotes/brackets aside. */
export const questionRule: SkipRule = {
  name: 'question',
  test: (text) => (lastMeaningfulChar(text) === '?' ? 'question' : null),
};

/** Nothing but one quoted exclamation ("\"Long live the republic!\""): a slogan, not a fact. */
export const exclamationRule: SkipRule = {
  name: 'exclamation',
  test: (text, tokens, guarded) =>
    tokens.length > 0 && guarded.every(Boolean) && lastMeaningfulChar(text) === '!' ? 'exclamation' : null,
};

/**
 * A lower-case -s or -ed word not right after a determiner might be a verb the
 * lists do not know ("employs", "disputed"): enough to keep a full sentence.
 */
function mightHaveVerb(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, k) => t.kind === 'word' && t.text === t.lower && /[a-z](?:s|ed)$/.test(t.lower) && !DETERMINERS.has(tokens[k - 1]?.lower ?? ''),
  );
}

/** How many word tokens there are, counting no further than `enough`. */
function countWords(tokens: readonly Token[], enough: number): number {
  let n = 0;
  for (let k = 0; k < tokens.length && n < enough; k++) if (tokens[k].kind === 'word') n++;
  return n;
}

/**
 * Too short, or verbless: no known verb and either no closing punctuation
 * (a heading, a caption line) or not even a word that might be a verb.
 */
export const noVerbRule: SkipRule = {
  name: 'no-verb',
  test: (text, tokens) => {
    if (countWords(tokens, MIN_CLAIM_WORDS) < MIN_CLAIM_WORDS) return 'no verb';
    if (hasVerb(tokens)) return null;
    const terminated = ['.', '!', '?'].includes(lastMeaningfulChar(text));
    return terminated && mightHaveVerb(tokens) ? null : 'no verb';
  },
};

/** Sentence-level skip rules, in order; the first that fires decides. */
export const DEFAULT_SKIP_RULES: readonly SkipRule[] = [questionRule, exclamationRule, noVerbRule, opinionRule];
