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

/** The claim text (else the evidence text) in curly quotes, escaped, with the evidence's part in bold. */
export function quoteEvidence(evidence: Evidence, ctx: MarkdownContext): string {
  const claim = ctx.claim(evidence.claimId);
  if (!claim) return `“${escapeMarkdown(collapseWhitespace(evidence.text).trim())}”`;
  const range = locateInClaim(evidence, claim);
  if (!range) return `“${escapeMarkdown(collapseWhitespace(claim.text).trim())}”`;
  const [start, end] = range;
  // Escape each part alone so the bold markers are the only live syntax.
  const before = escapeMarkdown(collapseWhitespace(claim.text.slice(0, start)).trimStart());
  const bold = escapeInline(collapseWhitespace(claim.text.slice(start, end)).trim());
  const after = escapeInline(collapseWhitespace(claim.text.slice(end)).trimEnd());
  return `“${before}**${bold}**${after}”`;
}
