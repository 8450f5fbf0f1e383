import type { SkippedSpan, Span, TextSegment } from '../types';

/** Whether the spans' starts never go down. */
function inOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}

/**
 * Text of a sentence that no claim and no skipped span covers: the joining
 * words left between split claims ("and", ", while") and the commas or dashes
 * around a lifted relative clause. Recorded as skipped, so every character of
 * an article is accounted for. `covered` lists each claim's own pieces (its
 * `parts`, not its whole span) and the skipped spans.
 */
export function connectiveGaps(sentence: TextSegment, covered: readonly Span[]): SkippedSpan[] {
  // Claims and skips come in text order almost always: copy and sort only when they do not (sort is stable,
  // so an ordered list needs neither).
  const spans = inOrder(covered) ? covered : [...covered].sort((a, b) => a.start - b.start);
  const gaps: SkippedSpan[] = [];
  let at = sentence.span.start;
  const flush = (end: number) => {
    const raw = sentence.text.slice(at - sentence.span.start, end - sentence.span.start);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) gaps.push({ span: { start: at + lead, end: at + lead + text.length }, reason: 'connective' });
  };
  for (const span of spans) {
    if (span.start > at) flush(span.start);
    at = Math.max(at, span.end);
  }
  if (at < sentence.span.end) flush(sentence.span.end);
  return gaps;
}
