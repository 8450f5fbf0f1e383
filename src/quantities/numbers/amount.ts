/** An amount read from tokens, before units, qualifiers and subjects. */
export interface Amount {
  /** Token range, end exclusive. */
  firstToken: number;
  endToken: number;
  value: number;
  low: number;
  high: number;
  kind: 'digits' | 'words' | 'vague' | 'fraction';
  /** Multiplier applied by a scale word ("million" -> 1e6), 1 when none. */
  scale: number;
  /** The lower-case vague word(s) ("several", "tens of thousands"). */
  vagueWord?: string;
}

export function exactAmount(
  firstToken: number, endToken: number, value: number, kind: Amount['kind'], scale = 1,
): Amount {
  return { firstToken, endToken, value, low: value, high: value, kind, scale };
}
