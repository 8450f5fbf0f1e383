import type { Claim, Evidence, Quantity } from '../types';
import { byCodeUnit } from '../internal/by-code-unit';

/** Evidence pointing at the figure itself, so an editor lands on the exact characters. */
export function quantityEvidence(claim: Claim, q: Quantity): Evidence {
  return { articleId: claim.articleId, claimId: claim.id, text: q.text, span: { ...q.span }, value: q.value, unit: q.unit };
}

/** Evidence pointing at a whole claim. */
export function claimEvidence(claim: Claim): Evidence {
  return { articleId: claim.articleId, claimId: claim.id, text: claim.text, span: { ...claim.span } };
}

/** Evidence in reading order: by article, then position. */
export function sortEvidence(evidence: Evidence[]): Evidence[] {
  return [...evidence].sort((x, y) => byCodeUnit(x.articleId, y.articleId) || x.span.start - y.span.start);
}
