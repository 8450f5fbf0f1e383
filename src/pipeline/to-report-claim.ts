import type { Claim, ReportClaim } from '../types';

/**
 * A claim as the report contract has it: internal fields (mentions, hedges,
 * spans of speakers, antecedent) left out; `parts` only for a discontinuous claim.
 */
export function toReportClaim(claim: Claim): ReportClaim {
  return {
    id: claim.id,
    articleId: claim.articleId,
    text: claim.text,
    span: { start: claim.span.start, end: claim.span.end },
    ...(claim.parts && claim.parts.length > 1 && { parts: claim.parts.map((p) => ({ start: p.start, end: p.end })) }),
    quantities: claim.quantities,
    entities: claim.entities,
    ...(claim.attribution && { attribution: { speaker: claim.attribution.speaker, verb: claim.attribution.verb } }),
    negated: claim.negated,
  };
}
