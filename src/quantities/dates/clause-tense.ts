import type { Token } from '../types';
import { isHyphen, isPunct, touchesPrevious } from '../tokens/token-helpers';
import {
  BE_FORMS, CLAUSE_OPENERS, FUTURE_BEFORE_OBJECT_TO, FUTURE_BEFORE_TO, FUTURE_WORDS, LIMIT_PREPOSITIONS,
  MODALS_BEFORE_BE, MODALS_BEFORE_HAVE, NARRATIVE_TIMES, PASSIVE_BE, PAST_WORDS, isRegularPastForm,
} from './tense-words';
import { relativeClauseStart } from './relative-clause';

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
  // "would (not) have been full on Saturday": what did not happen, so before publication.
  if (MODALS_BEFORE_HAVE.has(w) && haveFollows(tokens, k)) return 'past';
  if (FUTURE_WORDS.has(w)) return 'future';
  if (FUTURE_BEFORE_TO.has(w) || FUTURE_BEFORE_OBJECT_TO.has(w)) return toFollows(tokens, k, w) ? 'future' : undefined;
  if (w === 'due') return BE_FORMS.has(tokens[k - 1]?.lower ?? '') ? 'future' : undefined;
  // "could be lifted", "may be held": a possibility still ahead.
  if (MODALS_BEFORE_BE.has(w)) return tokens[k + 1]?.lower === 'be' ? 'future' : undefined;
  // "ahead of the vote on Sunday": the vote is still to come.
  if (w === 'ahead') return tokens[k + 1]?.lower === 'of' ? 'future' : undefined;
  const past = PAST_WORDS.has(w) || isRegularPastForm(w);
  // "will be held", "is being lifted": a passive participle; the words before it say when.
  if (past && PASSIVE_BE.has(tokens[k - 1]?.lower ?? '')) return undefined;
  // "talks will have ended by Friday": done by a time still ahead.
  if (past && willHaveBefore(tokens, k)) return 'future';
  // Regular past tenses and participles ("ended", "killed", "had approved").
  return past ? 'past' : undefined;
}

/** Future modals that "have" and a participle keep ahead: "would have" looks back (MODALS_BEFORE_HAVE). */
const FUTURE_HAVE_MODALS: ReadonlySet<string> = new Set(['will', 'shall', 'll']);

/** Whether "will have" (maybe "will not have", "they'll have") stands right before the participle at k. */
function willHaveBefore(tokens: Token[], k: number): boolean {
  if (tokens[k - 1]?.lower !== 'have') return false;
  const before = tokens[k - 2]?.lower === 'not' ? tokens[k - 3] : tokens[k - 2];
  return before?.kind === 'word' && FUTURE_HAVE_MODALS.has(before.lower);
}

/** Whether "have" follows the modal at k, maybe after "not" ("would not have"). */
function haveFollows(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower === 'not' ? tokens[k + 2] : tokens[k + 1];
  return next?.kind === 'word' && next.lower === 'have';
}

/** Whether "to"/"for" follows word w at k: next to it, or after a short object for "expected the winds to". */
function toFollows(tokens: Token[], k: number, w: string): boolean {
  const next = tokens[k + 1]?.lower;
  if (FUTURE_BEFORE_TO.has(w) && (next === 'to' || next === 'for')) return true;
  if (!FUTURE_BEFORE_OBJECT_TO.has(w)) return false;
  for (let j = k + 1; j <= k + 5 && j < tokens.length; j++) {
    if (tokens[j].kind !== 'word') return false;
    if (tokens[j].lower === 'to') return j > k + 1 || next === 'to';
  }
  return false;
}

/** Whether token k is a limit preposition right before the date at `first` ("until June", "by the end of June"). */
function limitsDate(tokens: Token[], k: number, first: number): boolean {
  if (!LIMIT_PREPOSITIONS.has(tokens[k].lower) || tokens[k].kind !== 'word') return false;
  return k === first - 1 || (k === first - 2 && tokens[first - 1].lower === 'the');
}

/**
 * The tense of the clause around a date at tokens [first, end): the nearest
 * marking word before it ("talks will resume on Friday", "talks ended on
 * Friday"), skipping a relative clause set off by commas ("will face Ana, who
 * won 40 percent, in a runoff on Sunday"); then a limit right before it ("have
 * until June"); else the nearest after it ("On Friday, the cabinet will
 * meet"). Undefined when none says, or for a deadline ("a July 15 deadline").
 */
export function clauseTense(tokens: Token[], first: number, end: number): Tense | undefined {
  // "agreed a July 15 deadline", "missed the June 30 deadline": the verb tells when the deadline
  // was set or missed, not where the date lies; leave it to the nearest occurrence.
  if (tokens[end]?.lower === 'deadline') return undefined;
  // "called a strike for November 27", "booked the hall for June 3": the day something is set
  // for; a past verb before it tells when it was set, so only a future marking counts.
  const scheduled = tokens[first - 1]?.lower === 'for';
  let limited = false;
  for (let k = first - 1, steps = 0; k >= 0 && steps < REACH; k--, steps++) {
    if (endsClause(tokens, k)) break;
    if (isPunct(tokens[k], ',')) {
      const opener = relativeClauseStart(tokens, k, REACH);
      if (opener !== undefined) k = opener; // the loop steps past its comma
      continue;
    }
    const tense = tenseAt(tokens, k);
    if (tense) return scheduled && tense === 'past' ? undefined : tense;
    if (tokens[k].kind === 'word' && CLAUSE_OPENERS.has(tokens[k].lower)) break;
    if (limitsDate(tokens, k, first)) limited = true;
  }
  if (limited) return 'future';
  for (let k = end; k < tokens.length && k < end + REACH; k++) {
    if (endsClause(tokens, k)) break;
    if (tokens[k].kind === 'word' && CLAUSE_OPENERS.has(tokens[k].lower)) break;
    const tense = tenseAt(tokens, k);
    if (tense) return tense;
  }
  return undefined;
}
