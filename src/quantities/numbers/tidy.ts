/** Remove float noise (0.9 * 300 = 270.00000000000006) so values compare and print cleanly. */
export function tidy(n: number): number {
  if (!Number.isFinite(n)) return n;
  // A whole number of at most 12 digits is already clean (most values): toPrecision is slow.
  // Zero still goes through it, which turns -0 into 0.
  if (Number.isInteger(n) && n !== 0 && Math.abs(n) < 1e12) return n;
  return Number(n.toPrecision(12));
}
