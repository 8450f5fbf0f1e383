import type { Token } from '../types';
import { isHyphen, isWord, touchesPrevious } from '../tokens/token-helpers';

/**
 * Where "end of" / "end-" starts before the month name at `monthAt` ("the end
 * of June", "end-June"), or undefined. The end of a month is read as its late
 * part, like "late June".
 */
export function monthEndStart(tokens: Token[], monthAt: number): number | undefined {
  const before = tokens[monthAt - 1];
  if (before === undefined || !isWord(tokens[monthAt - 2], 'end')) return undefined;
  if (isWord(before, 'of')) return monthAt - 2;
  const glued = isHyphen(before) && touchesPrevious(tokens, monthAt - 1) && touchesPrevious(tokens, monthAt);
  return glued ? monthAt - 2 : undefined;
}
