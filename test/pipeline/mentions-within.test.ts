import fc from 'fast-check';
import type { EntityMention, Span } from '../../src/types';
import { mentionsWithin, mentionsWithinParts } from '../../src/pipeline/mentions-within';

function mention(start: number, end: number): EntityMention {
  return { text: 'x'.repeat(end - start), span: { start, end }, name: `n${start}`, kind: 'other' };
}

/** The plain reading: every mention wholly inside the span, in order. */
function inside(mentions: readonly EntityMention[], span: Span): EntityMention[] {
  return mentions.filter((m) => span.start <= m.span.start && m.span.end <= span.end);
}

/** Mentions sorted by start, as extractEntities gives them, possibly overlapping. */
const sortedMentions = fc
  .array(fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 30 })), { maxLength: 25 })
  .map((pairs) => pairs.map(([start, length]) => mention(start, start + length)).sort((a, b) => a.span.start - b.span.start));

const spanArb = fc.tuple(fc.nat(230), fc.nat(60)).map(([start, length]) => ({ start, end: start + length }));

describe('mentionsWithin', () => {
  it('finds the mentions wholly inside the span, as a plain filter does', () => {
    fc.assert(
      fc.property(sortedMentions, spanArb, (mentions, span) => {
        expect(mentionsWithin(mentions, span)).toEqual(inside(mentions, span));
      }),
    );
  });

  it('leaves out a name that starts inside the span but runs past its end', () => {
    const mentions = [mention(0, 5), mention(10, 18), mention(12, 30)];
    expect(mentionsWithin(mentions, { start: 0, end: 20 }).map((m) => m.span.start)).toEqual([0, 10]);
  });

  it('takes the names of every piece of a discontinuous claim, and none between them', () => {
    const mentions = [mention(0, 5), mention(10, 15), mention(22, 27)];
    const found = mentionsWithinParts(mentions, [{ start: 0, end: 8 }, { start: 20, end: 30 }]);
    expect(found.map((m) => m.span.start)).toEqual([0, 22]);
  });
});
