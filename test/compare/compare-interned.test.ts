import { compareInterned, compareUnordered } from '../../src/compare/compare-clusters';
import { clusterClaimsInterned } from '../../src/cluster/cluster-claims';
import { TermInterning } from '../../src/cluster/term-ids';
import { makeClaim, makeQuantity } from '../helpers/make-claim';

const fledA = 'More than 1,000 soldiers fled across the river into the neighbouring state.';
const fledB = 'Over 1,500 troops fled across the river, border guards said.';

describe('compareInterned', () => {
  const a = makeClaim('a', 1, fledA, { quantities: [makeQuantity(fledA, 'More than 1,000', { value: 1000, low: 1000, high: 1250, unit: 'people', subject: 'soldier' })] });
  const b = makeClaim('b', 1, fledB, { quantities: [makeQuantity(fledB, 'Over 1,500', { value: 1500, low: 1500, high: 1875, unit: 'people', subject: 'soldier' })] });

  it('finds what compareUnordered finds, reusing the claim terms clustering interned', () => {
    const claims = [a, b];
    const { clusters, ordered, terms } = clusterClaimsInterned(claims);
    expect(ordered).toBe(claims);
    expect(compareInterned(clusters, claims, terms)).toEqual(compareUnordered(clusters, claims));
  });

  it('refuses an interning that does not hold exactly the claims', () => {
    const { clusters } = clusterClaimsInterned([a, b]);
    expect(() => compareInterned(clusters, [a, b], new TermInterning())).toThrow();
  });
});
