/** Remove float noise (0.9 * 300 = 270.00000000000006) so values compare and print cleanly. */
export function tidy(n: number): number {
  if (!Number.isFinite(n)) return n;
  return Number(n.toPrecision(12));
}
