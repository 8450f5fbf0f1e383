import type { EntityMention, Span } from '../types';
import { lowerBound } from '../internal/lower-bound';

/** Defined once, not per call: this runs for every claim. */
const mentionStart = (m: EntityMention): number => m.span.start;

/** The mentions (sorted by start) lying wholly inside a span. */
export function mentionsWithin(mentions: readonly EntityMention[], span: Span): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = lowerBound(mentions, span.start, mentionStart); i < mentions.length && mentions[i].span.start < span.end; i++) {
    if (mentions[i].span.end <= span.end) out.push(mentions[i]);
  }
  return out;
}

/** The mentions lying wholly inside one of `spans` (sorted, non-overlapping): a discontinuous claim's names are those in its own parts. */
export function mentionsWithinParts(mentions: readonly EntityMention[], spans: readonly Span[]): EntityMention[] {
  // Most claims are one piece.
  if (spans.length === 1) return mentionsWithin(mentions, spans[0]!);
  return spans.flatMap((span) => mentionsWithin(mentions, span));
}
