import { candidatePairs } from '../../src/compare/match-figures';
import type { Figure } from '../../src/compare/match-figures';
import type { Claim, Quantity } from '../../src/types';

function figure(articleId: string, start: number, value: number, context: string[]): Figure {
  const q: Quantity = { text: String(value), span: { start, end: start + 4 }, value, low: value, high: value, unit: 'soldiers' };
  const claim = { id: `${articleId}#${start}`, articleId, text: '', span: q.span, quantities: [q], mentions: [], entities: [] } as unknown as Claim;
  return { claim, q, context };
}

describe('candidatePairs blocking', () => {
  it('pairs figures of different articles that share context', () => {
    const figures = [figure('a', 0, 1500, ['border', 'troop']), figure('b', 0, 1600, ['border', 'troop']), figure('a', 10, 1500, ['border', 'troop'])];
    const pairs = candidatePairs(figures, () => 1, 0.3);
    expect(pairs.map((p) => [p.a.claim.articleId, p.b.claim.articleId])).toEqual([
      ['a', 'b'],
      ['b', 'a'],
    ]);
  });

  // Regression: blocking used to build every pair inside a posting list, so one
  // long article whose figures share a term cost the square of its figures.
  it('does not pair the figures of one long article with each other', () => {
    const many = Array.from({ length: 6000 }, (_, i) => figure('long', i * 10, 1000 + i, [i % 2 ? 'border' : 'troop', `t${i}`]));
    const pairs = candidatePairs([...many, figure('short', 0, 1000, ['border', 'troop'])], () => 1, 0.3);
    expect(pairs.every((p) => p.a.claim.articleId !== p.b.claim.articleId)).toBe(true);
    expect(pairs.length).toBeLessThanOrEqual(many.length); // at most one pair per figure of the long article
  });
});

describe('candidatePairs for clustered claims', () => {
  // Shared weight 1 over sqrt(4 * 3): 0.29, under the usual bar of 0.3 and over half of it.
  const weakly = (b: number) => [figure('a', 0, 46, ['budget', 'put', 'forward', 'worth']), figure('b', 0, b, ['budget', 'set', 'spending'])];
  const clustered = () => true;

  it('takes figures of one cluster on the lower bar', () => {
    expect(candidatePairs(weakly(92), () => 1, 0.3)).toHaveLength(0);
    expect(candidatePairs(weakly(92), () => 1, 0.3, undefined, clustered).map((p) => [p.a.q.value, p.b.q.value])).toEqual([[46, 92]]);
  });

  it('still asks figures far apart for more context, clustered or not', () => {
    expect(candidatePairs(weakly(460), () => 1, 0.3, undefined, clustered)).toHaveLength(0);
  });
});

describe('candidatePairs for figures very far apart', () => {
  it('never pairs figures more than 20x apart, however alike their words', () => {
    const pairs = candidatePairs([figure('a', 0, 81, ['strike', 'port']), figure('b', 0, 36000, ['strike', 'port'])], () => 1, 0.3);
    expect(pairs).toHaveLength(0);
  });

  it('still pairs the same digits with another scale word: "1.4 million" against "1.4 billion"', () => {
    const pairs = candidatePairs([figure('a', 0, 1.4e6, ['fund', 'reconstruction']), figure('b', 0, 1.4e9, ['fund', 'reconstruction'])], () => 1, 0.3);
    expect(pairs).toHaveLength(1);
  });
});
