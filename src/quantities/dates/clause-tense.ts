import type { Token } from '../types';
import { isHyphen, isPunct, touchesPrevious } from '../tokens/token-helpers';
import { BE_FORMS, CLAUSE_OPENERS, FUTURE_BEFORE_TO, FUTURE_WORDS, NARRATIVE_TIMES, NOT_PAST_ED, PAST_WORDS } from './tense-words';

/** Whether a date's clause puts it after publication ('future') or before it ('past'). */
export type Tense = 'future' | 'past';

/** How far the scan looks each way: a clause's verb is rarely further from its date. */
const REACH = 14;

const STOPS: ReadonlySet<string> = new Set(['.', ';', '!', '?', '(', ')', '"', '\u201c', '\u201d', '\u2014']);

/** Punctuation that ends a clause: a full stop, a bracket, a quote, a spaced dash; not the colon of "10:00". */
function endsClause(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'punct') return false;
  if (STOPS.has(t.text)) return true;
  if (t.text === ':') return !(tokens[k - 1]?.kind === 'num' && touchesPrevious(tokens, k) && touchesPrevious(tokens, k + 1));
  return isHyphen(t) && !touchesPrevious(tokens, k) && !touchesPrevious(tokens, k + 1);
}

/** The tense token k marks, if any: "will", "are due", "expected to", "said", "struck", "ended". */
function tenseAt(tokens: Token[], k: number): Tense | undefined {
  const t = tokens[k];
  if (t.kind !== 'word') return undefined;
  const w = t.lower;
  // "the next day" tells a past story's sequence; "next week", "the next meeting" look ahead.
  if (w === 'next') return NARRATIVE_TIMES.has(tokens[k + 1]?.lower ?? '') ? undefined : 'future';
  if (FUTURE_WORDS.has(w)) return 'future';
  if (FUTURE_BEFORE_TO.has(w)) {
    const next = tokens[k + 1]?.lower;
    if (next === 'to' || next === 'for') return 'future';
    return undefined;
  }
  if (w === 'due') return BE_FORMS.has(tokens[k - 1]?.lower ?? '') ? 'future' : undefined;
  if (PAST_WORDS.has(w)) return 'past';
  // Regular past tenses and participles ("ended", "killed", "had approved").
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) return 'past';
  return undefined;
}

/**
 * The tense of the clause around a date at tokens [first, end): the nearest
 * marking word before it ("talks will resume on Friday", "talks ended on
 * Friday"), or, when nothing before it in its clause says, the nearest after
 * it ("On Friday, the cabinet will meet"). Undefined when neither says.
 */
export function clauseTense(tokens: Token[], first: number, end: number): Tense | undefined {
  for (let k = first - 1; k >= 0 && k >= first - REACH; k--) {
    if (endsClause(tokens, k)) break;
    const tense = tenseAt(tokens, k);
    if (tense) return tense;
    if (tokens[k].kind === 'word' && CLAUSE_OPENERS.has(tokens[k].lower)) break;
  }
  for (let k = end; k < tokens.length && k < end + REACH; k++) {
    if (endsClause(tokens, k)) break;
    if (tokens[k].kind === 'word' && CLAUSE_OPENERS.has(tokens[k].lower)) break;
    const tense = tenseAt(tokens, k);
    if (tense) return tense;
  }
  return undefined;
}
