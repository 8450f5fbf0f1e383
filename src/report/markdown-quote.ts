/** Quoting the sentence behind a piece of evidence, with the disputed part in bold. */
import type { Evidence, ReportClaim } from '../types';
import type { MarkdownContext } from './markdown-context';
import { collapseWhitespace, escapeInline, escapeMarkdown } from './markdown-text';

/** Where the evidence's own text sits inside the claim text, as [start, end) offsets, if it can be found. */
export function locateInClaim(evidence: Evidence, claim: ReportClaim): [number, number] | undefined {
  const part = evidence.text;
  if (part.length === 0 || part === claim.text) return undefined;
  // Prefer the span: the same words may occur twice in a sentence.
  const offset = evidence.span.start - claim.span.start;
  if (offset >= 0 && claim.text.slice(offset, offset + part.length) === part) return [offset, offset + part.length];
  const found = claim.text.indexOf(part);
  if (found >= 0) return [found, found + part.length];
  const quantity = claim.quantities.find((q) => evidence.value !== undefined && q.value === evidence.value);
  if (!quantity) return undefined;
  const qOffset = quantity.span.start - claim.span.start;
  if (qOffset >= 0 && claim.text.slice(qOffset, qOffset + quantity.text.length) === quantity.text) {
    return [qOffset, qOffset + quantity.text.length];
  }
  return undefined;
}

/** Claim-relative [start, end) of the claim's own pieces: its parts, or the whole text. */
function ownRanges(claim: ReportClaim): [number, number][] {
  if (!claim.parts || claim.parts.length === 0) return [[0, claim.text.length]];
  return claim.parts.map((p) => [p.start - claim.span.start, p.end - claim.span.start]);
}

/** One piece of the claim, escaped, with the part of it inside `bold` in bold. */
function quotePiece(text: string, [from, to]: [number, number], bold: [number, number] | undefined): string {
  const [b0, b1] = bold ? [Math.max(from, bold[0]), Math.min(to, bold[1])] : [to, to];
  if (b0 >= b1) return escapeMarkdown(collapseWhitespace(text.slice(from, to)).trim());
  // Escape each part alone so the bold markers are the only live syntax.
  const before = escapeMarkdown(collapseWhitespace(text.slice(from, b0)).trimStart());
  const inside = escapeInline(collapseWhitespace(text.slice(b0, b1)).trim());
  const after = escapeInline(collapseWhitespace(text.slice(b1, to)).trimEnd());
  return `${before}**${inside}**${after}`;
}

/**
 * The claim in curly quotes, escaped, with `bold` (claim-relative) in bold.
 * A discontinuous claim is quoted by its own pieces joined with " … ": the
 * clause nested in its gap is another claim.
 */
export function quoteClaim(claim: ReportClaim, bold?: [number, number]): string {
  return `“${ownRanges(claim).map((r) => quotePiece(claim.text, r, bold)).join(' … ')}”`;
}

/** The claim text (else the evidence text) in curly quotes, escaped, with the evidence's part in bold. */
export function quoteEvidence(evidence: Evidence, ctx: MarkdownContext): string {
  const claim = ctx.claim(evidence.claimId);
  if (!claim) return `“${escapeMarkdown(collapseWhitespace(evidence.text).trim())}”`;
  return quoteClaim(claim, locateInClaim(evidence, claim));
}
