import type { Token } from '../types';
import { isWord } from '../tokens/token-helpers';
import { canonicalSubject, knownCategory } from './categorize';

/**
 * Words that link a count's head to its figure when the head comes first:
 * "the death toll has risen to 57", "the number of dead stood at 37".
 */
const LINKING_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rises', 'rise', 'climbed', 'climbs', 'reached', 'reaches', 'stood', 'stands',
  'is', 'was', 'were', 'are', 'jumped', 'increased', 'grew', 'hit', 'topped', 'soared', 'surged',
  'mounted', 'passed', 'exceeded', 'fell', 'dropped', 'declined', 'totalled', 'totaled', 'totals',
  'numbered', 'numbers', 'went', 'gone', 'stand',
]);
/** Words that may sit among the linking verbs without being one: "has now risen to", "went up to". */
const LINKING_FILLERS: ReadonlySet<string> = new Set(['has', 'had', 'have', 'been', 'now', 'already', 'up', 'to', 'at']);
const MAX_LINK_WORDS = 4;

/** What a toll counts, by the word before "toll"; a bare "toll" in the news is a death toll. */
const TOLL_KINDS: ReadonlyMap<string, string> = new Map([['death', 'death'], ['casualty', 'casualty'], ['injury', 'injury']]);
/** Heads that say what they count on their own, without "the number of": "deaths rose to 12". */
const SELF_COUNTING: ReadonlySet<string> = new Set(['death', 'injury', 'casualty']);
/** Nouns that count what their "of" phrase names: "the number of refugees". */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['number', 'count', 'total', 'tally']);

/** Index of the head before the linking words that end right before token `first`, or -1 when no verb links them. */
function headBefore(tokens: Token[], first: number): number {
  let k = first - 1;
  let verb = false;
  for (let n = 0; n < MAX_LINK_WORDS && k >= 0 && tokens[k].kind === 'word'; n++, k--) {
    const lower = tokens[k].lower;
    if (LINKING_VERBS.has(lower)) verb = true;
    else if (!LINKING_FILLERS.has(lower)) break;
  }
  return verb && k >= 0 && tokens[k].kind === 'word' ? k : -1;
}

/** Whether the head at k is what a count noun counts: "the number of [the] dead". */
function isCountedByOf(tokens: Token[], k: number): boolean {
  let of = k - 1;
  if (isWord(tokens[of], 'the')) of--;
  return isWord(tokens[of], 'of') && tokens[of - 1]?.kind === 'word' && COUNT_NOUNS.has(tokens[of - 1].lower);
}

/**
 * The subject of a figure whose head noun comes before it, linked by a verb:
 * "the death toll rose to 57" (death), "the number of refugees reached
 * 20,000" (refugee), "casualties climbed to 300". A head read after the figure
 * wins over this (attachSubjects asks here last).
 */
export function subjectBefore(tokens: Token[], first: number): string | undefined {
  const k = headBefore(tokens, first);
  if (k < 0) return undefined;
  const head = tokens[k].lower;
  if (head === 'toll') return TOLL_KINDS.get(tokens[k - 1]?.kind === 'word' ? tokens[k - 1].lower : '') ?? 'death';
  const category = knownCategory(head);
  if (category !== undefined && SELF_COUNTING.has(category)) return category;
  return isCountedByOf(tokens, k) ? category ?? canonicalSubject(head) : undefined;
}
