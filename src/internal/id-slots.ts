/**
 * Helpers of the open-addressing tables that number what they hold (word
 * ids, shingle ids): each slot holds an id + 1, 0 when free, and each id's
 * hash is kept beside it, so the slots can be laid out again without
 * hashing anything twice.
 */

/** The slots for ids 0..count-1 laid out afresh in `size` slots (a power of two), linear probing. */
export function slotsForIds(hashes: Int32Array, count: number, size: number): Int32Array {
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let id = 0; id < count; id++) {
    let slot = hashes[id]! & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }
  return slots;
}

/** A copy of `array` in a longer one. */
export function grownInt32(array: Int32Array, length: number): Int32Array {
  const out = new Int32Array(length);
  out.set(array);
  return out;
}

/** A copy of `array` in a longer one. */
export function grownUint16(array: Uint16Array, length: number): Uint16Array {
  const out = new Uint16Array(length);
  out.set(array);
  return out;
}
