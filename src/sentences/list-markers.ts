/** List markers ("1.", "2.)", "a)", "• 9.") that open list items written inline or line by line. */
import { BULLETS } from './characters';

export interface ListMarker {
  /** The ordinal (1, 2 ... or 'a', 'b' ...) */
  ordinal: number | string;
  /** What follows the ordinal: ".", ".)" or ")". */
  suffix: string;
  bullet: string;
}

// Bounded: at most 3 digits or one letter, so this never backtracks.
const MARKER = /^([•◦▪‣⁃●■➢➤►]?)\(?(\d{1,3}|[a-z])(\.\)|\.|\))$/u;

/** Reads a token as a list marker, or undefined. A bare bullet is a marker without ordinal. */
export function parseListMarker(token: string): ListMarker | undefined {
  if (token.length === 1 && BULLETS.includes(token)) return { ordinal: '', suffix: '', bullet: token };
  const m = MARKER.exec(token);
  if (!m) return undefined;
  const raw = m[2] as string;
  const ordinal = /^\d/.test(raw) ? Number(raw) : raw;
  return { ordinal, suffix: m[3] as string, bullet: m[1] as string };
}

/** The marker that would open the next item after `marker`, as text ("2." after "1."). */
export function nextListMarker(marker: ListMarker): string | undefined {
  if (marker.ordinal === '') return undefined;
  if (typeof marker.ordinal === 'number') return `${marker.bullet}${marker.ordinal + 1}${marker.suffix}`;
  if (marker.ordinal === 'z') return undefined;
  return `${marker.bullet}${String.fromCharCode(marker.ordinal.charCodeAt(0) + 1)}${marker.suffix}`;
}
