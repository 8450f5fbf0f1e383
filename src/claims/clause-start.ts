import type { Token } from './types';
import { CLAUSE_ADVERB, DETERMINER, hasTrait, SUBORDINATOR } from './token-traits';
import { isBaseVerb, isContractedSubject, isFiniteVerb, isRegularEd } from './verb-forms';
import { ED_STOP_LIST, IRREGULAR_PAST_PARTICIPLES } from './verb-lists';
import { CONJUNCTIONS, PREPOSITIONS, SUBJECT_PRONOUNS } from './word-lists';

/** `subject`: the clause has its own subject; `shared`: it starts with a verb and borrows the subject before it. */
export type ClauseStart = 'subject' | 'shared';

/** Longest subject noun phrase we look through for its verb ("the head of the provincial council"). */
const MAX_SUBJECT_WORDS = 7;

/** Forms of be and have: never a noun, so even right after a determiner or number they are the verb ("eight were missing", "many have fled"). */
const BE_HAVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Skips adverbs such as "also", "later", "quickly" that may open a clause. */
export function skipAdverbs(tokens: readonly Token[], i: number): number {
  let j = i;
  while (tokens[j]?.kind === 'word' && hasTrait(tokens[j], CLAUSE_ADVERB)) j++;
  return j;
}

function isNounPhraseStart(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const w = t.lower;
  if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || hasTrait(t, SUBORDINATOR)) return hasTrait(t, DETERMINER);
  return true;
}

/** Own subject: a noun phrase, then a finite verb before any preposition other than "of" or any punctuation. */
function subjectThenVerb(tokens: readonly Token[], j: number): boolean {
  for (let k = j + 1; k <= j + MAX_SUBJECT_WORDS && k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (t.kind !== 'word') return false;
    // SUBORDINATORS.has(t.text): the list is lower case, so it is the list's bit and a word written in lower case.
    if (t.lower !== 'of' && (PREPOSITIONS.has(t.text) || (hasTrait(t, SUBORDINATOR) && t.text === t.lower) || CONJUNCTIONS.has(t.text))) return false;
    // The word right after a determiner is a noun or adjective, never the verb ("the talks", "the wounded").
    if ((hasTrait(prev, DETERMINER) && !BE_HAVE.has(t.lower)) || prev.lower === 'of') continue;
    const a = skipAdverbs(tokens, k);
    if (a !== k && isFiniteVerb(tokens, a, 'strict')) return true;
    if (isFiniteVerb(tokens, k, 'strict') || isPastBeforeObject(tokens, k)) return true;
  }
  return false;
}

/**
 * Straight after "and", a past form before a preposition is a second verb
 * ("... and met with", "... and fled to"), not a participle modifying a noun.
 */
function isPastBeforePreposition(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t || !next || t.text !== t.lower || ED_STOP_LIST.has(t.lower) || !PREPOSITIONS.has(next.lower)) return false;
  return IRREGULAR_PAST_PARTICIPLES.has(t.lower) || isRegularEd(t.lower);
}

/**
 * After a subject noun, a past form before a plain word is its verb ("the
 * workers left town"); a reduced relative would take a preposition or "by".
 */
function isPastBeforeObject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next || next.kind !== 'word' || t.text !== t.lower || ED_STOP_LIST.has(t.lower) || PREPOSITIONS.has(next.lower)) return false;
  return IRREGULAR_PAST_PARTICIPLES.has(t.lower) || isRegularEd(t.lower);
}

/**
 * Does an independent clause start at token `i` (the word after a conjunction)?
 * Precision first: when unsure, answer null so the caller does not split.
 */
export function clauseStartAt(tokens: readonly Token[], i: number): ClauseStart | null {
  const j = skipAdverbs(tokens, i);
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  if (isContractedSubject(t)) return 'subject';
  if (isFiniteVerb(tokens, j, 'strict') || isPastBeforePreposition(tokens, j)) return 'shared';
  if (SUBJECT_PRONOUNS.has(t.lower)) {
    const v = skipAdverbs(tokens, j + 1);
    if (isFiniteVerb(tokens, v, 'loose') || isBaseVerb(tokens[v])) return 'subject';
  }
  if (!isNounPhraseStart(t)) return null;
  return subjectThenVerb(tokens, j) ? 'subject' : null;
}
