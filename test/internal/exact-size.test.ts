import { exactSize } from '../../src/internal/exact-size';

describe('exactSize', () => {
  it('returns the same items in order, in a new array when there are any', () => {
    const built: string[] = [];
    built.push('b', 'a');
    const exact = exactSize(built);
    expect(exact).toEqual(['b', 'a']);
    expect(exact).not.toBe(built);
  });

  it('keeps an empty array as it is (it has no room to give back)', () => {
    const empty: number[] = [];
    expect(exactSize(empty)).toBe(empty);
  });
});
