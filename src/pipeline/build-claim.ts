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
 * or relative-clause claim has its optional keys added one by one.
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
  // Key by key, not a spread: drafts come in many shapes, so a spread went
  // through the runtime and cost more than all the one-piece claims together.
  const claim: Partial<Claim> = { text: draft.text, span: draft.span };
  if (draft.parts) claim.parts = draft.parts;
  if (draft.antecedent) claim.antecedent = draft.antecedent;
  if (draft.attribution) claim.attribution = draft.attribution;
  claim.negated = draft.negated;
  claim.hedges = draft.hedges;
  claim.quoted = draft.quoted;
  claim.rejects = draft.rejects;
  claim.id = id;
  claim.articleId = articleId;
  claim.quantities = quantities;
  claim.mentions = mentions;
  if (antecedentMentions) claim.antecedentMentions = antecedentMentions;
  claim.entities = entities;
  return claim as Claim;
}
