import type { Claim, Quantity } from '../../src/types';
import type { Figure, FigurePair } from '../../src/compare/match-figures';
import { fallingCountPairs } from '../../src/compare/falling-counts';
import { findNumericConflicts } from '../../src/compare/numeric-conflicts';
import { figureGap } from '../../src/compare/figure-gap';

/** A death toll of `value` in one claim of `articleId`. */
function toll(articleId: string, value: number): Figure {
  const q: Quantity = { text: String(value), span: { start: 0, end: String(value).length }, value, low: value, high: value, unit: 'people', subject: 'death' };
  const claim = { id: `${articleId}#1`, articleId, text: `${value} died`, span: { start: 0, end: 9 }, quantities: [q], mentions: [], entities: [] } as unknown as Claim;
  return { claim, q, context: ['die'] };
}

const pair = (a: Figure, b: Figure): FigurePair => ({ a, b, similarity: 0.5, gap: figureGap(a.q, b.q) });

// First report in the morning, two later counts in the evening and the next night, each matched only to the first.
const published: Record<string, string> = { first: '2024-03-13T08:00:00Z', evening: '2024-03-13T18:00:00Z', night: '2024-03-14T02:00:00Z' };
const publishedAtOf = (id: string) => published[id];

describe('fallingCountPairs', () => {
  const first = toll('first', 23);

  it('pairs two later tolls matched to the same first toll when the later one is lower', () => {
    const [evening, night] = [toll('evening', 80), toll('night', 57)];
    const falls = fallingCountPairs({ figures: [first, evening, night], pairs: [pair(first, evening), pair(first, night)] }, 0.05, publishedAtOf);
    expect(falls.map((p) => [p.a.q.value, p.b.q.value])).toEqual([[80, 57]]);
  });

  it('finds nothing when every later toll is higher, or the two were matched already', () => {
    const [evening, night] = [toll('evening', 80), toll('night', 95)];
    expect(fallingCountPairs({ figures: [first, evening, night], pairs: [pair(first, evening), pair(first, night)] }, 0.05, publishedAtOf)).toEqual([]);
    const lower = toll('night', 57);
    const matched = [pair(first, evening), pair(first, lower), pair(evening, lower)];
    expect(fallingCountPairs({ figures: [first, evening, lower], pairs: matched }, 0.05, publishedAtOf)).toEqual([]);
  });
});

describe('findNumericConflicts and a falling toll', () => {
  it('flags the fall, naming and citing only its two figures, and keeps the rises as updates', () => {
    const [first, evening, night] = [toll('first', 23), toll('evening', 80), toll('night', 57)];
    const { findings, diagnostics } = findNumericConflicts([pair(first, evening), pair(first, night)], 0.05, () => undefined, publishedAtOf);
    expect(findings).toHaveLength(1);
    expect(findings[0].summary).toBe('Sources disagree on a figure for death (people): 57 (night) vs 80 (evening)');
    expect(findings[0].evidence.map((e) => e.articleId).sort()).toEqual(['evening', 'night']);
    expect(diagnostics.filter((d) => d.rule === 'figure-update')).toHaveLength(2);
  });
});
