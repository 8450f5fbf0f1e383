import { sortedDistinct, sortDistinctLeading } from '../../src/cluster/sorted-distinct';

describe('sortedDistinct', () => {
  it('gives what a set sorted by code unit gives, short lists and long', () => {
    const words = ['troop', 'e:kyiv', 'Zeta', 'zeta', 'é', 'q:people:', 'troop', 'border', 'e:kyiv', '', 'a'];
    for (let n = 0; n <= 80; n += 7) {
      const list = Array.from({ length: n }, (_, k) => words[(k * 5) % words.length]! + (k % 3 === 0 ? '' : String(k % 4)));
      expect(sortedDistinct([...list])).toEqual([...new Set(list)].sort());
    }
  });

  it('orders by whole strings where first code units tie, and puts the empty string and unit 0 first', () => {
    const list = ['ab', 'a', '', '\u0000', '\u0000b', 'b', '𝐀', '\uffff', 'ab', 'aa', ''];
    expect(sortedDistinct([...list])).toEqual([...new Set(list)].sort());
  });
});

describe('sortDistinctLeading', () => {
  it('sorts the first `count` strings in place, distinct, and leaves the rest', () => {
    for (const count of [0, 5, 40]) {
      const list = Array.from({ length: count }, (_, k) => `t${(k * 7) % 11}`);
      const scratch = [...list, 'rest-1', 'rest-2'];
      const n = sortDistinctLeading(scratch, count);
      expect(scratch.slice(0, n)).toEqual([...new Set(list)].sort());
      expect(scratch.slice(-2)).toEqual(['rest-1', 'rest-2']);
    }
  });
});
