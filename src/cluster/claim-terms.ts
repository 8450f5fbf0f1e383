import type { Claim } from '../types';
import { contentOf } from './claim-content';
import { entityTerm } from './entity-term';
import { memoOf } from './claim-memo';
import { sortDistinctLeading } from './sorted-distinct';
import { takeScratch } from '../internal/take-scratch';

export { lemma, normalWord, contentWords, contentLemmas } from './content-words';

/** Every claim's terms are gathered here, then copied out at their exact length: the memo keeps them while the story is compared. */
const scratch: string[] = [];

/**
 * The terms two claims are compared on: content lemmas outside names, canonical
 * entity ids (so spelling variants meet), and the unit + subject of each
 * figure, never its value (so that differing figures about one thing still
 * cluster). Read once per claim object: clustering and comparison both need them.
 */
export function claimTerms(claim: Claim): string[] {
  const memo = memoOf(claim);
  if (memo.terms) return memo.terms;
  const terms = scratch;
  let count = 0;
  const { lemmas, inMention } = contentOf(claim, memo);
  for (let k = 0; k < lemmas.length; k++) if (!inMention[k]) terms[count++] = lemmas[k];
  const { entities, quantities } = claim;
  for (let k = 0; k < entities.length; k++) terms[count++] = entityTerm(entities[k]);
  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k];
    if (q.unit === 'date') continue;
    terms[count++] = `q:${q.unit}:${q.subject ?? ''}`;
  }
  memo.terms = takeScratch(terms, sortDistinctLeading(terms, count));
  return memo.terms;
}
