import type { Span } from '../types';
import type { Token } from './types';
import { isFiniteVerb } from './verb-forms';
import { CONJUNCTIONS, PREPOSITIONS, SUBORDINATORS } from './word-lists';

/** Longest antecedent we accept, in words ("the head of the provincial council"). */
const MAX_ANTECEDENT_WORDS = 8;

/** Words that end a noun phrase on its left: what comes before them is another phrase. */
function stopsPhrase(t: Token): boolean {
  if (t.kind !== 'word') return !/^['’-]$/.test(t.text);
  if (t.lower === 'of' || t.lower === 'the') return false;
  return PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower) || SUBORDINATORS.has(t.lower);
}

/**
 * The noun phrase a relative pronoun refers to: the words right before the
 * comma or dash that opens the clause ("The envoy" in "The envoy, who
 * arrived ..."; "Jane Roe" in "met Jane Roe, who ..."). Null when a verb
 * ends there ("The talks collapsed, which ..."): the clause is about the
 * whole statement, and no noun phrase stands for it. Local offsets.
 */
export function findAntecedent(tokens: readonly Token[], openIndex: number): Span | null {
  const last = openIndex - 1;
  if (last < 0 || tokens[last].kind !== 'word' || isFiniteVerb(tokens, last, 'loose')) return null;
  let first = last;
  for (let k = last - 1; k >= 0 && last - k < MAX_ANTECEDENT_WORDS; k--) {
    const t = tokens[k];
    if (stopsPhrase(t) || isFiniteVerb(tokens, k, 'strict')) break;
    first = k;
  }
  // "of the" cannot open the phrase: it joined to a head the scan stopped before.
  while (first < last && (tokens[first].lower === 'of' || tokens[first].kind === 'punct')) first++;
  return { start: tokens[first].start, end: tokens[last].end };
}
