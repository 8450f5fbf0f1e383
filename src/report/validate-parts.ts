/**
 * Checks a claim's `parts` (schemaVersion 2): present only for a
 * discontinuous claim, so at least two pieces; sorted and non-overlapping;
 * the first starts and the last ends where the claim's span does; each is
 * non-empty and holds more than whitespace of the claim's text.
 */
import { expectArray, expectSpan, isPlain, type Plain, type Problems } from './validate-fields';

interface SpanLike {
  start: number;
  end: number;
}

function isSpan(value: unknown): value is SpanLike {
  return isPlain(value) && Number.isInteger(value.start) && Number.isInteger(value.end);
}

export function checkParts(claim: Plain, path: string, problems: Problems): void {
  if (claim.parts === undefined) return;
  const list = expectArray(claim.parts, `${path}.parts`, problems);
  if (!list) return;
  const before = problems.length;
  list.forEach((item, i) => expectSpan({ [`parts[${i}]`]: item }, `parts[${i}]`, path, problems));
  if (problems.length > before) return;
  const parts = list as SpanLike[];
  if (parts.length < 2) problems.push(`${path}.parts: expected at least 2 pieces (leave it out for a claim in one piece), got ${parts.length}`);
  parts.forEach((p, i) => {
    if (p.end <= p.start) problems.push(`${path}.parts[${i}]: empty piece`);
    const prev = parts[i - 1];
    if (prev && p.start < prev.end) problems.push(`${path}.parts[${i}]: overlaps or precedes the piece before it`);
  });
  const span = claim.span;
  if (!isSpan(span) || parts.length === 0) return;
  if (parts[0].start !== span.start || parts[parts.length - 1].end !== span.end) {
    problems.push(`${path}.parts: pieces must run from span.start to span.end`);
  }
  if (typeof claim.text !== 'string') return;
  const text = claim.text;
  parts.forEach((p, i) => {
    if (p.start < span.start || p.end > span.end) problems.push(`${path}.parts[${i}]: outside the claim's span`);
    else if (text.slice(p.start - span.start, p.end - span.start).trim() === '') problems.push(`${path}.parts[${i}]: blank piece`);
  });
}
