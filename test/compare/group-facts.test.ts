import { groupFacts } from '../../src/compare/group-facts';
import type { Figure, FigurePair } from '../../src/compare/match-figures';
import type { Claim, Quantity } from '../../src/types';

function figure(articleId: string, start: number, value: number): Figure {
  const q: Quantity = { text: String(value), span: { start, end: start + 3 }, value, low: value, high: value, unit: 'people', subject: 'migrant' };
  const claim = { id: `${articleId}#1`, articleId, text: '', span: q.span, quantities: [q], mentions: [], entities: [] } as unknown as Claim;
  return { claim, q, context: [] };
}
const pair = (a: Figure, b: Figure): FigurePair => ({ a, b, similarity: 0.5, gap: 0 });
const values = (facts: ReturnType<typeof groupFacts>) => facts.map((f) => f.figures.map((x) => `${x.claim.articleId}:${x.q.value}`).sort());

describe('groupFacts', () => {
  // a boat of 48 migrants in one article, and the year's 1,400 in the same article
  const boat = figure('a', 10, 48);
  const year = figure('a', 90, 1400);
  const other = figure('b', 10, 50);
  const chain = [pair(boat, other), pair(other, year)];

  it('joins every figure reachable through matches', () => {
    expect(values(groupFacts(chain))).toEqual([['a:1400', 'a:48', 'b:50']]);
  });

  it('leaves out a match that would join two figures to be kept apart', () => {
    const apart = (x: Figure, y: Figure) => x.claim.articleId === y.claim.articleId && Math.max(x.q.value, y.q.value) / Math.min(x.q.value, y.q.value) > 3;
    expect(values(groupFacts(chain, apart))).toEqual([['a:48', 'b:50']]);
  });
});
