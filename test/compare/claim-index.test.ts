import { indexClaims } from '../../src/compare/claim-index';
import type { Claim, Cluster } from '../../src/types';

const claim = (id: string) => ({ id, articleId: 'a', text: '', span: { start: 0, end: 0 }, quantities: [], mentions: [], entities: [] }) as unknown as Claim;
const cluster = (id: string, claimIds: string[]) => ({ id, claimIds, articleIds: ['a'], independentSources: 1 }) as unknown as Cluster;

describe('indexClaims', () => {
  const claims = [claim('c1'), claim('c2'), claim('c3')];
  const clusters = [cluster('k1', ['c1', 'gone', 'c3']), cluster('k2', ['c2'])];
  const index = indexClaims(claims, clusters);

  it('resolves each cluster to the claims it lists that are compared, in cluster order', () => {
    expect(index.members.map((list) => list.map((c) => c.id))).toEqual([['c1', 'c3'], ['c2']]);
  });

  it('finds the cluster, mates and position of a claim id', () => {
    expect(index.clusterOf('c3')?.id).toBe('k1');
    expect(index.clusterOf('gone')?.id).toBe('k1');
    expect(index.clusterOf('nowhere')).toBeUndefined();
    expect(index.matesOf('c2').map((c) => c.id)).toEqual(['c2']);
    expect(index.matesOf('nowhere')).toEqual([]);
    expect(index.positionOf('c3')).toBe(2);
  });
});
