import type { EntityMention, Span } from '../types';

/** The mentions (sorted by start) lying wholly inside a span, found by binary search. */
export function mentionsWithin(mentions: readonly EntityMention[], span: Span): EntityMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].span.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].span.start < span.end; i++) {
    if (mentions[i].span.end <= span.end) out.push(mentions[i]);
  }
  return out;
}
