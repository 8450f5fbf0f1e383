import type { Claim } from '../types';
import { claimContent } from './claim-content';
import { memoOf } from './claim-memo';
import { sortedDistinct } from './sorted-distinct';

export { lemma, normalWord, contentWords, contentLemmas } from './content-words';

/**
 * The terms two claims are compared on: content lemmas outside names, canonical
 * entity ids (so spelling variants meet), and the unit + subject of each
 * figure, never its value (so that differing figures about one thing still
 * cluster). Read once per claim object: clustering and comparison both need them.
 */
export function claimTerms(claim: Claim): string[] {
  const memo = memoOf(claim);
  if (memo.terms) return memo.terms;
  const terms: string[] = [];
  const content = claimContent(claim);
  for (let k = 0; k < content.lemmas.length; k++) if (!content.inMention[k]) terms.push(content.lemmas[k]);
  for (const id of claim.entities) terms.push(`e:${id}`);
  for (const q of claim.quantities) {
    if (q.unit === 'date') continue;
    terms.push(`q:${q.unit}:${q.subject ?? ''}`);
  }
  memo.terms = sortedDistinct(terms);
  return memo.terms;
}
