import { firstClaimPositions } from '../../src/stories/first-claim-positions';
import type { Claim, Cluster } from '../../src/types';

const claim = (id: string) => ({ id }) as Claim;
const cluster = (...claimIds: string[]) => ({ id: 'c', claimIds, articleIds: [], independentSources: 1 }) as Cluster;

describe('firstClaimPositions', () => {
  const articles = [
    { id: 'a', claimCount: 2 },
    { id: 'b#x', claimCount: 3 },
  ];
  const claims = ['a#1', 'a#2', 'b#x#1', 'b#x#2', 'b#x#3'].map(claim);

  it('places each cluster by the position its first claim id names', () => {
    const places = firstClaimPositions(claims, articles, [[cluster('b#x#2', 'a#1')], [cluster('a#2'), cluster('b#x#3')]]);
    expect([...places]).toEqual([3, 1, 4]);
  });

  it('searches for ids that do not name their place, with the same answer', () => {
    const odd = ['a#1', 'first', 'b#x#1', 'b#x#9', 'b#x#3'].map(claim);
    const places = firstClaimPositions(odd, articles, [[cluster('b#x#9')], [cluster('first'), cluster('a#1'), cluster('gone')]]);
    expect([...places]).toEqual([3, 1, 0, Number.MAX_SAFE_INTEGER]);
  });

  it('searches when the article counts do not add up to the claims', () => {
    const places = firstClaimPositions(claims.slice(0, 4), articles, [[cluster('b#x#2')]]);
    expect([...places]).toEqual([3]);
  });

  it('gives clusters sharing a first id the last place of that id, as a full map would', () => {
    const twice = ['x', 'y', 'x'].map(claim);
    const places = firstClaimPositions(twice, [{ id: 'z', claimCount: 3 }], [[cluster('x')], [cluster('x'), cluster('y')]]);
    expect([...places]).toEqual([2, 2, 1]);
  });
});
