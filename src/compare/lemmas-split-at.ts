import type { Claim } from '../types';
import { claimContent } from '../cluster/claim-content';

/** A claim's content lemmas before and from `at` (an offset in its own text), each side as a set. */
export function lemmasSplitAt(claim: Claim, at: number): { before: Set<string>; after: Set<string> } {
  const { lemmas, starts } = claimContent(claim);
  const before = new Set<string>();
  const after = new Set<string>();
  for (let k = 0; k < lemmas.length; k++) (starts[k]! < at ? before : after).add(lemmas[k]!);
  return { before, after };
}
