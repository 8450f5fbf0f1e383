/** Terms the shorter context must have: one shared word ("attack") says too little. */
const MIN_TERMS = 2;

/**
 * Whether every context term of the figure with fewer terms is among the
 * other's: "The contract was signed on November 12" (contract, sign) inside a
 * long sentence about the contract "signed on 21 November ... to upgrade 42
 * kilometres of feeder roads". Cosine similarity stays low for such a pair
 * however fully the short claim is contained, as the long side's other words
 * weigh against it.
 */
export function containedContext(a: Int32Array, b: Int32Array): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_TERMS) return false;
  const have = new Set(long);
  for (const id of short) if (!have.has(id)) return false;
  return true;
}
