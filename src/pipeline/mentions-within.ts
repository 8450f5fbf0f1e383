import type { EntityMention, Span } from '../types';
import { lowerBound } from '../internal/lower-bound';
import { exactSize } from '../internal/exact-size';

/** Defined once, not per call: this runs for every claim. */
const mentionStart = (m: EntityMention): number => m.span.start;

/**
 * The mentions (sorted by start) lying wholly inside a span. Claims keep
 * these arrays for the whole feed, so they are made at their exact length:
 * a slice of the run that starts inside the span, or, when a name there runs
 * past its end, the ones that fit.
 */
export function mentionsWithin(mentions: readonly EntityMention[], span: Span): EntityMention[] {
  const first = lowerBound(mentions, span.start, mentionStart);
  let end = first;
  let allFit = true;
  for (; end < mentions.length && mentions[end].span.start < span.end; end++) {
    if (mentions[end].span.end > span.end) allFit = false;
  }
  if (allFit) return mentions.slice(first, end);
  const out: EntityMention[] = [];
  for (let i = first; i < end; i++) if (mentions[i].span.end <= span.end) out.push(mentions[i]);
  return exactSize(out);
}

/** The mentions lying wholly inside one of `spans` (sorted, non-overlapping): a discontinuous claim's names are those in its own parts. */
export function mentionsWithinParts(mentions: readonly EntityMention[], spans: readonly Span[]): EntityMention[] {
  // Most claims are one piece.
  if (spans.length === 1) return mentionsWithin(mentions, spans[0]!);
  return exactSize(spans.flatMap((span) => mentionsWithin(mentions, span)));
}
