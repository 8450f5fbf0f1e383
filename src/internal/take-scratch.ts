/** Past this many items a scratch array is emptied once read: one huge text does not keep its items alive. */
export const SCRATCH_KEPT = 4096;

/**
 * The first `count` items of a scratch array, as an array of their own at
 * exact length. Hot loops write into one module-level array and take each
 * text's items out with this: a fresh array grown by push regrows several
 * times and keeps room for 17. Past SCRATCH_KEPT items the scratch is
 * emptied, so a rare huge text is not held until the next call.
 */
export function takeScratch<T>(scratch: T[], count: number): T[] {
  const taken = scratch.slice(0, count);
  if (count > SCRATCH_KEPT) scratch.length = 0;
  return taken;
}
