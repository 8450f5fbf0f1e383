import type { Claim, ClaimDraft, EntityMention, Quantity } from '../types';

/** Every key a claim may have: plainClaim copies them by name, so a new one must be added there too. */
type ClaimKeys =
  | 'text' | 'span' | 'parts' | 'antecedent' | 'attribution' | 'negated' | 'hedges' | 'quoted' | 'rejects'
  | 'id' | 'articleId' | 'quantities' | 'mentions' | 'antecedentMentions' | 'entities';
// Fails to compile when Claim (or ClaimDraft) gains a key that plainClaim would drop.
const allClaimKeysCopied: Exclude<keyof Claim, ClaimKeys> extends never ? true : false = true;
void allClaimKeysCopied;

/**
 * The usual claim (one piece, no antecedent, so no parts nor antecedent
 * names) as one object literal, keys in the order `{ ...draft, id, articleId,
 * quantities, mentions, entities }` gives them: a spread plus fields costs a
 * copy and stores outside the object, on every claim of a feed.
 * `draft` must have neither `parts` nor `antecedent`.
 */
export function plainClaim(draft: ClaimDraft, id: string, articleId: string, quantities: Quantity[], mentions: EntityMention[], entities: string[]): Claim {
  const { text, span, attribution, negated, hedges, quoted, rejects } = draft;
  if (attribution) return { text, span, attribution, negated, hedges, quoted, rejects, id, articleId, quantities, mentions, entities };
  return { text, span, negated, hedges, quoted, rejects, id, articleId, quantities, mentions, entities };
}
