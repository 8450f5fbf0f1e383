import { grownInt32, grownUint16, slotsForIds } from '../../src/internal/id-slots';

describe('slotsForIds', () => {
  it('places every id once, where probing from its hash finds it, colliding hashes included', () => {
    const hashes = Int32Array.from([5, 13, 5, -3, 21, 0, 7]); // 5, 13 and 21 share a slot in 8
    const slots = slotsForIds(hashes, hashes.length, 16);
    expect(slots).toHaveLength(16);
    expect([...slots].filter((s) => s !== 0).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (let id = 0; id < hashes.length; id++) {
      let slot = hashes[id]! & 15;
      while (slots[slot] !== id + 1) {
        expect(slots[slot]).not.toBe(0); // a free slot before the id: it would never be found
        slot = (slot + 1) & 15;
      }
    }
  });

  it('lays out only the first `count` ids', () => {
    expect([...slotsForIds(Int32Array.from([1, 2, 3]), 2, 4)].filter((s) => s !== 0).sort()).toEqual([1, 2]);
  });
});

describe('grownInt32 / grownUint16', () => {
  it('copy into a longer array, zeros after', () => {
    expect([...grownInt32(Int32Array.from([4, -2]), 4)]).toEqual([4, -2, 0, 0]);
    expect([...grownUint16(Uint16Array.from([65, 66]), 3)]).toEqual([65, 66, 0]);
  });
});
