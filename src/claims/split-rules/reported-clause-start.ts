import type { Token } from '../types';
import { isBaseVerb } from '../verb-forms';
import { REPORTING_FORMS } from '../verb-lists';
import { PREPOSITIONS } from '../word-lists';

/** Longest plural subject looked through for its reporting verb ("trade unions in the north say"). */
const MAX_SUBJECT_WORDS = 5;

/** Plurals that do not end in -s ("people say", "police warn"). */
const PLURAL_NOUNS: ReadonlySet<string> = new Set(['people', 'police', 'children', 'men', 'women', 'staff', 'residents']);

/** A plural noun: the subject a plain reporting verb ("say", "warn") agrees with. */
function isPluralNoun(t: Token): boolean {
  const w = t.lower;
  return PLURAL_NOUNS.has(w) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !REPORTING_FORMS.has(w));
}

/**
 * Does a reported clause start at token i: a plural subject, then the plain
 * form of a reporting verb ("unions say", "local analysts estimate")? The
 * general clause test takes a plain form as a verb only after a pronoun,
 * and looks past it for another verb, which "say more than 400 ..." lacks.
 */
export function reportedClauseStartAt(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + MAX_SUBJECT_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (t.kind !== 'word' || prev.kind !== 'word') return false;
    if (t.text === t.lower && REPORTING_FORMS.has(t.lower) && isBaseVerb(t)) return isPluralNoun(prev) && tokens[k + 1]?.kind === 'word';
    if (prev.lower !== 'of' && PREPOSITIONS.has(prev.lower) && k > i + 1) return false;
  }
  return false;
}
