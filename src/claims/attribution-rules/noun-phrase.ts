import type { Token } from '../types';
import { isAuxiliary } from '../verb-forms';
import { STRONG_PAST } from '../verb-lists';
import { CONJUNCTIONS, DETERMINERS, PREPOSITIONS, SUBORDINATORS } from '../word-lists';

/** Longest speaker noun phrase, in words, that a trailing or inverted attribution may name. */
export const MAX_SPEAKER_WORDS = 15;

/** Reporting forms that are never nouns: a phrase holding one is a clause. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells']);

/**
 * Could tokens [from, to) be one noun phrase naming a speaker? No finite verb,
 * no quotation, not opening with a preposition, conjunction or relative word.
 */
export function isSpeakerPhrase(tokens: readonly Token[], guarded: readonly boolean[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || first.kind !== 'word' || from >= to || to - from > MAX_SPEAKER_WORDS * 3) return false;
  const w = first.lower;
  if ((PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || SUBORDINATORS.has(w) || w === 'according') && !DETERMINERS.has(w)) return false;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (guarded[k]) return false;
    if (t.kind === 'punct') {
      if (!/^[,.'’&-]$/.test(t.text)) return false;
      continue;
    }
    words++;
    // Only unmistakable verbs disqualify: -ed and -s words inside a noun phrase are
    // usually participles or plural nouns ("the spokesman based in Doha", "reports").
    if (isAuxiliary(t) || STRONG_PAST.has(t.lower) || SPEECH_VERBS.has(t.lower)) return false;
    if (SUBORDINATORS.has(t.text) && t.text !== 'that') return false;
  }
  return words > 0 && words <= MAX_SPEAKER_WORDS;
}
