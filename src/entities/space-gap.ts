/** A space, tab, no-break space or narrow no-break space. */
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/**
 * Whether text[from, to) is one to three spaces (or tabs, no-break spaces):
 * the words either side then belong to one clause. Read in place, without
 * cutting the gap out (this is asked for many words).
 */
export function isSpaceGapAt(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 1 || length > 3) return false;
  for (let k = from; k < to; k += 1) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}
