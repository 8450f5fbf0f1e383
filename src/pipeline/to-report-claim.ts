import type { Claim, ReportClaim } from '../types';

/**
 * A claim as the report contract has it: internal fields (mentions, hedges,
 * spans of speakers, antecedent) left out; `parts` only for a discontinuous claim.
 * Fields are set one by one in the report's key order (optional ones only when
 * present): conditional spreads cost an object each, on every claim of a feed.
 */
export function toReportClaim(claim: Claim): ReportClaim {
  const out: Omit<ReportClaim, 'quantities' | 'entities' | 'negated'> & Partial<ReportClaim> = {
    id: claim.id,
    articleId: claim.articleId,
    text: claim.text,
    span: { start: claim.span.start, end: claim.span.end },
  };
  if (claim.parts && claim.parts.length > 1) out.parts = claim.parts.map((p) => ({ start: p.start, end: p.end }));
  out.quantities = claim.quantities;
  out.entities = claim.entities;
  if (claim.attribution) out.attribution = { speaker: claim.attribution.speaker, verb: claim.attribution.verb };
  out.negated = claim.negated;
  return out as ReportClaim;
}
