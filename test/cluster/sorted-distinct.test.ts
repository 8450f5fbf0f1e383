import { sortedDistinct } from '../../src/cluster/sorted-distinct';

describe('sortedDistinct', () => {
  it('gives what a set sorted by code unit gives, short lists and long', () => {
    const words = ['troop', 'e:kyiv', 'Zeta', 'zeta', 'é', 'q:people:', 'troop', 'border', 'e:kyiv', '', 'a'];
    for (let n = 0; n <= 80; n += 7) {
      const list = Array.from({ length: n }, (_, k) => words[(k * 5) % words.length]! + (k % 3 === 0 ? '' : String(k % 4)));
      expect(sortedDistinct([...list])).toEqual([...new Set(list)].sort());
    }
  });
});
