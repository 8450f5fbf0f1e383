import type { Span, TextSegment } from '../types';

/** What a claim needs for these helpers: its whole extent and, when discontinuous, its pieces. */
export interface ClaimExtent {
  text: string;
  span: Span;
  parts?: readonly Span[];
}

/**
 * The claim's own words at their own offsets: `text` with every character
 * that lies outside its parts (the nested claims in the gaps, and the marks
 * around them) replaced by a space. Same length as `text`, so offsets
 * relative to `span.start` stay valid; for a claim without parts it is `text`.
 * Read this, not `text`, wherever the words of a claim are weighed
 * (clustering terms, a figure's context).
 */
export function claimOwnText(claim: ClaimExtent): string {
  if (!claim.parts || claim.parts.length === 0) return claim.text;
  return maskOutside(claim.text, claim.span.start, claim.parts);
}

/** `text` (which starts at `base`) with the characters outside `keep` turned into spaces. */
export function maskOutside(text: string, base: number, keep: readonly Span[]): string {
  // One part over all of it (most clauses): the text itself, not an equal copy, so lookups by it stay cheap.
  if (keep.length === 1 && keep[0].start - base <= 0 && keep[0].end - base >= text.length) return text;
  let out = '';
  let at = 0;
  for (const part of keep) {
    const from = Math.max(at, part.start - base);
    const to = Math.min(text.length, part.end - base);
    if (to <= from) continue;
    out += ' '.repeat(from - at) + text.slice(from, to);
    at = to;
  }
  return out + ' '.repeat(text.length - at);
}

/** The claim's pieces as text segments, in order: its parts, or the whole claim. */
export function claimPieces(claim: ClaimExtent): TextSegment[] {
  if (!claim.parts || claim.parts.length === 0) return [{ text: claim.text, span: { ...claim.span } }];
  return claim.parts.map((p) => ({
    text: claim.text.slice(p.start - claim.span.start, p.end - claim.span.start),
    span: { start: p.start, end: p.end },
  }));
}
