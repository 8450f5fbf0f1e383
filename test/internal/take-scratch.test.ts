import { SCRATCH_KEPT, takeScratch } from '../../src/internal/take-scratch';

describe('takeScratch', () => {
  it('copies out the first items at exact length and keeps a small scratch for the next text', () => {
    const scratch = ['a', 'b', 'c', 'stale'];
    const taken = takeScratch(scratch, 3);
    expect(taken).toEqual(['a', 'b', 'c']);
    expect(taken).not.toBe(scratch);
    taken[0] = 'changed';
    expect(scratch).toEqual(['a', 'b', 'c', 'stale']);
  });

  it('empties the scratch after a text of more than SCRATCH_KEPT items', () => {
    const scratch = Array.from({ length: SCRATCH_KEPT + 1 }, (_, i) => i);
    expect(takeScratch(scratch, SCRATCH_KEPT + 1)).toHaveLength(SCRATCH_KEPT + 1);
    expect(scratch).toHaveLength(0);
  });

  it('takes nothing from an empty count', () => {
    expect(takeScratch([1, 2], 0)).toEqual([]);
  });
});
