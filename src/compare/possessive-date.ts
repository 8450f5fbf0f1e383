import type { Claim, Quantity } from '../types';
import { lemma } from '../cluster/content-words';
import { claimContent } from '../cluster/claim-content';

/** "'s collapse", "’s vote": the noun a possessive date names. */
const POSSESSED_NOUN = /^['’]s\s+(\p{Ll}[\p{Ll}-]*)/u;

/**
 * The event a date names when written as a possessive ("cut off by
 * Tuesday's collapse", "since Sunday's vote"), as the noun's lemma: the date
 * is that event's, not the day the claim's own verb tells of.
 */
export function possessedEvent(claim: Claim, q: Quantity): string | undefined {
  const end = q.span.end - claim.span.start;
  const noun = POSSESSED_NOUN.exec(claim.text.slice(end, end + 40))?.[1];
  return noun === undefined ? undefined : lemma(noun);
}

/**
 * Whether two dates may date one event as far as possessives say: a date
 * that names its event ("Tuesday's collapse") is set against another only
 * when the other's claim speaks of that event too.
 */
export function sameNamedEvent(a: { claim: Claim; q: Quantity }, b: { claim: Claim; q: Quantity }): boolean {
  const speaksOf = (event: string | undefined, other: Claim) => event === undefined || claimContent(other).lemmas.includes(event);
  return speaksOf(possessedEvent(a.claim, a.q), b.claim) && speaksOf(possessedEvent(b.claim, b.q), a.claim);
}
