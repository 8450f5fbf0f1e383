import type { Claim, ClaimDraft, EntityMention, Quantity } from '../types';

/** Every key a claim may have: buildClaim copies them by name, so a new one must be added there too. */
type ClaimKeys =
  | 'text' | 'span' | 'parts' | 'antecedent' | 'attribution' | 'negated' | 'hedges' | 'quoted' | 'rejects'
  | 'id' | 'articleId' | 'quantities' | 'mentions' | 'antecedentMentions' | 'entities';
// Fails to compile when Claim (or ClaimDraft) gains a key that buildClaim would drop.
const allClaimKeysCopied: Exclude<keyof Claim, ClaimKeys> extends never ? true : false = true;
void allClaimKeysCopied;

/**
 * A claim from a draft (or a claim given new entity ids), keys in the order
 * `{ ...draft, id, articleId, quantities, mentions, antecedentMentions?,
 * entities }` gives them. The usual claim (one piece, no antecedent) is one
 * object literal: a spread plus fields added after it costs a copy and a
 * store outside the object, on every claim of a feed. The rare discontinuous
 * or relative-clause claim is spread.
 */
export function buildClaim(
  draft: ClaimDraft,
  id: string,
  articleId: string,
  quantities: Quantity[],
  mentions: EntityMention[],
  antecedentMentions: EntityMention[] | undefined,
  entities: string[],
): Claim {
  if (!draft.parts && !draft.antecedent && !antecedentMentions) {
    const { text, span, attribution, negated, hedges, quoted, rejects } = draft;
    if (attribution) return { text, span, attribution, negated, hedges, quoted, rejects, id, articleId, quantities, mentions, entities };
    return { text, span, negated, hedges, quoted, rejects, id, articleId, quantities, mentions, entities };
  }
  const claim: Omit<Claim, 'entities'> & Partial<Claim> = { ...draft, id, articleId, quantities, mentions };
  if (antecedentMentions) claim.antecedentMentions = antecedentMentions;
  claim.entities = entities;
  return claim as Claim;
}
