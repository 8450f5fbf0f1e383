import fc from 'fast-check';
import { buildSegments, type Segment } from '../../src/report/html-segments';
import type { Span } from '../../src/types';

const span = (start: number, end: number): Span => ({ start, end });
const whole = (start: number, end: number) => ({ ranges: [span(start, end)], extent: end - start });

/** Segments must tile the text exactly: no gap, no overlap, nothing empty. */
function expectTiling(text: string, segments: Segment[]): void {
  let at = 0;
  for (const s of segments) {
    expect(s.start).toBe(at);
    expect(s.end).toBeGreaterThan(s.start);
    at = s.end;
  }
  expect(at).toBe(text.length);
}

describe('buildSegments', () => {
  it('returns no segments for empty text', () => {
    expect(buildSegments('', { claims: [whole(0, 3)], evidence: [span(0, 1)], skipped: [] })).toEqual([]);
  });

  it('covers the text with plain segments between marked ones', () => {
    const text = 'aaa bbb ccc';
    const segments = buildSegments(text, { claims: [whole(4, 7)], evidence: [], skipped: [span(0, 3)] });
    expectTiling(text, segments);
    expect(segments).toEqual([
      { start: 0, end: 3, evidence: [], skipped: 0 },
      { start: 3, end: 4, evidence: [] },
      { start: 4, end: 7, evidence: [], claim: 0 },
      { start: 7, end: 11, evidence: [] },
    ]);
  });

  it('gives a nested claim its own segment inside a discontinuous claim', () => {
    // Outer claim "The envoy ... met the minister." has parts around "who arrived" (the inner claim).
    const text = 'The envoy, who arrived, met the minister.';
    const outer = { ranges: [span(0, 9), span(24, 41)], extent: 41 };
    const inner = whole(11, 22);
    const segments = buildSegments(text, { claims: [outer, inner], evidence: [], skipped: [] });
    expectTiling(text, segments);
    const claimOf = (at: number) => segments.find((s) => s.start <= at && at < s.end)?.claim;
    expect(claimOf(0)).toBe(0);
    expect(claimOf(10)).toBeUndefined();
    expect(claimOf(15)).toBe(1);
    expect(claimOf(30)).toBe(0);
  });

  it('lets the innermost claim win where spans overlap, whatever their order', () => {
    const text = 'one two three four five';
    const big = whole(0, 23);
    const small = whole(4, 13);
    for (const claims of [[big, small], [small, big]]) {
      const segments = buildSegments(text, { claims, evidence: [], skipped: [] });
      expectTiling(text, segments);
      const middle = segments.find((s) => s.start === 4);
      expect(claims[middle?.claim as number]).toBe(small);
      expect(claims[segments[0]?.claim as number]).toBe(big);
    }
  });

  it('keeps every evidence span over a segment, even across claim boundaries', () => {
    const text = 'alpha beta gamma delta';
    const segments = buildSegments(text, {
      claims: [whole(0, 10), whole(11, 22)],
      evidence: [span(6, 16), span(6, 10)],
      skipped: [],
    });
    expectTiling(text, segments);
    expect(segments.filter((s) => s.evidence.includes(0)).map((s) => text.slice(s.start, s.end)).join('')).toBe('beta gamma');
    expect(segments.find((s) => s.start === 6)?.evidence).toEqual([0, 1]);
  });

  it('never splits a surrogate pair and clamps spans that run past the text', () => {
    const text = 'a🌊b\r\nc';
    // 2 falls between the two halves of the emoji; 99 is past the end.
    const segments = buildSegments(text, { claims: [whole(2, 99)], evidence: [span(-5, 2)], skipped: [] });
    expectTiling(text, segments);
    for (const s of segments) {
      expect(text.slice(s.start, s.end)).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    expect(segments.some((s) => s.claim === 0 && text.slice(s.end - 3, s.end) === '\r\nc')).toBe(true);
  });

  it('ignores empty, reversed and non-numeric spans', () => {
    const text = 'plain text';
    const segments = buildSegments(text, {
      claims: [{ ranges: [span(5, 5), span(8, 2)], extent: 0 }],
      evidence: [span(Number.NaN, 4)],
      skipped: [],
    });
    expect(segments).toEqual([{ start: 0, end: 10, evidence: [] }]);
  });
});

/** The spec of a boundary: clamped into the text and moved back rather than split a surrogate pair. */
function snapped(text: string, at: number): number {
  const n = Math.min(Math.max(at, 0), text.length);
  return /[\udc00-\udfff]/.test(text.charAt(n)) && /[\ud800-\udbff]/.test(text.charAt(n - 1)) ? n - 1 : n;
}

describe('buildSegments on any spans', () => {
  const chars = fc.constantFrom('a', ' ', '\r', '\n', '🌊', 'é', '<', '"');
  const text = fc.array(chars, { maxLength: 40 }).map((cs) => cs.join(''));
  const anySpan = fc.record({ start: fc.integer({ min: -3, max: 90 }), end: fc.integer({ min: -3, max: 90 }) });

  it('tiles the text, never splits a surrogate pair, and marks exactly each evidence span', () => {
    fc.assert(
      fc.property(text, fc.array(anySpan, { maxLength: 6 }), fc.array(anySpan, { maxLength: 6 }), (t, claimSpans, evidence) => {
        const claims = claimSpans.map((s) => ({ ranges: [s], extent: s.end - s.start }));
        const segments = buildSegments(t, { claims, evidence, skipped: [] });
        expectTiling(t, segments);
        for (const s of segments) expect(snapped(t, s.end)).toBe(s.end);
        evidence.forEach((span, i) => {
          const [start, end] = [snapped(t, span.start), snapped(t, span.end)];
          const marked = segments.filter((s) => s.evidence.includes(i)).map((s) => [s.start, s.end]);
          const expected = start < end ? [[start, end]] : [];
          // Marked segments are contiguous, so merging neighbours must give back the span.
          const merged = marked.reduce<number[][]>((acc, [a, b]) => {
            const last = acc[acc.length - 1];
            if (last && last[1] === a) last[1] = b as number;
            else acc.push([a as number, b as number]);
            return acc;
          }, []);
          expect(merged).toEqual(expected);
        });
      }),
      { numRuns: 300 },
    );
  });
});
