import type { Claim, ReportClaim, Span } from '../types';

/** The pieces of a discontinuous claim, as fresh spans; undefined for a claim in one piece. */
function reportParts(claim: Claim): Span[] | undefined {
  if (!claim.parts || claim.parts.length < 2) return undefined;
  return claim.parts.map((p) => ({ start: p.start, end: p.end }));
}

/**
 * A claim as the report contract has it: internal fields (mentions, hedges,
 * spans of speakers, antecedent) left out; `parts` only for a discontinuous
 * claim. Each combination of the optional keys is one object literal in the
 * report's key order: keys added after a literal go to a separate
 * property store, an allocation more on every claim the report keeps.
 */
export function toReportClaim(claim: Claim): ReportClaim {
  const { id, articleId, text, quantities, entities, negated } = claim;
  const span = { start: claim.span.start, end: claim.span.end };
  const parts = reportParts(claim);
  const attribution = claim.attribution && { speaker: claim.attribution.speaker, verb: claim.attribution.verb };
  if (parts) {
    if (attribution) return { id, articleId, text, span, parts, quantities, entities, attribution, negated };
    return { id, articleId, text, span, parts, quantities, entities, negated };
  }
  if (attribution) return { id, articleId, text, span, quantities, entities, attribution, negated };
  return { id, articleId, text, span, quantities, entities, negated };
}
